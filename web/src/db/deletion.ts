import { NO_OWNER, type PhytoDb } from './schema.ts';
import type { StoredPrediction } from './predictions.ts';
import type { StoredPhoto } from './photos.ts';
import type { RemotePhoto } from './remote-photos.ts';
import { deleteEntry, deleteKey, type OutboxEntry } from './outbox.ts';

/** How long "Undo" is offered after a delete; the server hears of it only after that. */
export const UNDO_DELETE_MS = 6_000;

/** Everything a delete removed from this phone, kept in memory while "Undo" is offered. */
export interface DeletedRecord {
  prediction: StoredPrediction;
  photos: StoredPhoto[];
  remotePhotos: RemotePhoto[];
  outbox: OutboxEntry[];
}

const TABLES = (db: PhytoDb) => [db.predictions, db.photos, db.remotePhotos, db.outbox];

/**
 * Deletes a diagnosis from this phone at once (lists and counts never show it again) and, for a record of an
 * account, queues its delete for the server, due once the undo time is over. Queued for every account
 * record, synced or not: a push may be on its way, and the server answers a record it never had with a
 * harmless 404. Returns what was removed, for `restoreDeleted`.
 */
export async function deletePrediction(db: PhytoDb, id: string, now: number): Promise<DeletedRecord> {
  return db.transaction('rw', TABLES(db), async () => {
    const prediction = await db.predictions.get(id);
    if (prediction === undefined) throw new Error('errors.notFound');
    const removed: DeletedRecord = {
      prediction,
      photos: await db.photos.where('predictionId').equals(id).toArray(),
      remotePhotos: await db.remotePhotos.where('predictionId').equals(id).toArray(),
      outbox: await db.outbox.where('predictionId').equals(id).toArray(),
    };
    await removeLocalCopies(db, [id]);
    if (prediction.owner !== NO_OWNER)
      await db.outbox.put(
        deleteEntry(id, prediction.owner, new Date(now).toISOString(), now + UNDO_DELETE_MS),
      );
    return removed;
  });
}

/** "Undo": puts the record back as it was, with its queued work, and forgets the delete. */
export async function restoreDeleted(db: PhytoDb, deleted: DeletedRecord): Promise<void> {
  await db.transaction('rw', TABLES(db), async () => {
    await db.outbox.delete(deleteKey(deleted.prediction.id));
    await db.predictions.put(deleted.prediction);
    await db.photos.bulkPut(deleted.photos);
    await db.remotePhotos.bulkPut(deleted.remotePhotos);
    await db.outbox.bulkPut(deleted.outbox);
  });
}

/**
 * Drops records the account deleted (on another phone, or answered `deleted` by the server): the record,
 * its photos and every queued change, a waiting delete included. Only `owner`'s records are touched.
 */
export async function dropDeletedRecords(db: PhytoDb, ids: string[], owner: string): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction('rw', TABLES(db), async () => {
    const held = (await db.predictions.bulkGet(ids)).flatMap((p) => (p?.owner === owner ? [p.id] : []));
    await removeLocalCopies(db, held);
    await db.outbox.bulkDelete(ids.map(deleteKey));
    return held.length;
  });
}

/** The records, their photos (own and fetched) and their queued work; call inside a transaction. */
export async function removeLocalCopies(db: PhytoDb, ids: string[]): Promise<void> {
  await db.photos.where('predictionId').anyOf(ids).delete();
  await db.remotePhotos.where('predictionId').anyOf(ids).delete();
  await db.outbox.where('predictionId').anyOf(ids).delete();
  await db.predictions.bulkDelete(ids);
}
