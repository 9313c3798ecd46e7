import { Dexie } from 'dexie';
import { removeLocalCopies } from './deletion.ts';
import type { PhytoDb } from './schema.ts';

/**
 * Shared phones: moving records between owners, and removing an account's records at sign-out. Each runs
 * in one transaction over the records, their photos and their outbox entries, so nothing is half moved.
 */

/** How many records `owner` holds on this phone, and how many of them the server does not have yet. */
export async function countOwned(db: PhytoDb, owner: string): Promise<{ total: number; unsynced: number }> {
  const records = await db.predictions
    .where('[owner+syncState]')
    .between([owner, Dexie.minKey], [owner, Dexie.maxKey])
    .toArray();
  return { total: records.length, unsynced: records.filter((p) => p.syncState !== 'synced').length };
}

/** Gives every record of `from` (e.g. made signed out) to `to`; their queued work follows them. */
export async function transferRecords(db: PhytoDb, from: string, to: string): Promise<number> {
  return db.transaction('rw', [db.predictions, db.outbox], async () => {
    const moved = await db.predictions
      .where('[owner+createdAt]')
      .between([from, Dexie.minKey], [from, Dexie.maxKey])
      .modify({ owner: to });
    await db.outbox
      .where('[owner+kind]')
      .between([from, Dexie.minKey], [from, Dexie.maxKey])
      .modify({ owner: to });
    return moved;
  });
}

/**
 * Deletes every record of `owner` from this phone, with its photos and queued work. Deletes the farmer made
 * stay queued for their next sign-in (`keepDeletes`), else those records would come back from the server;
 * an erased account has nothing left to tell.
 */
export async function removeRecords(db: PhytoDb, owner: string, { keepDeletes = true } = {}): Promise<void> {
  await db.transaction('rw', [db.predictions, db.photos, db.remotePhotos, db.outbox], async () => {
    const ids = await db.predictions
      .where('[owner+createdAt]')
      .between([owner, Dexie.minKey], [owner, Dexie.maxKey])
      .primaryKeys();
    await removeLocalCopies(db, ids);
    await db.outbox
      .where('[owner+kind]')
      .between([owner, Dexie.minKey], [owner, Dexie.maxKey])
      .filter((e) => !(keepDeletes && e.kind === 'delete'))
      .delete();
  });
}

/** An erased account: its records, its queued work (deletes too: nothing is left to tell) and its cursor. */
export async function forgetAccount(db: PhytoDb, owner: string): Promise<void> {
  await removeRecords(db, owner, { keepDeletes: false });
  await db.meta.delete(`pullCursor:${owner}`);
}
