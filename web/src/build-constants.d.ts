/** Bytes the model download costs on the wire (gzip), defined by vite.config.ts (web/build/ort-wasm.ts). */
declare const __MODEL_WIRE_BYTES__: number;
