import * as z from 'zod/mini';

/** The answer to deleting a record: also when it was already deleted (a resend changes nothing). */
export const PredictionDeletedReplySchema = z.object({ id: z.string(), deleted: z.literal(true) });
export type PredictionDeletedReply = z.infer<typeof PredictionDeletedReplySchema>;
