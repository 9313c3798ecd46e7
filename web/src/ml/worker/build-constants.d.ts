/** Size in bytes of the ONNX Runtime wasm, defined by vite.config.ts (web/build/ort-wasm.ts). */
declare const __ORT_WASM_BYTES__: number;
