import { ModelMetadataSchema, type ModelMetadata } from '@phyto/shared/model-metadata';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import { InferenceError } from '../protocol.ts';

/**
 * What the worker loads, all emitted by Vite as hashed assets of the app's own origin (nothing from a CDN).
 * The globs resolve to nothing until the ML pipeline has exported the model, which keeps the app
 * buildable before then and turns a missing model into a clear error instead of a failed build.
 */
const metadataFiles = import.meta.glob<unknown>('../../../../models/metadata.json', {
  eager: true,
  import: 'default',
});
const modelFiles = import.meta.glob<string>('../../../../models/mobileplantvit.int8.onnx', {
  eager: true,
  query: '?url',
  import: 'default',
});

export interface ModelAssets {
  metadata: ModelMetadata;
  modelUrl: string;
  wasmUrl: string;
}

export function modelAssets(): ModelAssets {
  const [metadataJson] = Object.values(metadataFiles);
  const [modelUrl] = Object.values(modelFiles);
  if (metadataJson === undefined || modelUrl === undefined) {
    throw new InferenceError(
      'errors.modelFailed',
      'models/metadata.json or the int8 model was not in the build',
    );
  }
  return { metadata: ModelMetadataSchema.parse(metadataJson), modelUrl, wasmUrl: ortWasmUrl };
}
