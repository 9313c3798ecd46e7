import { findClass } from '../classes.ts';
import type { CropId } from '../crops.ts';
import type { ModelMetadata } from '../model-metadata.ts';
import { TOP_K, type TopPrediction } from '../prediction.ts';

/** The part of metadata.unsure a stored prediction keeps, so it can be judged again under another crop. */
export type UnsureRule = Pick<
  ModelMetadata['unsure'],
  'minConfidence' | 'appliesTo' | 'minCropShare' | 'leafEvidence'
>;

/** Numerically stable softmax (subtracts the max logit first). */
export function softmax(logits: ArrayLike<number>): number[] {
  const values = Array.from(logits);
  const max = Math.max(...values);
  const exps = values.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** softmax(logits / metadata.temperature): the top probability then means the chance of being right. */
export function calibratedProbabilities(logits: ArrayLike<number>, temperature: number): number[] {
  return softmax(Array.from(logits, (v) => v / temperature));
}

/** metadata.notLeaf: a photo scored above the threshold is not a leaf (NaN counts as not a leaf). */
export function isLeaf(notLeafScore: number, notLeaf: Pick<ModelMetadata['notLeaf'], 'maxScore'>): boolean {
  return notLeafScore <= notLeaf.maxScore;
}

/**
 * The k most probable classes, best first (ties keep logit order). Classes with probability 0 (ruled out
 * by `cropFilter`) are left out, so a crop with 3 classes yields 3 entries.
 *
 * @example topK(softmax(logits), metadata.classes) // [{ classId: 'Tomato___Late_blight', confidence: 0.93 }, …]
 */
export function topK(
  probabilities: readonly number[],
  classes: readonly string[],
  k = TOP_K,
): TopPrediction[] {
  if (probabilities.length !== classes.length) {
    throw new RangeError(`topK: ${probabilities.length} probabilities for ${classes.length} classes`);
  }
  return probabilities
    .map((confidence, i) => ({ classId: classes[i] ?? '', confidence, i }))
    .filter((p) => p.confidence > 0)
    .sort((a, b) => b.confidence - a.confidence || a.i - b.i)
    .slice(0, k)
    .map(({ classId, confidence }) => ({ classId, confidence: Math.min(1, confidence) }));
}

/**
 * The farmer said which crop the leaf is from: keep only that crop's classes and renormalise them to sum
 * to 1 (other classes become 0), which removes cross-crop confusions. `null` crop → an unchanged copy.
 * Returns null when the model has no class for that crop (the app then says the crop is not covered).
 */
export function cropFilter(
  probabilities: readonly number[],
  classes: readonly string[],
  crop: CropId | null,
): number[] | null {
  if (crop === null) return [...probabilities];
  const keep = classes.map((id) => findClass(id)?.crop === crop);
  const count = keep.filter(Boolean).length;
  if (count === 0) return null;
  const sum = probabilities.reduce((acc, p, i) => (keep[i] ? acc + p : acc), 0);
  // All of the crop's probabilities underflowed to 0: the model has no preference among them.
  if (sum <= 0) return keep.map((k) => (k ? 1 / count : 0));
  return probabilities.map((p, i) => (keep[i] ? p / sum : 0));
}

/** Each crop's share of the unfiltered probability (classes the catalogue does not know count for none). */
export function cropShares(
  probabilities: readonly number[],
  classes: readonly string[],
): Map<CropId, number> {
  const shares = new Map<CropId, number>();
  classes.forEach((id, i) => {
    const crop = findClass(id)?.crop;
    if (crop !== undefined) shares.set(crop, (shares.get(crop) ?? 0) + (probabilities[i] ?? 0));
  });
  return shares;
}

/**
 * The crop the leaf looks like when it is not the picked one: null unless a crop is picked, the rule has a
 * `minCropShare` and the picked crop's classes hold less than it. The crop filter renormalises over the
 * picked crop, so without this check a tomato leaf entered as potato became "potato late blight, very likely".
 */
export function otherLikelyCrop(
  probabilities: readonly number[],
  classes: readonly string[],
  crop: CropId | null,
  rule: UnsureRule,
): CropId | null {
  if (crop === null || rule.minCropShare === undefined) return null;
  const shares = cropShares(probabilities, classes);
  if ((shares.get(crop) ?? 0) >= rule.minCropShare) return null;
  let best: CropId | null = null;
  for (const [other, share] of shares) if (best === null || share > (shares.get(best) ?? 0)) best = other;
  return best === crop ? null : best;
}

/**
 * True when the top probability is under `rule.minConfidence`: the answer is "we can't tell from this
 * photo". `appliesTo` says which distribution the threshold was chosen on: the crop-filtered one (what the
 * farmer sees once a crop is picked) or all classes.
 */
export function isUnsure(all: readonly number[], cropFiltered: readonly number[], rule: UnsureRule): boolean {
  return Math.max(...(rule.appliesTo === 'crop-filtered' ? cropFiltered : all)) < rule.minConfidence;
}

/**
 * Several photos of one plant → one distribution: the sum of the log-probabilities divided by n^evidence,
 * renormalised with softmax (a product of experts, so one confident photo is not drowned by blurry ones, and
 * classes every photo rules out stay out). evidence 1 is their mean, which adds nothing when leaves agree
 * (98 % and 71 % rust made 83 %: "can't tell"); 0.5 lets agreeing leaves raise confidence and disagreeing
 * ones lower it, counting leaves of one plant as less than independent. Zero probabilities stay zero.
 */
export function combineLeaves(probabilityLists: readonly (readonly number[])[], evidence = 1): number[] {
  const first = probabilityLists[0];
  if (first === undefined) throw new RangeError('combineLeaves: no photos');
  if (probabilityLists.some((list) => list.length !== first.length)) {
    throw new RangeError('combineLeaves: lists of different lengths');
  }
  if (probabilityLists.length === 1) return [...first];
  const scale = probabilityLists.length ** evidence;
  const meanLog = first.map((_, c) => {
    let sum = 0;
    for (const list of probabilityLists) {
      const p = list[c] ?? 0;
      if (p <= 0) return -Infinity;
      sum += Math.log(p);
    }
    return sum / scale;
  });
  if (meanLog.every((v) => v === -Infinity))
    throw new RangeError('combineLeaves: photos rule out every class');
  return softmax(meanLog);
}
