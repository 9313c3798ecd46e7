import * as z from 'zod/mini';
import { findClass } from './classes.ts';
import { CropIdSchema } from './crops.ts';
import { FieldDetailsSchema } from './field-details.ts';

export const TOP_K = 5;
export const MAX_PHOTOS_PER_PREDICTION = 6;
export const NOTE_MAX_LENGTH = 2000;

export const TopPredictionSchema = z.object({
  classId: z.string().check(
    z.minLength(1),
    z.maxLength(80),
    z.refine((id) => findClass(id) !== undefined, 'must be a class of the catalogue'),
  ),
  confidence: z.number().check(z.gte(0), z.lte(1)),
});
export type TopPrediction = z.infer<typeof TopPredictionSchema>;

/** Rounding in six places may push a sum of probabilities slightly past 1. */
const SUM_TOLERANCE = 1e-3;

/** The best classes as the app shows them: best first, each class once, probabilities summing to ≤ 1. */
const Top5Schema = z.array(TopPredictionSchema).check(
  z.minLength(1),
  z.maxLength(TOP_K),
  z.refine(
    (top) => top.every((p, i) => i === 0 || p.confidence <= (top[i - 1]?.confidence ?? 1)),
    'must be sorted best first',
  ),
  z.refine((top) => new Set(top.map((p) => p.classId)).size === top.length, 'must name each class once'),
  z.refine(
    (top) => top.reduce((sum, p) => sum + p.confidence, 0) <= 1 + SUM_TOLERANCE,
    'confidences must sum to at most 1',
  ),
);

/**
 * What the app tells the farmer: a disease it is sure of, "we can't tell from this photo", or "this is not a
 * leaf". Only a confident verdict ever shows a disease name as the answer, or its treatment.
 */
export const VERDICTS = ['confident', 'unsure', 'notLeaf'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

/** Records from apps older than the verdict carry only `unsure`. */
export function verdictOf(p: { unsure: boolean; verdict?: Verdict | undefined }): Verdict {
  return p.verdict ?? (p.unsure ? 'unsure' : 'confident');
}

/** A diagnosis as the phone makes it offline. `id` is a client-generated UUID: the idempotency key. */
export const PredictionInputSchema = z.strictObject({
  id: z.uuid(),
  modelVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  createdAt: z.iso.datetime(),
  top5: Top5Schema,
  /** True unless the verdict is confident (kept for apps older than `verdict`). */
  unsure: z.boolean(),
  verdict: z.optional(VerdictSchema),
  /** The crop the farmer said the leaf is from; null or absent means "not sure". */
  crop: z.optional(z.nullable(CropIdSchema)),
  photoCount: z._default(z.int().check(z.gte(1), z.lte(MAX_PHOTOS_PER_PREDICTION)), 1),
  /** Each photo's own most likely class under the record's crop, in photo order (null: the model has
   *  none for that crop). Sent with records of several leaves, so every phone can show the per-leaf list. */
  leaves: z.optional(z.array(z.nullable(TopPredictionSchema)).check(z.maxLength(MAX_PHOTOS_PER_PREDICTION))),
  /** Bumped by each change on the phone before sync (another leaf, another crop): the server keeps the
   *  highest revision it was sent, so a resend or an older copy changes nothing. */
  revision: z._default(z.int().check(z.gte(0), z.lte(1_000_000)), 0),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
  ...FieldDetailsSchema.shape,
});
export type PredictionInput = z.input<typeof PredictionInputSchema>;
export type Prediction = z.output<typeof PredictionInputSchema>;

/** A prediction as the server holds it. */
export const PredictionRecordSchema = z.extend(PredictionInputSchema, {
  syncedAt: z.iso.datetime(),
  /** The server's count of note changes after sync; a phone edits from the revision it last saw. */
  noteRevision: z._default(z.int().check(z.gte(0)), 0),
  /** Indexes (0-based) of the photos the server has received. */
  uploadedPhotos: z.array(z.int().check(z.gte(0))),
});
export type PredictionRecord = z.infer<typeof PredictionRecordSchema>;
