import type { Collection, Db } from 'mongodb';
import { isDuplicateKey } from '../lib/mongo-errors.ts';

export type OtpPurpose = 'signup' | 'signin' | 'delete-account';

/**
 * One code sent, and the request that asked for it: only that requester learns `id`, and a guess must name
 * it, so people who did not ask for the code cannot burn it.
 */
export interface OtpChallenge {
  /** Random, 128 bits, hex: returned to the requester only. */
  id: string;
  purpose: OtpPurpose;
  /** HMAC-SHA256 of purpose, phone and code; null once used or burnt. The code itself is never stored. */
  codeHash: string | null;
  expiresAt: Date;
  /** Wrong guesses at this code, in all and per guesser (a keyed hash of the address). */
  failures: number;
  failuresByClient: Record<string, number>;
}

/**
 * One document per phone number: its live challenges (a new request adds one beside those pending) and its
 * send window, which outlives each code; `purgeAt` says when nothing in it matters any more.
 */
export interface OtpDoc {
  _id: string;
  /** Unexpired challenges, oldest first (expired ones are dropped at the next write). */
  challenges: OtpChallenge[];
  /** When each requester (`<purpose>:<client>`) was last sent a code: the resend cool-down is per requester. */
  lastSentAtByClient: Record<string, Date>;
  windowStart: Date;
  sendsInWindow: number;
  /** Codes sent in the window per requester (a keyed hash of the client address, never the address). */
  sendsByClient: Record<string, number>;
  purgeAt: Date;
  /** Optimistic concurrency: every write must match the version it read (no transactions on FerretDB). */
  version: number;
}

export class OtpRepository {
  private readonly otps: Collection<OtpDoc>;

  constructor(db: Db) {
    this.otps = db.collection<OtpDoc>('otps');
  }

  /** A document written before challenges (one code a number) reads as having none pending. */
  async find(phone: string): Promise<OtpDoc | null> {
    const doc = await this.otps.findOne({ _id: phone });
    return (
      doc && { ...doc, challenges: doc.challenges ?? [], lastSentAtByClient: doc.lastSentAtByClient ?? {} }
    );
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

  /** Everything kept about a number (account erasure). */
  async remove(phone: string): Promise<void> {
    await this.otps.deleteOne({ _id: phone });
  }

  /** Storage hygiene only: every read already ignores documents past `purgeAt`. */
  async deletePurgeable(now: Date): Promise<number> {
    const result = await this.otps.deleteMany({ purgeAt: { $lte: now } });
    return result.deletedCount;
  }
}
