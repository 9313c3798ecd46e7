import * as z from 'zod/mini';
import { PredictionRecordSchema } from './prediction.ts';

export const HISTORY_PAGE_MAX = 100;

export const HistoryQuerySchema = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100_000)), 1),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(HISTORY_PAGE_MAX)), 20),
});
export type HistoryQuery = z.infer<typeof HistoryQuerySchema>;

/** Newest first. */
export const HistoryPageSchema = z.object({
  items: z.array(PredictionRecordSchema),
  page: z.int(),
  limit: z.int(),
  total: z.int(),
});
export type HistoryPage = z.infer<typeof HistoryPageSchema>;
