import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useServices } from '../services/context.ts';
import type { ModelStatus } from './inference-client.ts';
import type { QualityIssue } from './protocol.ts';
import type { PhotoSquare } from './square.ts';
import type { UnsureRule } from '@phyto/shared/inference/postprocess';

export type { ModelStatus } from './inference-client.ts';
export type { QualityIssue } from './protocol.ts';

export interface PhotoDiagnosis {
  /** Calibrated softmax over `classes`, in the model's logit order. */
  probabilities: number[];
  /** False when the model's not-a-leaf rule fired. */
  isLeaf: boolean;
  /** Class ids (PlantVillage names) = models/metadata.json classes. */
  classes: string[];
  modelVersion: string;
  /** The unsure rule from metadata.json. */
  unsureRule: UnsureRule;
  quality: { ok: boolean; issues: QualityIssue[] };
  /** Compressed JPEG, longest side <= 1024 px, for storage and upload. */
  photo: Blob;
  /** Small JPEG (~160 px) for lists. */
  thumbnail: Blob;
}

/**
 * The model, as React sees it. Mounting a component that uses it starts the (memoised) model download.
 *
 * @example
 *   const { status, diagnosePhoto } = useInference();
 *   const diagnosis = await diagnosePhoto(file); // rejects with Error('errors.notAnImage') etc.
 *   const top5 = topK(diagnosis.probabilities, diagnosis.classes);
 */
export function useInference(): {
  status: ModelStatus;
  /** Starts the model download again after a failure (it also restarts by itself when back online). */
  retry: () => void;
  /** Decodes (off the main thread), checks quality, runs the model. Rejects with an Error whose message is an
   *  i18n key ('errors.notAnImage', 'errors.modelFailed', ...) on failure. */
  diagnosePhoto: (file: Blob, square?: PhotoSquare | null) => Promise<PhotoDiagnosis>;
} {
  const client = useServices().inference;
  const status = useSyncExternalStore(
    useCallback((listener: () => void) => client().subscribe(listener), [client]),
    () => client().status,
  );

  useEffect(() => {
    // The status already shows a failure; the catch only stops an unhandled rejection. A download cut by
    // lost signal starts again by itself when the network returns (load() is a no-op once loaded).
    const load = (): void =>
      void client()
        .load()
        .catch(() => undefined);
    load();
    window.addEventListener('online', load);
    return () => window.removeEventListener('online', load);
  }, [client]);
  const retry = useCallback(
    () =>
      void client()
        .load()
        .catch(() => undefined),
    [client],
  );

  const diagnosePhoto = useCallback(
    async (file: Blob, square: PhotoSquare | null = null): Promise<PhotoDiagnosis> => {
      const { model, output } = await client().run(file, square);
      return {
        probabilities: Array.from(output.probabilities),
        isLeaf: output.isLeaf,
        classes: model.classes,
        modelVersion: model.modelVersion,
        unsureRule: model.unsureRule,
        quality: output.quality,
        photo: output.photo,
        thumbnail: output.thumbnail,
      };
    },
    [client],
  );

  return { status, retry, diagnosePhoto };
}
