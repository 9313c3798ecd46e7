import * as z from 'zod/mini';
import { PredictionRecordSchema } from './prediction.ts';

export const HISTORY_PAGE_MAX = 100;

/**
 * Where a history page ended: `<received ms>_<made ms>_<record id>` of its last record, in the list's order.
 * Opaque to clients: pass the `next` of one page as `after` to get the following one.
 */
export const HistoryCursorSchema = z.string().check(z.regex(/^\d{1,15}_\d{1,15}_[0-9a-f-]{1,36}$/));

export const HistoryQuerySchema = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100_000)), 1),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(HISTORY_PAGE_MAX)), 20),
  /** The page after this cursor (then `page` is not read): never repeats or skips a record, whatever arrives. */
  after: z.optional(HistoryCursorSchema),
  /** For `page`: the snapshot page 1 was read at (its reply's `asOf`); records received later are left out. */
  asOf: z.optional(z.iso.datetime()),
});
export type HistoryQuery = z.infer<typeof HistoryQuerySchema>;

/** Newest first by the server's time of receipt. */
export const HistoryPageSchema = z.object({
  items: z.array(PredictionRecordSchema),
  page: z.int(),
  limit: z.int(),
  /** Records in the list paged (with `asOf`: those received by then). */
  total: z.int(),
  /** Pass as `after` for the following page; null on the last page. */
  next: z.nullable(HistoryCursorSchema),
  /** The snapshot this page was read at: pass it back with `page` so offsets do not shift. */
  asOf: z.iso.datetime(),
});
export type HistoryPage = z.infer<typeof HistoryPageSchema>;
