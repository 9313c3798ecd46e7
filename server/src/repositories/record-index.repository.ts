import type { Collection, Db } from 'mongodb';
import { KeyedMutex } from '../lib/keyed-mutex.ts';

/** One record in its owner's index: when it was made (history order) and last changed (change feed). */
export interface IndexEntry {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * One document per user listing that user's records: `{_id: userId, records: {<clientId>: {c, u}}}`.
 * History pages and the change feed read it with one `_id` lookup and then fetch each record by `_id`, so
 * their cost follows the user's own records, never the collection's size: on FerretDB only `_id` filters
 * reach SQLite (everything else scans every document), and on MongoDB an `_id` lookup is the cheapest
 * plan there is. A document holds ≈ 60 bytes a record: about 250,000 records per user fit in 16 MB.
 */
interface RecordIndexDoc {
  _id: string;
  records: Record<string, { c: Date; u: Date }>;
}

/** A marker document (no user id starts with '#'): the index was built from the collection once. */
const BUILT = '#built';

export class RecordIndexRepository {
  private readonly index: Collection<RecordIndexDoc>;
  /** FerretDB applies `$set` by rewriting the document: one user's index writes must not overlap. */
  private readonly perUser = new KeyedMutex();

  constructor(db: Db) {
    this.index = db.collection<RecordIndexDoc>('record_index');
  }

  async entries(userId: string, signal?: AbortSignal): Promise<IndexEntry[]> {
    const doc = await this.index.findOne({ _id: userId }, { signal });
    return Object.entries(doc?.records ?? {}).map(([id, { c, u }]) => ({ id, createdAt: c, updatedAt: u }));
  }

  /**
   * Adds or replaces these entries. `onlyIfMissing` entries are added only when the index lacks them: a
   * record resent unchanged repairs an index that a crash left without it, and changes nothing else.
   */
  put(userId: string, entries: IndexEntry[], onlyIfMissing: IndexEntry[] = []): Promise<void> {
    if (entries.length === 0 && onlyIfMissing.length === 0) return Promise.resolve();
    return this.perUser.run(userId, async () => {
      const known = onlyIfMissing.length > 0 ? await this.index.findOne({ _id: userId }) : null;
      const missing = onlyIfMissing.filter((e) => known?.records[e.id] === undefined);
      const set: Record<string, { c: Date; u: Date }> = {};
      for (const e of [...missing, ...entries]) set[`records.${e.id}`] = { c: e.createdAt, u: e.updatedAt };
      if (Object.keys(set).length === 0) return;
      await this.index.updateOne({ _id: userId }, { $set: set }, { upsert: true });
    });
  }

  /** Whether the index was built from the collection (migrate() in the prediction repository). */
  async isBuilt(): Promise<boolean> {
    return (await this.index.findOne({ _id: BUILT })) !== null;
  }

  async markBuilt(): Promise<void> {
    await this.index.updateOne({ _id: BUILT }, { $set: { records: {} } }, { upsert: true });
  }
}
