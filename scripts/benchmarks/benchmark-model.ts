/**
 * Single-image latency of the shipped fp32 and int8 models in onnxruntime-node and in onnxruntime-web
 * (its WASM build, one thread, with the app's session options), measured in one run on the same input.
 *
 *   npx tsx scripts/benchmarks/benchmark-model.ts [--runs 300] [--warmup 30]
 *
 * Also checks that every runtime reproduces the self-test logits. Inference only (no decode/preprocess):
 * the preprocessing time is printed separately. Numbers depend on machine load: note it with them.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web/wasm';
import { preprocess } from '@phyto/shared/inference/preprocess';
import { selfTestDifference, selfTestPixels } from '@phyto/shared/inference/self-test';
import { MODEL_SESSION_OPTIONS } from '@phyto/shared/inference/session-options';
import { loadMetadata, modelPath } from '../model/model-paths.ts';
import { percentile } from '../harness/percentile.ts';

type Run = (input: Float32Array) => Promise<Float32Array>;

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '300' }, warmup: { type: 'string', default: '30' } },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const metadata = loadMetadata();
const size = metadata.inputSize;
const shape = [1, 3, size, size];
const input = preprocess(selfTestPixels(size), size, size, metadata);

async function time(run: Run): Promise<{ p50: number; p95: number; selfTestDiff: number }> {
  const logits = await run(input);
  for (let i = 0; i < warmup; i++) await run(input);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(input);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return {
    p50: percentile(ms, 0.5),
    p95: percentile(ms, 0.95),
    selfTestDiff: selfTestDifference(logits, metadata.selfTest),
  };
}

async function nodeRunner(file: string): Promise<Run> {
  const session = await ortNode.InferenceSession.create(file, {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    ...MODEL_SESSION_OPTIONS,
  });
  return async (x) => {
    const out = await session.run({ [metadata.inputName]: new ortNode.Tensor('float32', x, shape) });
    return out[metadata.outputName]?.data as Float32Array;
  };
}

async function webRunner(file: string): Promise<Run> {
  // One thread: on 2-core phones more threads lose at p95 (web/src/ml/README.md), and Node has no isolation.
  ortWeb.env.wasm.numThreads = 1;
  const session = await ortWeb.InferenceSession.create(new Uint8Array(readFileSync(file)), {
    executionProviders: ['wasm'],
    ...MODEL_SESSION_OPTIONS,
  });
  return async (x) => {
    const out = await session.run({ [metadata.inputName]: new ortWeb.Tensor('float32', x, shape) });
    return out[metadata.outputName]?.data as Float32Array;
  };
}

const photo = selfTestPixels(1024);
preprocess(photo, 1024, 1024, metadata);
const prepStart = performance.now();
for (let i = 0; i < 20; i++) preprocess(photo, 1024, 1024, metadata);
const prepMs = (performance.now() - prepStart) / 20;

console.log(
  `${metadata.version}: ${runs} timed runs after ${warmup} warm-up, 1 thread; load average ${loadavg()[0]?.toFixed(2)}`,
);
console.log('runtime                 model  size        p50 ms  p95 ms  self-test max |Δlogit|');
for (const [runtime, make] of [
  ['onnxruntime-node', nodeRunner],
  ['onnxruntime-web wasm', webRunner],
] as const) {
  for (const precision of ['fp32', 'int8'] as const) {
    const result = await time(await make(modelPath(metadata, precision)));
    const kb = `${Math.round(metadata.files[precision].bytes / 1024)} KB`;
    const ok = result.selfTestDiff <= metadata.selfTest.tolerance ? 'ok' : 'FAILS';
    console.log(
      `${runtime.padEnd(23)} ${precision.padEnd(6)} ${kb.padEnd(11)} ${result.p50.toFixed(2).padStart(6)}  ${result.p95.toFixed(2).padStart(6)}  ${result.selfTestDiff.toExponential(2)} ${ok}`,
    );
  }
}
console.log(`preprocess of a 1024×1024 RGBA image to ${size}×${size}: ${prepMs.toFixed(1)} ms`);
console.log(`load average after: ${loadavg()[0]?.toFixed(2)}`);
