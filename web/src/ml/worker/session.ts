import type * as Ort from 'onnxruntime-web';
import type { ModelMetadata } from '@phyto/shared/model-metadata';
import { preprocess } from '@phyto/shared/inference/preprocess';
import { selfTestDifference, selfTestPixels } from '@phyto/shared/inference/self-test';
import { MODEL_SESSION_OPTIONS } from '@phyto/shared/inference/session-options';

type OrtModule = typeof Ort;

/** What the model says of one photo: its logits and how little it looks like a leaf. */
export interface ModelOutput {
  logits: Float32Array;
  notLeafScore: number;
}

export interface ModelSession {
  run(input: Float32Array): Promise<ModelOutput>;
}

function inputTensor(ort: OrtModule, metadata: ModelMetadata, data: Float32Array): Ort.Tensor {
  return new ort.Tensor('float32', data, [1, 3, metadata.inputSize, metadata.inputSize]);
}

async function openSession(
  ort: OrtModule,
  model: Uint8Array,
  metadata: ModelMetadata,
): Promise<ModelSession['run']> {
  // WASM only: WebGPU is software-only on the phones and machines measured (web/src/ml/README.md).
  const session = await ort.InferenceSession.create(model, {
    executionProviders: ['wasm'],
    ...MODEL_SESSION_OPTIONS,
  });
  return async (data) => {
    const outputs = await session.run({ [metadata.inputName]: inputTensor(ort, metadata, data) });
    const logits = outputs[metadata.outputName];
    const notLeafScore = outputs[metadata.notLeaf.output];
    if (!logits) throw new Error(`the model has no output named ${metadata.outputName}`);
    if (!notLeafScore) throw new Error(`the model has no output named ${metadata.notLeaf.output}`);
    return { logits: logits.data as Float32Array, notLeafScore: Number(notLeafScore.data[0]) };
  };
}

/** Runs the export-time fixed input; a backend is trusted only when it reproduces the recorded logits. */
async function selfTest(run: ModelSession['run'], metadata: ModelMetadata): Promise<string | null> {
  const size = metadata.inputSize;
  const { logits } = await run(preprocess(selfTestPixels(size), size, size, metadata));
  const difference = selfTestDifference(logits, metadata.selfTest);
  const { tolerance } = metadata.selfTest;
  return difference <= tolerance
    ? null
    : `self-test logits differ by ${difference.toPrecision(3)} (tolerance ${tolerance})`;
}

async function openWasm(
  model: Uint8Array,
  wasm: Uint8Array,
  metadata: ModelMetadata,
): Promise<ModelSession['run']> {
  // The plain WASM build: the default entry would load the 28 MB WebGPU-capable binary (ml/README.md).
  const ort = await import('onnxruntime-web/wasm');
  ort.env.wasm.wasmBinary = wasm; // bytes we downloaded (with progress) and cached ourselves
  // One thread: without cross-origin isolation more are impossible, and on 2 cores they lose at p95.
  ort.env.wasm.numThreads = 1;
  return openSession(ort, model, metadata);
}

/**
 * The session the worker uses: WASM, self-tested and warmed up once. WebGPU is deliberately not in this
 * build: its runtime is a second 28 MB download (a lot on a farmer's data plan) for a model that already
 * runs in under 20 ms on WASM, and in the Chromium measured here it was a slow software adapter or
 * silently wrong (web/src/ml/README.md).
 */
export async function createModelSession(
  model: Uint8Array,
  wasm: Uint8Array,
  metadata: ModelMetadata,
): Promise<ModelSession> {
  const run = await openWasm(model, wasm, metadata);
  const failure = await selfTest(run, metadata);
  if (failure) throw new Error(`WASM ${failure}`);
  return { run };
}
