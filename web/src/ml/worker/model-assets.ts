import { ModelMetadataSchema, type ModelMetadata } from '@phyto/shared/model-metadata';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import metadataJson from '../../../../models/metadata.json';
// metadata.json names this file in files.int8.path and gives its SHA-256, checked after download.
import modelUrl from '../../../../models/mobileplantvit.int8.onnx?url';

/** What the worker loads: Vite emits each as a hashed asset of the app's own origin (nothing from a CDN). */
export interface ModelAssets {
  metadata: ModelMetadata;
  modelUrl: string;
  wasmUrl: string;
}

export function modelAssets(): ModelAssets {
  return { metadata: ModelMetadataSchema.parse(metadataJson), modelUrl, wasmUrl: ortWasmUrl };
}
