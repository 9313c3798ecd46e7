import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The ONNX Runtime wasm the worker loads (web/src/ml/worker/model-assets.ts imports the same file). */
const ORT_WASM = 'onnxruntime-web/ort-wasm-simd-threaded.wasm';

/**
 * Its size, known at build time, so the progress bar has its total even when the file arrives compressed
 * (Content-Length then counts compressed bytes, while the body is read decoded).
 */
export function ortWasmBytes(): number {
  return statSync(createRequire(import.meta.url).resolve(ORT_WASM)).size;
}
