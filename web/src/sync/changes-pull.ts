import type { PhytoDb } from '../db/schema.ts';
import { dropDeletedRecords } from '../db/deletion.ts';
import { applyServerRecords } from '../db/predictions.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import type { ApiClient } from './api-client.ts';

/**
 * Reads the account's change feed from where this phone last stopped: records and notes made or changed on
 * other devices arrive, records deleted on them go, a first sign-in on a new phone brings the whole history. The cursor is saved after
 * every page, so an interrupted pull resumes. Returns how many records were added or changed.
 */
export async function pullChanges(
  db: PhytoDb,
  api: ApiClient,
  owner: string,
  stillSignedIn: () => boolean = () => true,
  pageSize?: number,
): Promise<number> {
  const key = `pullCursor:${owner}` as const;
  let cursor = (await getMeta(db, key)) ?? '';
  let changed = 0;
  for (;;) {
    const page = await api.changes(cursor, pageSize);
    // Another account signed in while this page was on its way: it is not theirs to keep.
    if (!stillSignedIn()) return changed;
    changed += await applyServerRecords(db, page.items, owner);
    changed += await dropDeletedRecords(db, page.deleted, owner);
    cursor = page.next;
    await setMeta(db, key, cursor);
    if (!page.more) return changed;
  }
}
