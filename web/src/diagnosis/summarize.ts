import { CROPS, type CropId, type TopPrediction } from '@phyto/shared';
import { cropFilter, topK, type UnsureRule } from '@phyto/shared/inference/postprocess';
import { judge, type Judgement, type PhotoReading } from '@phyto/shared/inference/verdict';

export interface Summary extends Judgement {
  /** True unless the verdict is confident (what apps older than the verdict read). */
  unsure: boolean;
  /** Each photo's own answer (leafAnswers), kept with the record so every phone can list them. */
  leaves: LeafAnswer[];
}

/** One photo's own most likely class under the crop filter; null when the photo is not a leaf. */
export type LeafAnswer = TopPrediction | null;

/** True when the offline model knows this crop (false for peach, soybean, squash today). */
export function isCropCovered(crop: CropId | null): boolean {
  return crop === null || CROPS.some((c) => c.id === crop && c.covered);
}

/** A stored photo as the verdict reads it; photos from before the not-a-leaf rule count as leaves. */
export function readingOf(photo: { probabilities: number[]; isLeaf?: boolean }): PhotoReading {
  return { probabilities: photo.probabilities, isLeaf: photo.isLeaf ?? true };
}

/**
 * One answer from the photos of one plant (shared judge(): not-a-leaf, combined leaves, crop filter, unsure
 * rule). Null when the model has no class for the crop: the app says it is not covered instead of guessing.
 */
export function summarize(
  photos: readonly PhotoReading[],
  classes: readonly string[],
  crop: CropId | null,
  rule: UnsureRule,
): Summary | null {
  const judgement = judge(photos, classes, crop, rule);
  if (judgement === null) return null;
  return {
    ...judgement,
    unsure: judgement.verdict !== 'confident',
    leaves: leafAnswers(photos, classes, crop),
  };
}

/** Each photo's own best class under the same crop filter, to show beside the combined answer. */
export function leafAnswers(
  photos: readonly PhotoReading[],
  classes: readonly string[],
  crop: CropId | null,
): LeafAnswer[] {
  return photos.map((photo) => {
    const filtered = photo.isLeaf ? cropFilter(photo.probabilities, classes, crop) : null;
    return filtered === null ? null : (topK(filtered, classes, 1)[0] ?? null);
  });
}
