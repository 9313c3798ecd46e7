import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|css|html|wasm|onnx|json|svg)$/;
/** Below this, compressing saves less than the headers it adds. */
const MIN_BYTES = 1024;

/**
 * Writes `.br` and `.gz` twins of every emitted text, wasm and model file, so the server can send them
 * compressed without compressing on each request (the 14 MB ONNX Runtime wasm is 2.7 MB as brotli: the
 * first visit on a slow rural connection is mostly this file).
 */
export function precompress(): Plugin {
  return {
    name: 'phyto-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const bytes = Buffer.from(output.type === 'chunk' ? output.code : output.source);
        if (bytes.length < MIN_BYTES) continue;
        const path = join(outDir, fileName);
        // Quality 11 takes tens of seconds on the wasm for 3 % more; 9 keeps builds quick.
        const quality = bytes.length > 1_000_000 ? 9 : 11;
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }),
        );
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}
