import * as z from 'zod/mini';

export const SYNC_BATCH_MAX = 100;

/** Records are validated one by one on the server, so that one bad record cannot sink the batch. */
export const SyncPushBodySchema = z.strictObject({
  records: z.array(z.unknown()).check(z.minLength(1), z.maxLength(SYNC_BATCH_MAX)),
});
export type SyncPushBody = z.infer<typeof SyncPushBodySchema>;

/**
 * `stored` both the first time and on every retry: the same batch always gets the same answer. `deleted`:
 * the account deleted this record (on any phone); a delete is final, so the phone drops its copy too.
 */
export const SyncRecordResultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('stored') }),
  z.object({ id: z.string(), status: z.literal('deleted') }),
  z.object({ id: z.nullable(z.string()), index: z.int(), status: z.literal('rejected'), reason: z.string() }),
]);
export type SyncRecordResult = z.infer<typeof SyncRecordResultSchema>;

/** `serverTime`: the server's clock when it answered, so a phone can correct a record refused for its date. */
export const SyncPushReplySchema = z.object({
  results: z.array(SyncRecordResultSchema),
  serverTime: z.iso.datetime(),
});
export type SyncPushReply = z.infer<typeof SyncPushReplySchema>;
