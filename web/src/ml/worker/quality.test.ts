import { describe, expect, it } from 'vitest';
import { QUALITY_THRESHOLDS, checkQuality, laplacianVariance, toGray } from './quality.ts';

function rgba(width: number, height: number, value: (x: number, y: number) => number): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = value(x, y);
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return data;
}

const big = { width: 4000, height: 3000 };
const checker = (x: number, y: number): number => (((x >> 2) + (y >> 2)) % 2 === 0 ? 60 : 200);

describe('laplacianVariance', () => {
  it('is 0 on a flat image and on a linear ramp (no second derivative)', () => {
    expect(
      laplacianVariance(
        toGray(
          rgba(32, 32, () => 128),
          32,
          32,
        ),
        32,
        32,
      ),
    ).toBe(0);
    expect(
      laplacianVariance(
        toGray(
          rgba(32, 32, (x) => x * 4),
          32,
          32,
        ),
        32,
        32,
      ),
    ).toBeCloseTo(0, 6);
  });

  it('matches a hand-computed value on a single bright pixel', () => {
    const gray = new Float32Array(9);
    gray[4] = 1; // 3×3 image, one interior pixel: Laplacian -4, variance 0 (one sample)
    expect(laplacianVariance(gray, 3, 3)).toBe(0);
    const g5 = new Float32Array(25);
    g5[12] = 1; // 5×5: 9 interior samples: -4 once, 1 four times, 0 four times
    const mean = (-4 + 4) / 9;
    expect(laplacianVariance(g5, 5, 5)).toBeCloseTo((16 + 4) / 9 - mean * mean, 6);
  });
});

describe('checkQuality', () => {
  it('passes a sharp, well exposed photo', () => {
    expect(checkQuality(rgba(64, 64, checker), 64, 64, big, 128)).toEqual([]);
  });

  it('flags dark, bright and blurry photos', () => {
    expect(
      checkQuality(
        rgba(64, 64, (x, y) => checker(x, y) / 10),
        64,
        64,
        big,
        128,
      ),
    ).toEqual(['too_dark']);
    expect(
      checkQuality(
        rgba(64, 64, () => 250),
        64,
        64,
        big,
        128,
      ),
    ).toEqual(['too_bright']);
    const smooth = (x: number, y: number): number => 128 + 40 * Math.sin(x / 9) * Math.cos(y / 11);
    expect(checkQuality(rgba(64, 64, smooth), 64, 64, big, 128)).toEqual(['too_blurry']);
  });

  it('flags a photo smaller than the model input on its short side', () => {
    expect(checkQuality(rgba(64, 64, checker), 64, 64, { width: 300, height: 100 }, 128)).toEqual([
      'too_small',
    ]);
  });

  it('uses the thresholds it exports', () => {
    const justDark = QUALITY_THRESHOLDS.minMeanLuma - 1;
    expect(
      checkQuality(
        rgba(8, 8, () => justDark),
        8,
        8,
        big,
        1,
      ),
    ).toContain('too_dark');
  });
});
