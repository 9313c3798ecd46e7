import { CROPS, type CropId, type TopPrediction } from '@phyto/shared';
import { combineLeaves, cropFilter, isUnsure, topK } from '@phyto/shared/inference/postprocess';

export interface Summary {
  /** All leaves combined, before the crop filter (what is stored, so the crop can change later). */
  probabilities: number[];
  top5: TopPrediction[];
  unsure: boolean;
}

/** True when the offline model knows this crop (false for peach, soybean, squash today). */
export function isCropCovered(crop: CropId | null): boolean {
  return crop === null || CROPS.some((c) => c.id === crop && c.covered);
}

/**
 * One answer from the leaves of one plant: combine them, judge "unsure" on the full distribution (the
 * threshold was calibrated there), then keep the named crop's classes for the top 5. Null when the
 * model has no class for the crop: the app says it is not covered instead of guessing.
 */
export function summarize(
  leaves: readonly (readonly number[])[],
  classes: readonly string[],
  crop: CropId | null,
  minConfidence: number,
): Summary | null {
  const probabilities = combineLeaves(leaves);
  const filtered = cropFilter(probabilities, classes, crop);
  if (filtered === null) return null;
  return { probabilities, top5: topK(filtered, classes), unsure: isUnsure(probabilities, minConfidence) };
}

/** Each leaf's own best class under the same crop filter, to show beside the combined answer. */
export function leafTop1(
  leaf: readonly number[],
  classes: readonly string[],
  crop: CropId | null,
): TopPrediction | null {
  const filtered = cropFilter(leaf, classes, crop);
  return filtered === null ? null : (topK(filtered, classes, 1)[0] ?? null);
}
