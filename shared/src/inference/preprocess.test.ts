import { describe, expect, it } from 'vitest';
import { axisResampler, preprocess } from './preprocess.ts';

const spec = { inputSize: 4, mean: [0.5, 0.25, 0], std: [0.5, 0.25, 1] } as const;

/** An RGBA image whose pixel (x, y) is rgb(x, y, c) for some formula. */
function image(width: number, height: number, rgb: (x: number, y: number) => [number, number, number]) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data.set([...rgb(x, y), 255], (y * width + x) * 4);
    }
  }
  return data;
}

/** Undo the normalisation of channel c to read back 0–255 values. */
const raw = (out: Float32Array, c: number, i: number) =>
  ((out[c * 16 + i] ?? NaN) * (spec.std[c] ?? 1) + (spec.mean[c] ?? 0)) * 255;

describe('axisResampler', () => {
  it('is the identity for equal sizes', () => {
    const r = axisResampler(3, 3);
    expect(r.indices).toEqual([[0], [1], [2]]);
    expect(r.weights).toEqual([[1], [1], [1]]);
  });

  it('averages exact areas when shrinking, and every row of weights sums to 1', () => {
    const r = axisResampler(3, 2);
    expect(r.indices).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(r.weights[0]?.[0]).toBeCloseTo(2 / 3);
    expect(r.weights[0]?.[1]).toBeCloseTo(1 / 3);
    for (const [from, to] of [
      [4000, 128],
      [129, 128],
      [7, 128],
    ] as const) {
      for (const w of axisResampler(from, to).weights) expect(w.reduce((a, b) => a + b)).toBeCloseTo(1, 10);
    }
  });

  it('is bilinear with half-pixel centres, clamped at the edges, when enlarging', () => {
    const r = axisResampler(2, 4);
    expect(r.indices).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
      [1, 1],
    ]);
    expect(r.weights.map((w) => w[1])).toEqual([0, 0.25, 0.75, 0]);
  });
});

describe('preprocess', () => {
  it('normalises per channel and lays out NCHW when the image is already the input size', () => {
    const out = preprocess(
      image(4, 4, (x, y) => [x * 10, y * 20, 255]),
      4,
      4,
      spec,
    );
    expect(out).toHaveLength(3 * 16);
    expect(out[0 * 16 + 1 * 4 + 3]).toBeCloseTo((30 / 255 - 0.5) / 0.5, 6); // R at y=1, x=3
    expect(out[1 * 16 + 2 * 4 + 0]).toBeCloseTo((40 / 255 - 0.25) / 0.25, 6); // G at y=2, x=0
    expect(out[2 * 16 + 5]).toBeCloseTo(1, 6); // B = 255 → (1 − 0) / 1
  });

  it('crops the centre square of a wide photo and averages 2×2 blocks when halving', () => {
    // 12×8: the 2-pixel margins left and right are white and must not leak into the crop.
    const rgba = image(12, 8, (x, y) => (x < 2 || x >= 10 ? [255, 255, 255] : [(x - 2) * 16, y * 16, 0]));
    const out = preprocess(rgba, 12, 8, spec);
    // Output (0,0) averages source columns 2–3 (crop x 0–1) and rows 0–1.
    expect(raw(out, 0, 0)).toBeCloseTo(8, 3);
    expect(raw(out, 1, 0)).toBeCloseTo(8, 3);
    expect(raw(out, 0, 3)).toBeCloseTo((96 + 112) / 2, 3);
    expect(raw(out, 2, 15)).toBeCloseTo(0, 3);
  });

  it('crops the centre of a tall photo', () => {
    const rgba = image(4, 6, (_x, y) => (y === 0 || y === 5 ? [255, 0, 0] : [0, 0, 0]));
    const out = preprocess(rgba, 4, 6, spec);
    for (let i = 0; i < 16; i++) expect(raw(out, 0, i)).toBeCloseTo(0, 3);
  });

  it('keeps a flat colour flat at any scale', () => {
    for (const [w, h] of [
      [1, 1],
      [3, 5],
      [37, 29],
    ] as const) {
      const out = preprocess(
        image(w, h, () => [51, 102, 204]),
        w,
        h,
        spec,
      );
      for (let i = 0; i < 16; i++) {
        expect(raw(out, 0, i)).toBeCloseTo(51, 3);
        expect(raw(out, 1, i)).toBeCloseTo(102, 3);
        expect(raw(out, 2, i)).toBeCloseTo(204, 3);
      }
    }
  });

  it('rejects a buffer that does not match the size', () => {
    expect(() => preprocess(new Uint8Array(10), 2, 2, spec)).toThrow(RangeError);
    expect(() => preprocess(new Uint8Array(0), 0, 0, spec)).toThrow(RangeError);
  });
});
