import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

/** The ONNX Runtime wasm the worker loads (web/src/ml/worker/model-assets.ts imports the same file). */
const ORT_WASM = 'onnxruntime-web/ort-wasm-simd-threaded.wasm';
const MODEL = new URL('../../models/mobileplantvit.int8.onnx', import.meta.url);

function ortWasmPath(): string {
  return createRequire(import.meta.url).resolve(ORT_WASM);
}

/**
 * Its size, known at build time, so the progress bar has its total even when the file arrives compressed
 * (Content-Length then counts compressed bytes, while the body is read decoded).
 */
export function ortWasmBytes(): number {
  return statSync(ortWasmPath()).size;
}

/**
 * What the model download costs on the wire: both files gzipped, as nginx serves them (`gzip_static`;
 * the API sends brotli, a little smaller). The app shows this figure, not the decoded 15 MB, to a farmer
 * who pays for data.
 */
export function modelDownloadWireBytes(): number {
  return [ortWasmPath(), MODEL].reduce(
    (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
    0,
  );
}
