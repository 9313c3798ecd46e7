/** What the model expects; matches the fields of the same names in models/metadata.json. */
export interface PreprocessSpec {
  inputSize: number;
  mean: readonly number[];
  std: readonly number[];
}

/** For one axis: output index o reads sum over k of weights[o][k] * source[indices[o][k]]. */
interface AxisResampler {
  indices: number[][];
  weights: number[][];
}

/**
 * Resampling weights along one axis. Downscaling averages the exact area each output pixel covers (no
 * aliasing from a 3000-pixel photo); upscaling is bilinear with half-pixel centres; equal sizes give the
 * identity. models/mobileplantvit/preprocess.py implements the same rule: keep the two in step.
 */
export function axisResampler(sourceLength: number, targetLength: number): AxisResampler {
  const indices: number[][] = [];
  const weights: number[][] = [];
  const scale = sourceLength / targetLength;
  for (let o = 0; o < targetLength; o++) {
    if (scale >= 1) {
      const lo = o * scale;
      const hi = (o + 1) * scale;
      const idx: number[] = [];
      const w: number[] = [];
      for (let i = Math.floor(lo); i < Math.min(Math.ceil(hi), sourceLength); i++) {
        const overlap = Math.min(hi, i + 1) - Math.max(lo, i);
        if (overlap > 0) {
          idx.push(i);
          w.push(overlap / scale);
        }
      }
      indices.push(idx);
      weights.push(w);
    } else {
      const x = Math.min(Math.max((o + 0.5) * scale - 0.5, 0), sourceLength - 1);
      const i0 = Math.floor(x);
      const i1 = Math.min(i0 + 1, sourceLength - 1);
      indices.push([i0, i1]);
      weights.push([1 - (x - i0), x - i0]);
    }
  }
  return { indices, weights };
}

/**
 * Decoded RGBA pixels (row-major, 4 bytes per pixel, alpha ignored) → the model's input tensor data:
 * centre square crop → resize to `inputSize` → /255 → (x − mean) / std → NCHW Float32 (1×3×S×S).
 *
 * @example
 *   const data = preprocess(imageData.data, imageData.width, imageData.height, metadata);
 *   const input = new ort.Tensor('float32', data, [1, 3, metadata.inputSize, metadata.inputSize]);
 */
export function preprocess(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  spec: PreprocessSpec,
): Float32Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`preprocess: bad image size ${width}×${height}`);
  }
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`preprocess: expected ${width * height * 4} RGBA bytes, got ${rgba.length}`);
  }
  const size = spec.inputSize;
  const side = Math.min(width, height);
  const x0 = Math.floor((width - side) / 2);
  const y0 = Math.floor((height - side) / 2);
  const axis = axisResampler(side, size);

  // Separable: resample each cropped row horizontally (side × size × 3), then the columns vertically.
  const rows = new Float32Array(side * size * 3);
  for (let y = 0; y < side; y++) {
    const rowStart = ((y0 + y) * width + x0) * 4;
    for (let ox = 0; ox < size; ox++) {
      const idx = axis.indices[ox] ?? [];
      const w = axis.weights[ox] ?? [];
      let r = 0;
      let g = 0;
      let b = 0;
      for (let k = 0; k < idx.length; k++) {
        const p = rowStart + (idx[k] ?? 0) * 4;
        const wk = w[k] ?? 0;
        r += (rgba[p] ?? 0) * wk;
        g += (rgba[p + 1] ?? 0) * wk;
        b += (rgba[p + 2] ?? 0) * wk;
      }
      const t = (y * size + ox) * 3;
      rows[t] = r;
      rows[t + 1] = g;
      rows[t + 2] = b;
    }
  }

  const plane = size * size;
  const out = new Float32Array(3 * plane);
  const scale = [0, 1, 2].map((c) => 1 / (255 * (spec.std[c] ?? 1)));
  const shift = [0, 1, 2].map((c) => (spec.mean[c] ?? 0) / (spec.std[c] ?? 1));
  for (let oy = 0; oy < size; oy++) {
    const idx = axis.indices[oy] ?? [];
    const w = axis.weights[oy] ?? [];
    for (let ox = 0; ox < size; ox++) {
      for (let c = 0; c < 3; c++) {
        let v = 0;
        for (let k = 0; k < idx.length; k++)
          v += (rows[((idx[k] ?? 0) * size + ox) * 3 + c] ?? 0) * (w[k] ?? 0);
        out[c * plane + oy * size + ox] = v * (scale[c] ?? 0) - (shift[c] ?? 0);
      }
    }
  }
  return out;
}
