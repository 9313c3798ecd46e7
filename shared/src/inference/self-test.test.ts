import { describe, expect, it } from 'vitest';
import { passesSelfTest, selfTestDifference, selfTestPixels } from './self-test.ts';

const selfTest = { input: 'test', logits: [1, -2, 3], tolerance: 0.1 };

describe('selfTestPixels', () => {
  it('follows the documented formula', () => {
    const rgba = selfTestPixels(128);
    const at = (x: number, y: number) => Array.from(rgba.subarray((y * 128 + x) * 4, (y * 128 + x) * 4 + 4));
    expect(at(0, 0)).toEqual([40, 90, 30, 255]);
    expect(at(127, 127)).toEqual([40 + 63, 90 + 63, 30 + 31, 255]);
    expect(at(5, 2)).toEqual([42, 91, 30, 255]);
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
