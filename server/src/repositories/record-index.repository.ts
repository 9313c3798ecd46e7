import type { Collection, Db } from 'mongodb';
import { KeyedMutex } from '../lib/keyed-mutex.ts';
import { isDuplicateKey } from '../lib/mongo-errors.ts';

/** One record in its owner's index: when it was made and last changed (change feed). */
export interface IndexEntry {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

/** An entry as read back, with when the server first logged the record (history order) and whether the
 *  account deleted it (`updatedAt` is then the time of the delete). */
export interface FoldedEntry extends IndexEntry {
  receivedAt: Date;
  deleted: boolean;
}

/**
 * One document per user listing that user's records as a log of `{i: id, c: made, u: changed}`, appended
 * with `$push` (atomic on MongoDB, so API instances cannot lose each other's entries) and folded on read
 * (the latest change of each id wins). History pages and the change feed read it with one `_id` lookup and
 * then fetch each record by `_id`, so their cost follows the user's own records, never the collection's
 * size. Why a log and not a map keyed by record id: FerretDB v1 decodes a document with thousands of keys
 * in quadratic time (a 10,000-key map took 13 s to read) and an array of small documents in linear time;
 * and a compare-and-set on `{_id, version}` is not an `_id`-only filter, which FerretDB runs by decoding
 * every document of the collection. ≈ 70 bytes an entry: 200,000 changes per user fit in MongoDB's 16 MB.
 */
interface RecordIndexDoc {
  _id: string;
  /** `d`: a tombstone, the record was deleted at `u` (kept so every phone hears of it and no resend revives it). */
  log: { i: string; c: Date; u: Date; d?: true }[];
}

/** A marker document (no user id starts with '#'): the index was built from the collection once. */
const BUILT = '#built';

export class RecordIndexRepository {
  private readonly index: Collection<RecordIndexDoc>;
  /** Queues one user's index writes in this process (FerretDB applies `$push` by rewriting the document). */
  private readonly perUser = new KeyedMutex();

  constructor(db: Db) {
    this.index = db.collection<RecordIndexDoc>('record_index');
  }

  async entries(userId: string, signal?: AbortSignal): Promise<FoldedEntry[]> {
    const doc = await this.index.findOne({ _id: userId }, { signal });
    return doc === null ? [] : fold(doc);
  }

  /**
   * Adds or replaces these entries. `onlyIfMissing` entries are added only when the index lacks them: a
   * record resent unchanged repairs an index that a crash left without it, and changes nothing else.
   */
  put(userId: string, entries: IndexEntry[], onlyIfMissing: IndexEntry[] = []): Promise<void> {
    if (entries.length === 0 && onlyIfMissing.length === 0) return Promise.resolve();
    return this.perUser.run(userId, async () => {
      let missing: IndexEntry[] = [];
      if (onlyIfMissing.length > 0) {
        const known = new Set((await this.entries(userId)).map((e) => e.id));
        missing = onlyIfMissing.filter((e) => !known.has(e.id));
      }
      const log = [...missing, ...entries].map((e) => ({ i: e.id, c: e.createdAt, u: e.updatedAt }));
      await this.#appendNow(userId, log);
    });
  }

  async #appendNow(userId: string, log: RecordIndexDoc['log']): Promise<void> {
    if (log.length === 0) return;
    for (;;) {
      try {
        await this.index.updateOne({ _id: userId }, { $push: { log: { $each: log } } }, { upsert: true });
        return;
      } catch (err) {
        // Two first writes racing to create the document: one wins, the other appends on retry.
        if (!isDuplicateKey(err)) throw err;
      }
    }
  }

  /** Logs the deletion of these records: from now on they are gone from history and the feed says so. */
  putTombstones(userId: string, entries: IndexEntry[]): Promise<void> {
    const log = entries.map((e) => ({ i: e.id, c: e.createdAt, u: e.updatedAt, d: true as const }));
    return this.perUser.run(userId, () => this.#appendNow(userId, log));
  }

  /** The whole index of a user (account erasure). */
  async drop(userId: string): Promise<void> {
    await this.index.deleteOne({ _id: userId });
  }

  /** Whether the index was built from the collection (migrate() in the prediction repository). */
  async isBuilt(): Promise<boolean> {
    return (await this.index.findOne({ _id: BUILT })) !== null;
  }

  async markBuilt(): Promise<void> {
    await this.index.updateOne({ _id: BUILT }, { $set: { log: [] } }, { upsert: true });
  }
}

/**
 * The log as one entry per record: received at its first change (a record's first entry is its storing),
 * made when first logged, changed at its latest change. A delete is final: once a tombstone is logged the
 * record stays deleted, changed at its first tombstone, whatever was logged for it after.
 */
function fold(doc: RecordIndexDoc): FoldedEntry[] {
  const byId = new Map<string, FoldedEntry>();
  for (const { i: id, c: createdAt, u: updatedAt, d } of doc.log) {
    const deleted = d === true;
    const known = byId.get(id);
    if (known === undefined) byId.set(id, { id, createdAt, updatedAt, receivedAt: updatedAt, deleted });
    else if (known.deleted) continue;
    else if (deleted) Object.assign(known, { updatedAt, deleted });
    else if (updatedAt > known.updatedAt) known.updatedAt = updatedAt;
  }
  return [...byId.values()];
}
