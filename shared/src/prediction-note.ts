import * as z from 'zod/mini';
import { NOTE_MAX_LENGTH } from './prediction.ts';

/**
 * A note written or changed after its record was synced. `baseRevision` is the record's `noteRevision` the
 * phone last had when the farmer edited the note: the server replaces a note nobody else changed since,
 * and keeps both texts when another device did (no phone clock decides). Sending one twice is harmless.
 */
export const PredictionNoteBodySchema = z.strictObject({
  note: z.string().check(z.maxLength(NOTE_MAX_LENGTH)),
  baseRevision: z.int().check(z.gte(0), z.lte(1_000_000)),
});
export type PredictionNoteBody = z.infer<typeof PredictionNoteBodySchema>;
