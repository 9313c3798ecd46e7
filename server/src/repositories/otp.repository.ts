import type { Collection, Db } from 'mongodb';
import { isDuplicateKey } from '../lib/mongo-errors.ts';

export type OtpPurpose = 'signup' | 'signin';

/**
 * One document per phone number. It outlives each code so that the send window survives a new code;
 * `purgeAt` says when nothing in it matters any more.
 */
export interface OtpDoc {
  _id: string;
  purpose: OtpPurpose;
  /** HMAC-SHA256 of purpose, phone and code; null once used or burnt. The code itself is never stored. */
  codeHash: string | null;
  expiresAt: Date;
  lastSentAt: Date;
  windowStart: Date;
  sendsInWindow: number;
  /** Codes sent in the window per requester (a keyed hash of the client address, never the address). */
  sendsByClient: Record<string, number>;
  /** Wrong guesses at the current code, in all and per guesser; both start again with a new code. */
  failures: number;
  failuresByClient: Record<string, number>;
  purgeAt: Date;
  /** Optimistic concurrency: every write must match the version it read (no transactions on FerretDB). */
  version: number;
}

export class OtpRepository {
  private readonly otps: Collection<OtpDoc>;

  constructor(db: Db) {
    this.otps = db.collection<OtpDoc>('otps');
  }

  find(phone: string): Promise<OtpDoc | null> {
    return this.otps.findOne({ _id: phone });
  }

  /**
   * Writes `next` if the stored document is still at `expectedVersion` (null: absent). Returns false
   * when another request got there first; the caller re-reads and decides again.
   */
  async save(next: OtpDoc, expectedVersion: number | null): Promise<boolean> {
    if (expectedVersion === null) {
      try {
        await this.otps.insertOne(next);
        return true;
      } catch (err) {
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    }
    const { _id, ...fields } = next;
    const result = await this.otps.updateOne({ _id, version: expectedVersion }, { $set: fields });
    return result.modifiedCount === 1;
  }

  /** Storage hygiene only: every read already ignores documents past `purgeAt`. */
  async deletePurgeable(now: Date): Promise<number> {
    const result = await this.otps.deleteMany({ purgeAt: { $lte: now } });
    return result.deletedCount;
  }
}
