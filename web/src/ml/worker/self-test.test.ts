import { describe, expect, it } from 'vitest';
import { compareLogits, selfTestInput } from './self-test.ts';

describe('compareLogits', () => {
  it('accepts logits within tolerance and reports the largest difference', () => {
    const result = compareLogits([1.0005, -2, 3.002], [1, -2, 3], 0.01);
    expect(result.ok).toBe(true);
    expect(result.maxAbsDiff).toBeCloseTo(0.002, 6);
  });

  it('rejects a difference over tolerance, a wrong length and NaN garbage', () => {
    expect(compareLogits([1, 2.5], [1, 2], 0.1).ok).toBe(false);
    expect(compareLogits([1, 2], [1, 2, 3], 0.1)).toEqual({
      ok: false,
      maxAbsDiff: Number.POSITIVE_INFINITY,
    });
    expect(compareLogits([Number.NaN, 2], [1, 2], 0.1).ok).toBe(false);
    // The WebGPU failure seen here: every logit the same huge number.
    expect(compareLogits([211886544, 211886544], [1.2, -0.3], 0.1).ok).toBe(false);
  });
});

describe('selfTestInput', () => {
  it('builds the described NCHW tensor', () => {
    expect(selfTestInput('zeros', 2).every((v) => v === 0)).toBe(true);
    expect(selfTestInput('ones', 2)).toHaveLength(12);
    const ramp = selfTestInput('linspace(-1, 1)', 2);
    expect(ramp[0]).toBe(-1);
    expect(ramp[11]).toBeCloseTo(1, 6);
  });

  it('refuses an input it does not know, rather than testing the wrong thing', () => {
    expect(() => selfTestInput('random', 2)).toThrow(/unknown self-test input/);
  });
});
