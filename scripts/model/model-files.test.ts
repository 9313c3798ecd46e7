import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { DISEASE_CLASSES } from '@phyto/shared/classes';
import { preprocess } from '@phyto/shared/inference/preprocess';
import { passesSelfTest, selfTestDifference, selfTestPixels } from '@phyto/shared/inference/self-test';
import { loadMetadata, modelPath } from './model-paths.ts';

// The shipped model files need no dataset: these run everywhere, CI included.
const metadata = loadMetadata();
const precisions = ['int8', 'fp32'] as const;

describe('shipped model files', () => {
  it.each(precisions)('%s matches the sha256 and size recorded in metadata.json', (precision) => {
    const data = readFileSync(modelPath(metadata, precision));
    expect(data.length).toBe(metadata.files[precision].bytes);
    expect(createHash('sha256').update(data).digest('hex')).toBe(metadata.files[precision].sha256);
  });

  it('int8 file fits the 2 MB budget', () => {
    expect(metadata.files.int8.bytes).toBeLessThanOrEqual(2_000_000);
  });

  it('outputs exactly the covered catalogue classes', () => {
    const covered = DISEASE_CLASSES.filter((d) => d.covered).map((d) => d.id);
    expect([...metadata.classes].sort()).toEqual([...covered].sort());
    expect(metadata.selfTest.logits).toHaveLength(metadata.classes.length);
  });

  it.each(precisions)(
    '%s loads in onnxruntime-node and reproduces the self-test logits',
    async (precision) => {
      const session = await ort.InferenceSession.create(modelPath(metadata, precision));
      try {
        expect(session.inputNames).toEqual([metadata.inputName]);
        expect(session.outputNames).toEqual([metadata.outputName, metadata.notLeaf.output]);
        const size = metadata.inputSize;
        const input = preprocess(selfTestPixels(size), size, size, metadata);
        const output = await session.run({
          [metadata.inputName]: new ort.Tensor('float32', input, [1, 3, size, size]),
        });
        const logits = output[metadata.outputName]?.data as Float32Array;
        expect(selfTestDifference(logits, metadata.selfTest)).toBeLessThanOrEqual(
          metadata.selfTest.tolerance,
        );
        expect(
          passesSelfTest(
            logits.map((v) => v + 10 * metadata.selfTest.tolerance),
            metadata.selfTest,
          ),
        ).toBe(false);
      } finally {
        await session.release();
      }
    },
  );
});
