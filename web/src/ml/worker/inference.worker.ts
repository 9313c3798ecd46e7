/// <reference lib="webworker" />
import { preprocess } from '@phyto/shared/inference/preprocess';
import { calibratedProbabilities, isLeaf } from '@phyto/shared/inference/postprocess';
import type { ModelMetadata } from '@phyto/shared/model-metadata';
import {
  InferenceError,
  toErrorResponse,
  type ModelInfo,
  type WorkerRequest,
  type WorkerResponse,
} from '../protocol.ts';
import { downloadAll } from './download.ts';
import { modelAssets } from './model-assets.ts';
import { preparePhoto } from './photo.ts';
import type { PhotoSquare } from '../square.ts';
import { createModelSession, type ModelSession } from './session.ts';

declare const self: DedicatedWorkerGlobalScope;

function reply(message: WorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

interface LoadedModel {
  session: ModelSession;
  info: ModelInfo;
  metadata: ModelMetadata;
}

let loaded: Promise<LoadedModel> | null = null;

function load(id: number): Promise<LoadedModel> {
  loaded ??= (async () => {
    const { metadata, modelUrl, wasmUrl } = modelAssets();
    const model = metadata.files.int8;
    const [modelBytes, wasmBytes] = await downloadAll(
      [
        { url: modelUrl, bytes: model.bytes, sha256: model.sha256 },
        { url: wasmUrl, bytes: __ORT_WASM_BYTES__, sha256: null },
      ],
      (loadedBytes, totalBytes, wireBytes) =>
        reply({ type: 'progress', id, loadedBytes, totalBytes, wireBytes }),
    );
    if (!modelBytes || !wasmBytes) throw new InferenceError('errors.modelDownloadFailed', 'missing download');
    const session = await createModelSession(modelBytes, wasmBytes, metadata);
    const info: ModelInfo = {
      classes: metadata.classes,
      modelVersion: metadata.version,
      unsureRule: {
        minConfidence: metadata.unsure.minConfidence,
        appliesTo: metadata.unsure.appliesTo,
        minCropShare: metadata.unsure.minCropShare,
        leafEvidence: metadata.unsure.leafEvidence,
      },
    };
    return { session, info, metadata };
  })();
  // A failed load is forgotten so that the next request (e.g. back online) tries again.
  loaded.catch(() => (loaded = null));
  return loaded;
}

/**
 * Photos are handled one at a time, in order: several 12 MP decodes at once could exhaust a phone's
 * memory, and the session runs one input at a time anyway.
 */
let queue: Promise<unknown> = Promise.resolve();

async function run(id: number, photo: Blob, square: PhotoSquare | null): Promise<void> {
  const { session, metadata } = await load(id);
  // Smaller than the model's input means the model sees an upscaled blur: warn, but still answer.
  const started = performance.now();
  const prepared = await preparePhoto(photo, metadata.inputSize, square);
  const photoMs = performance.now() - started;
  const input = preprocess(prepared.pixels.data, prepared.pixels.width, prepared.pixels.height, metadata);
  const inferenceStarted = performance.now();
  const { logits, notLeafScore } = await session.run(input);
  const inferenceMs = performance.now() - inferenceStarted;
  const probabilities = Float32Array.from(calibratedProbabilities(logits, metadata.temperature));
  reply(
    {
      type: 'result',
      id,
      output: {
        probabilities,
        isLeaf: isLeaf(notLeafScore, metadata.notLeaf),
        quality: prepared.quality,
        photo: prepared.photo,
        thumbnail: prepared.thumbnail,
        timings: { photoMs, inferenceMs },
      },
    },
    [probabilities.buffer],
  );
}

async function handle(message: WorkerRequest): Promise<void> {
  switch (message.type) {
    case 'load': {
      const { info } = await load(message.id);
      reply({ type: 'ready', id: message.id, model: info });
      return;
    }
    case 'run': {
      const turn = queue.then(() => run(message.id, message.photo, message.square));
      queue = turn.catch(() => undefined); // one failed photo must not block the next
      await turn;
      return;
    }
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  handle(message).catch((error: unknown) => {
    reply(toErrorResponse(message.id, error));
  });
});
