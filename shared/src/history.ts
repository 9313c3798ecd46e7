import { z } from 'zod';
import { PredictionRecordSchema } from './prediction.ts';

export const HISTORY_PAGE_MAX = 100;

export const HistoryQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(HISTORY_PAGE_MAX).default(20),
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
