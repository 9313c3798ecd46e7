/**
 * The messages between the app and the inference worker. Both sides import this file, so a message
 * added on one side fails to compile on the other until it is handled. Every message carries the id of
 * the request it belongs to; replies to a `load` carry the load's id.
 */

export type QualityIssue = 'too_dark' | 'too_bright' | 'too_blurry' | 'too_small';

/** Error messages are i18n keys so the UI can show them in the farmer's language. */
export type InferenceErrorKey =
  'errors.notAnImage' | 'errors.modelDownloadFailed' | 'errors.modelIntegrity' | 'errors.modelFailed';

export type WorkerRequest =
  | { type: 'load'; id: number }
  /** The photo travels as a Blob: posting one shares the bytes, nothing is read on the main thread.
   *  `square`: the part the farmer framed (null: the centred square). */
  | { type: 'run'; id: number; photo: Blob; square: PhotoSquare | null };

import type { UnsureRule } from '@phyto/shared/inference/postprocess';
import type { PhotoSquare } from './square.ts';

export interface ModelInfo {
  classes: string[];
  modelVersion: string;
  unsureRule: UnsureRule;
}

export interface RunOutput {
  /** Calibrated softmax (metadata.temperature) over `ModelInfo.classes`; its buffer is transferred. */
  probabilities: Float32Array;
  /** False when the model's not-a-leaf rule fired (metadata.notLeaf). */
  isLeaf: boolean;
  quality: { ok: boolean; issues: QualityIssue[] };
  photo: Blob;
  thumbnail: Blob;
  /** Milliseconds spent in the worker: decoding + resizing + encoding the photo, and the model alone. */
  timings: { photoMs: number; inferenceMs: number };
}

export type WorkerResponse =
  | {
      type: 'progress';
      id: number;
      loadedBytes: number;
      totalBytes: number | null;
      /** What the download costs on the wire (compressed), when the server said; 0 once all from the cache. */
      wireBytes: number | null;
    }
  | { type: 'ready'; id: number; model: ModelInfo }
  | { type: 'result'; id: number; output: RunOutput }
  | { type: 'error'; id: number; key: InferenceErrorKey; detail: string };

/** An inference failure naming the i18n key the UI should show: thrown in the worker, and again to the
 *  page's callers when its reply arrives (`message` is the key, `detail` the technical reason, for logs). */
export class InferenceError extends Error {
  constructor(
    readonly key: InferenceErrorKey,
    readonly detail: string,
  ) {
    super(key);
    this.name = 'InferenceError';
  }
}

/** Turns anything thrown in the worker into an error reply; unknown failures become 'errors.modelFailed'. */
export function toErrorResponse(id: number, error: unknown): Extract<WorkerResponse, { type: 'error' }> {
  if (error instanceof InferenceError) return { type: 'error', id, key: error.key, detail: error.detail };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { type: 'error', id, key: 'errors.modelFailed', detail };
}
