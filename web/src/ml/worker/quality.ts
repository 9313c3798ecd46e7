import type { QualityIssue } from '../protocol.ts';

/**
 * Thresholds on a grayscale copy of the photo at most `QUALITY_SIDE` px on its longest side, so the blur
 * measure means the same for a 12 MP photo and a 1 MP one. Tuned on 1,303 PlantVillage validation leaves
(128 px): the darkest had mean luma 28 (1st percentile 78), the least sharp a Laplacian variance of 36
(1st percentile 108), while a Gaussian blur of sigma 2 brings them to 9.5 (median, max 29).
 */
export const QUALITY_SIDE = 256;
export const QUALITY_THRESHOLDS = {
  /** Mean luma (0–255) under this: too dark to see lesions. */
  minMeanLuma: 25,
  /** Mean luma over this: washed out. */
  maxMeanLuma: 225,
  /** Variance of the 4-neighbour Laplacian under this: too blurry. */
  minLaplacianVariance: 20,
} as const;

/** ITU-R BT.601 luma of RGBA pixels. */
export function toGray(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Float32Array {
  const gray = new Float32Array(width * height);
  for (let i = 0, p = 0; i < gray.length; i++, p += 4) {
    gray[i] = 0.299 * (rgba[p] ?? 0) + 0.587 * (rgba[p + 1] ?? 0) + 0.114 * (rgba[p + 2] ?? 0);
  }
  return gray;
}

export function meanOf(values: Float32Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length ? sum / values.length : 0;
}

/** Variance of the 4-neighbour Laplacian over the interior pixels: low when there are no sharp edges. */
export function laplacianVariance(gray: Float32Array, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const lap =
        (gray[i - 1] ?? 0) +
        (gray[i + 1] ?? 0) +
        (gray[i - width] ?? 0) +
        (gray[i + width] ?? 0) -
        4 * (gray[i] ?? 0);
      sum += lap;
      sumSq += lap * lap;
      n++;
    }
  }
  const mean = sum / n;
  return sumSq / n - mean * mean;
}

/**
 * What is wrong with a photo, from a small RGBA copy of it and the size of the original.
 *
 * @example checkQuality(small.data, small.width, small.height, { width: 4000, height: 3000 }, 128) // []
 */
export function checkQuality(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  original: { width: number; height: number },
  minSide: number,
): QualityIssue[] {
  const issues: QualityIssue[] = [];
  if (Math.min(original.width, original.height) < minSide) issues.push('too_small');
  const gray = toGray(rgba, width, height);
  const luma = meanOf(gray);
  if (luma < QUALITY_THRESHOLDS.minMeanLuma) issues.push('too_dark');
  else if (luma > QUALITY_THRESHOLDS.maxMeanLuma) issues.push('too_bright');
  // A dark or washed-out photo has no edges either: only call it blurry when exposure is fine.
  else if (laplacianVariance(gray, width, height) < QUALITY_THRESHOLDS.minLaplacianVariance)
    issues.push('too_blurry');
  return issues;
}
