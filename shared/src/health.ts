import * as z from 'zod/mini';

export const HealthReplySchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['up', 'down']),
  version: z.string(),
});
export type HealthReply = z.infer<typeof HealthReplySchema>;
