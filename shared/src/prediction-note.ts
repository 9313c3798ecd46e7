import * as z from 'zod/mini';
import { NOTE_MAX_LENGTH } from './prediction.ts';

/**
 * A note written or changed after its record was synced. `editedAt` (the phone's clock at the edit) orders
 * edits from several phones and resends: the server keeps the newest, so sending one twice is harmless.
 */
export const PredictionNoteBodySchema = z.strictObject({
  note: z.string().check(z.maxLength(NOTE_MAX_LENGTH)),
  editedAt: z.iso.datetime(),
});
export type PredictionNoteBody = z.infer<typeof PredictionNoteBodySchema>;
