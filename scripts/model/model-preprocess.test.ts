import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preprocess } from '@phyto/shared/inference/preprocess';
import { imageToInput } from './model-images.ts';
import { readTar } from './model-tar.ts';
import { MODELS_DIR, TEST_TAR, missingData } from './model-paths.ts';

interface Sampled {
  values: number[];
  channelMeans: number[];
}
/** Written by `python -m mobileplantvit.fixtures`: sampled values of the Python transforms, no pixels. */
const fixtures = JSON.parse(readFileSync(join(MODELS_DIR, 'fixtures', 'preprocess-parity.json'), 'utf8')) as {
  inputSize: number;
  mean: number[];
  std: number[];
  stride: number;
  testTar: (Sampled & { name: string })[];
  synthetic: (Sampled & { width: number; height: number })[];
};
const TOLERANCE = 1e-3;

function expectParity(tensor: Float32Array, expected: Sampled): void {
  const sampled = Array.from(tensor.filter((_, i) => i % fixtures.stride === 0));
  expect(sampled).toHaveLength(expected.values.length);
  const worst = Math.max(...sampled.map((v, i) => Math.abs(v - (expected.values[i] ?? NaN))));
  expect(worst).toBeLessThan(TOLERANCE);
  const plane = fixtures.inputSize ** 2;
  expected.channelMeans.forEach((mean, c) => {
    const channel = tensor.subarray(c * plane, (c + 1) * plane);
    expect(Math.abs(channel.reduce((a, b) => a + b, 0) / plane - mean)).toBeLessThan(TOLERANCE);
  });
}

/** Twin of synthetic() in models/mobileplantvit/fixtures.py. */
function synthetic(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      rgba.set([(7 * x + 3 * y) % 256, (x * y) % 256, (x * x + y) % 256, 255], (y * width + x) * 4);
    }
  }
  return rgba;
}

describe('preprocessing parity with Python', () => {
  it.each(fixtures.synthetic)('crop + resize of a $width×$height image matches preprocess.py', (f) => {
    expectParity(preprocess(synthetic(f.width, f.height), f.width, f.height, fixtures), f);
  });

  const skip = missingData(TEST_TAR);
  it.skipIf(skip !== null)(
    `test.tar images (sharp decode + preprocess) match the evaluation transform`,
    async () => {
      const wanted = new Map(fixtures.testTar.map((f) => [f.name, f]));
      let checked = 0;
      for (const entry of readTar(TEST_TAR)) {
        const expected = wanted.get(entry.name);
        if (!expected) continue;
        expectParity(await imageToInput(entry.data, fixtures), expected);
        checked++;
      }
      expect(checked).toBe(fixtures.testTar.length);
    },
  );
});
