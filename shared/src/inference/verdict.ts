import type { CropId } from '../crops.ts';
import type { TopPrediction, Verdict } from '../prediction.ts';
import {
  combineLeaves,
  cropFilter,
  isUnsure,
  otherLikelyCrop,
  topK,
  type UnsureRule,
} from './postprocess.ts';

/** One photo as the model read it: calibrated probabilities over all classes, and the not-a-leaf rule. */
export interface PhotoReading {
  probabilities: readonly number[];
  isLeaf: boolean;
}

export interface Judgement {
  verdict: Verdict;
  /** The leaves combined, before the crop filter (stored, so the crop can change later without the model). */
  probabilities: number[];
  /** After the crop filter: the answer when confident, the possibilities when unsure. */
  top5: TopPrediction[];
  /** The crop the leaves look like when the picked crop is unlikely (the verdict is then unsure). */
  likelyCrop: CropId | null;
}

/**
 * One answer from the photos of one plant, as the app shows it and the evaluation scores it. Photos that are
 * not leaves are left out; when none is a leaf the verdict is `notLeaf`. The leaves are combined, the picked
 * crop's classes kept, and the unsure rule applied: unsure when the top probability is too low, or when the
 * leaves do not look like the picked crop (then `likelyCrop` names the crop they look like). Null when the
 * model has no class for the crop.
 */
export function judge(
  photos: readonly PhotoReading[],
  classes: readonly string[],
  crop: CropId | null,
  rule: UnsureRule,
): Judgement | null {
  const leaves = photos.filter((p) => p.isLeaf);
  const probabilities = combineLeaves(
    (leaves.length > 0 ? leaves : photos).map((p) => p.probabilities),
    rule.leafEvidence,
  );
  const filtered = cropFilter(probabilities, classes, crop);
  if (filtered === null) return null;
  const top5 = topK(filtered, classes);
  if (leaves.length === 0) return { verdict: 'notLeaf', probabilities, top5, likelyCrop: null };
  const likelyCrop = otherLikelyCrop(probabilities, classes, crop, rule);
  const verdict = likelyCrop !== null || isUnsure(probabilities, filtered, rule) ? 'unsure' : 'confident';
  return { verdict, probabilities, top5, likelyCrop };
}
