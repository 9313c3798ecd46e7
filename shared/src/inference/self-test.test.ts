import { describe, expect, it } from 'vitest';
import { passesSelfTest, selfTestDifference, selfTestPixels } from './self-test.ts';

const selfTest = { input: 'test', logits: [1, -2, 3], tolerance: 0.1 };

describe('selfTestPixels', () => {
  it('follows the documented formula', () => {
    const rgba = selfTestPixels(200);
    const at = (x: number, y: number) => Array.from(rgba.subarray((y * 200 + x) * 4, (y * 200 + x) * 4 + 4));
    expect(at(0, 0)).toEqual([0, 0, 0, 255]);
    expect(at(130, 3)).toEqual([4, 6, 134, 255]);
    expect(at(17, 150)).toEqual([34, 44, (17 * 150) % 256, 255]);
  });
});

describe('passesSelfTest', () => {
  it('accepts logits within tolerance', () => {
    expect(passesSelfTest([1.05, -2.05, 3], selfTest)).toBe(true);
    expect(selfTestDifference(Float32Array.from([1, -2, 2.5]), selfTest)).toBeCloseTo(0.5);
  });

  it('rejects garbage, NaN and a wrong length', () => {
    expect(passesSelfTest([211886544, 211886544, 211886544], selfTest)).toBe(false);
    expect(passesSelfTest([NaN, -2, 3], selfTest)).toBe(false);
    expect(passesSelfTest([1, -2], selfTest)).toBe(false);
  });
});
