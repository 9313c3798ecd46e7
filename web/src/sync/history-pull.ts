import { HISTORY_PAGE_MAX } from '@phyto/shared';
import type { PhytoDb } from '../db/schema.ts';
import { importServerRecords } from '../db/predictions.ts';
import type { ApiClient } from './api-client.ts';

/**
 * Copies the account's (`owner`'s) server history into this phone's database, page by page (newest first), adding
 * only records it does not hold, so a phone that made them locally gets no duplicates. Returns how many
 * records were added.
 */
export async function pullHistory(
  db: PhytoDb,
  api: ApiClient,
  owner: string,
  pageSize = HISTORY_PAGE_MAX,
): Promise<number> {
  let added = 0;
  for (let page = 1; ; page++) {
    const reply = await api.history(page, pageSize);
    added += await importServerRecords(db, reply.items, owner);
    if (reply.items.length === 0 || page * reply.limit >= reply.total) return added;
  }
}
