import type { Collection, Db } from 'mongodb';
import { isDuplicateKey } from '../lib/mongo-errors.ts';

/** One fixed window of one limit for one key (e.g. code requests from one address). */
export interface RateWindowDoc {
  /** `${key}:${window start in ms}`: every hit is an `_id` lookup, fast on FerretDB too. */
  _id: string;
  count: number;
  purgeAt: Date;
}

/**
 * Request counters in the database, so that every API instance behind the load balancer counts into
 * the same window. `$inc` on an upsert is atomic on MongoDB and on FerretDB.
 */
export class RateLimitRepository {
  private readonly windows: Collection<RateWindowDoc>;

  constructor(db: Db) {
    this.windows = db.collection<RateWindowDoc>('rate_limits');
  }

  /** Counts one hit in the window and returns the count including it. */
  async hit(id: string, purgeAt: Date): Promise<number> {
    for (;;) {
      try {
        const doc = await this.windows.findOneAndUpdate(
          { _id: id },
          { $inc: { count: 1 }, $setOnInsert: { purgeAt } },
          { upsert: true, returnDocument: 'after' },
        );
        return doc?.count ?? 1;
      } catch (err) {
        // Two first hits racing to create the window: one wins, the other counts into it on retry.
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
