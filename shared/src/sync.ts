import { z } from 'zod';

export const SYNC_BATCH_MAX = 100;

/** Records are validated one by one on the server, so that one bad record cannot sink the batch. */
export const SyncPushBodySchema = z
  .object({ records: z.array(z.unknown()).min(1).max(SYNC_BATCH_MAX) })
  .strict();
export type SyncPushBody = z.infer<typeof SyncPushBodySchema>;

/** `stored` both the first time and on every retry: the same batch always gets the same answer. */
export const SyncRecordResultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('stored') }),
  z.object({ id: z.string().nullable(), index: z.int(), status: z.literal('rejected'), reason: z.string() }),
]);
export type SyncRecordResult = z.infer<typeof SyncRecordResultSchema>;

export const SyncPushReplySchema = z.object({ results: z.array(SyncRecordResultSchema) });
export type SyncPushReply = z.infer<typeof SyncPushReplySchema>;
