import { z } from 'zod';
import { CropIdSchema } from './crops.ts';

export const TOP_K = 5;
export const MAX_PHOTOS_PER_PREDICTION = 6;

export const TopPredictionSchema = z.object({
  classId: z.string().min(1).max(80),
  confidence: z.number().min(0).max(1),
});
export type TopPrediction = z.infer<typeof TopPredictionSchema>;

export const LocationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  accuracyM: z.number().nonnegative().optional(),
});

/** A diagnosis as the phone makes it offline. `id` is a client-generated UUID: the idempotency key. */
export const PredictionInputSchema = z
  .object({
    id: z.uuid(),
    modelVersion: z.string().min(1).max(64),
    createdAt: z.iso.datetime(),
    top5: z.array(TopPredictionSchema).min(1).max(TOP_K),
    unsure: z.boolean(),
    /** The crop the farmer said the leaf is from; null or absent means "not sure". */
    crop: CropIdSchema.nullable().optional(),
    photoCount: z.int().min(1).max(MAX_PHOTOS_PER_PREDICTION).default(1),
    note: z.string().max(2000).optional(),
    location: LocationSchema.optional(),
  })
  .strict();
export type PredictionInput = z.input<typeof PredictionInputSchema>;
export type Prediction = z.output<typeof PredictionInputSchema>;

/** A prediction as the server holds it. */
export const PredictionRecordSchema = PredictionInputSchema.extend({
  syncedAt: z.iso.datetime(),
  /** Indexes (0-based) of the photos the server has received. */
  uploadedPhotos: z.array(z.int().min(0)),
});
export type PredictionRecord = z.infer<typeof PredictionRecordSchema>;
