import type { Collection, Db } from 'mongodb';
import { isDuplicateKey } from '../lib/mongo-errors.ts';

/**
 * One fixed window of one limit for one key (e.g. code requests from one address): a counter document
 * `${key}:${window start}` and one slot document `${key}:${window start}#${n}` per request let through.
 */
export interface RateWindowDoc {
  _id: string;
  count?: number;
  purgeAt: Date;
}

/**
 * Request counters in the database, so that every API instance behind the load balancer counts into the
 * same window. A request is let through only by *inserting* a numbered slot, 1..max: a unique `_id` cannot
 * be inserted twice on any server, so the limit stays exact even where an `$inc` could be lost (FerretDB
 * without the launcher's write gate). The counter only says where to start looking (exactly the free slot
 * where increments are atomic).
 */
export class RateLimitRepository {
  private readonly windows: Collection<RateWindowDoc>;

  constructor(db: Db) {
    this.windows = db.collection<RateWindowDoc>('rate_limits');
  }

  /** Claims one of the window's `max` slots; false when they are all taken. */
  async claim(id: string, max: number, purgeAt: Date): Promise<boolean> {
    for (let slot = await this.#count(id, purgeAt); slot <= max; slot++) {
      try {
        await this.windows.insertOne({ _id: `${id}#${slot}`, purgeAt });
        return true;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
    return false;
  }

  async #count(id: string, purgeAt: Date): Promise<number> {
    for (;;) {
      try {
        const doc = await this.windows.findOneAndUpdate(
          { _id: id },
          { $inc: { count: 1 }, $setOnInsert: { purgeAt } },
          { upsert: true, returnDocument: 'after' },
        );
        return doc?.count ?? 1;
      } catch (err) {
        // Two first hits racing to create the counter: one wins, the other counts into it on retry.
        if (!isDuplicateKey(err)) throw err;
      }
    }
  }

  /** Storage hygiene where there is no TTL index (FerretDB); nothing reads expired windows. */
  async deletePurgeable(now: Date): Promise<number> {
    const result = await this.windows.deleteMany({ purgeAt: { $lte: now } });
    return result.deletedCount;
  }
}
