import * as z from 'zod/mini';
import { HISTORY_PAGE_MAX } from './history.ts';
import { PredictionRecordSchema } from './prediction.ts';

/**
 * Where a device stopped reading an account's changes: `<server ms>_<record id>` of the last change it
 * has, or '' for "from the start". Opaque to the app: it stores what the server gave it.
 */
export const ChangesCursorSchema = z.string().check(z.regex(/^(|\d{1,15}_[0-9a-f-]{0,36})$/));

export const ChangesQuerySchema = z.object({
  after: z._default(ChangesCursorSchema, ''),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(HISTORY_PAGE_MAX)), HISTORY_PAGE_MAX),
});
export type ChangesQuery = z.infer<typeof ChangesQuerySchema>;

/** Records changed (stored, revised, noted, photo added) after `after`, oldest change first. */
export const ChangesPageSchema = z.object({
  items: z.array(PredictionRecordSchema),
  /** Records deleted within this page's span of the feed (on any phone): each phone drops its copy. */
  deleted: z._default(z.array(z.string()), []),
  /** Pass as `after` next time; with `more`, at once. */
  next: ChangesCursorSchema,
  more: z.boolean(),
});
export type ChangesPage = z.infer<typeof ChangesPageSchema>;
