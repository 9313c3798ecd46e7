import { MongoBulkWriteError, type Collection, type Db } from 'mongodb';
import { presentDetails, type FieldDetails, type Location } from '@phyto/shared/field-details';
import type { Prediction } from '@phyto/shared/prediction';
import { DUPLICATE_KEY } from '../lib/mongo-errors.ts';
import type { FoldedEntry, IndexEntry, RecordIndexRepository } from './record-index.repository.ts';

export interface PhotoMeta {
  /** Server-made file name inside the upload directory. */
  file: string;
  mime: 'image/jpeg' | 'image/png';
  bytes: number;
  width: number;
  height: number;
  uploadedAt: Date;
}

export interface PredictionDoc {
  /** `${userId}:${clientId}`: FerretDB only pushes exact `_id` filters down, and it is the idempotency key. */
  _id: string;
  userId: string;
  clientId: string;
  modelVersion: string;
  createdAt: Date;
  top5: Prediction['top5'];
  unsure: boolean;
  verdict?: Prediction['verdict'];
  crop?: Prediction['crop'];
  photoCount: number;
  /** Each photo's own answer (records of several leaves from apps that send it). */
  leaves?: Prediction['leaves'];
  /** Absent on documents stored before revisions: revision 0. */
  revision?: number;
  note?: string;
  /** Bumped by each change of the note after sync (absent: 0, the note as sent with the record). */
  noteRevision?: number;
  /** Whose field (optional): the farmer's name, the place, and where, to ≈ 100 m. */
  farmer?: string;
  place?: string;
  location?: Location;
  syncedAt: Date;
  /** Server time of the last change (stored, revised, noted, photo added): the order of the change feed. */
  updatedAt: Date;
  uploadedPhotos: number[];
  /** Keyed by photo index as a string. */
  photos: Record<string, PhotoMeta>;
}

/** One change of the feed: a record stored or changed, or a record the account deleted. */
export type Change = { kind: 'stored'; doc: PredictionDoc } | { kind: 'deleted'; id: string; at: Date };

/** What a note edit does to the stored note (services/note-merge.ts decides). */
export type NoteDecision = { kind: 'unchanged' } | { kind: 'write'; note: string } | { kind: 'too-long' };

/** What became of a note edit: saved (possibly beside another device's edit), or too long once merged. */
export type NoteOutcome =
  { kind: 'saved'; doc: PredictionDoc } | { kind: 'too-long'; doc: PredictionDoc } | { kind: 'absent' };

/** A place in one user's change feed: the last change's time and its record. */
export interface ChangePosition {
  at: Date;
  id: string;
}

/** A record's place in the history list: newest received first, then newest made, then by id. */
export interface HistoryPosition {
  receivedAt: Date;
  createdAt: Date;
  id: string;
}

/** Where a history page starts: after a position (cursor) or at an offset, within the records received by
 *  `asOf` when given (a snapshot, so offsets do not shift as records arrive). */
export type HistoryStart = ({ after: HistoryPosition } | { skip: number }) & { asOf?: Date };

function compareHistory(a: HistoryPosition, b: HistoryPosition): number {
  return (
    b.receivedAt.getTime() - a.receivedAt.getTime() ||
    b.createdAt.getTime() - a.createdAt.getTime() ||
    (b.id < a.id ? -1 : b.id > a.id ? 1 : 0)
  );
}

/** A list read that takes longer than this is stopped by the database (it would be abandoned anyway). */
const READ_MAX_MS = 15_000;

function indexEntry(doc: PredictionDoc): IndexEntry {
  return { id: doc.clientId, createdAt: doc.createdAt, updatedAt: doc.updatedAt };
}

/** Change-feed order: by time of the last change, then by record id. */
function compareChange(
  a: Pick<IndexEntry, 'id' | 'updatedAt'>,
  b: Pick<IndexEntry, 'id' | 'updatedAt'>,
): number {
  return a.updatedAt.getTime() - b.updatedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function predictionKey(userId: string, clientId: string): string {
  return `${userId}:${clientId}`;
}

export class PredictionRepository {
  private readonly predictions: Collection<PredictionDoc>;

  constructor(
    db: Db,
    private readonly index: RecordIndexRepository,
  ) {
    this.predictions = db.collection<PredictionDoc>('predictions');
  }

  /**
   * Inserts every document that is not stored yet. A duplicate key means an earlier or concurrent send
   * already stored it, which is success; any other failure is thrown so the client retries the batch.
   * A duplicate with a higher revision (the farmer changed the diagnosis meanwhile) replaces the stored
   * diagnosis; a resend or an older revision changes nothing.
   */
  async insertIdempotent(userId: string, docs: PredictionDoc[]): Promise<void> {
    if (docs.length === 0) return;
    let duplicates: PredictionDoc[] = [];
    try {
      await this.predictions.insertMany(docs, { ordered: false });
    } catch (err) {
      if (!(err instanceof MongoBulkWriteError)) throw err;
      const writeErrors = isList(err.writeErrors) ? err.writeErrors : [err.writeErrors];
      if (writeErrors.length === 0 || writeErrors.some((e) => e.code !== DUPLICATE_KEY)) throw err;
      duplicates = writeErrors.map((e) => docs[e.index]).filter((d): d is PredictionDoc => d !== undefined);
    }
    const revised: PredictionDoc[] = [];
    const resent: PredictionDoc[] = [];
    for (const doc of duplicates) ((await this.#keepNewestRevision(doc)) ? revised : resent).push(doc);
    // The records first, then their index: a crash in between leaves records the index lacks, which the
    // client's resend of the unanswered batch adds (resent entries are added where missing).
    const inserted = docs.filter((d) => !duplicates.includes(d));
    await this.index.put(userId, [...inserted, ...revised].map(indexEntry), resent.map(indexEntry));
  }

  /** True when the stored copy was older and is now replaced by `doc`. */
  async #keepNewestRevision(doc: PredictionDoc): Promise<boolean> {
    const revision = doc.revision ?? 0;
    if (revision === 0) return false; // nothing is older than a first revision
    const { modelVersion, top5, unsure, verdict, crop, photoCount, leaves, updatedAt } = doc;
    const result = await this.predictions.updateOne(
      { _id: doc._id, $or: [{ revision: { $exists: false } }, { revision: { $lt: revision } }] },
      {
        $set: {
          modelVersion,
          top5,
          unsure,
          photoCount,
          revision,
          updatedAt,
          ...(verdict && { verdict }),
          ...(crop !== undefined && { crop }),
          ...(leaves !== undefined && { leaves }),
        },
      },
    );
    return result.modifiedCount === 1;
  }

  findOne(userId: string, clientId: string): Promise<PredictionDoc | null> {
    return this.predictions.findOne({ _id: predictionKey(userId, clientId) });
  }

  /**
   * One page of the user's records and how many there are (the index, then `_id` reads). Newest first by
   * the server's time of receipt, then by the phone's time of making (one batch arrives at once): a
   * phone's clock can never pin a record to the top. Records arriving meanwhile go to the head of the list,
   * so a page read after a position never repeats or skips one; `last` is this page's last position.
   */
  async historyPage(
    userId: string,
    start: HistoryStart,
    limit: number,
    signal?: AbortSignal,
  ): Promise<{ docs: PredictionDoc[]; total: number; last: HistoryPosition | null; more: boolean }> {
    const entries = await this.#historyEntries(userId, start.asOf, signal);
    const from = 'after' in start ? entries.findIndex((e) => compareHistory(e, start.after) > 0) : start.skip;
    const page = from < 0 ? [] : entries.slice(from, from + limit);
    return {
      docs: await this.#byId(userId, page, signal),
      total: entries.length,
      last: page.at(-1) ?? null,
      more: from >= 0 && from + limit < entries.length,
    };
  }

  /** Every record of the user in history order (newest received first), `chunk` documents at a time. */
  async *inHistoryOrder(
    userId: string,
    chunk: number,
    signal?: AbortSignal,
  ): AsyncGenerator<PredictionDoc[]> {
    const entries = await this.#historyEntries(userId, undefined, signal);
    for (let at = 0; at < entries.length; at += chunk)
      yield await this.#byId(userId, entries.slice(at, at + chunk), signal);
  }

  /** The user's live records (received by `asOf` when given) in history order, from the index. */
  async #historyEntries(
    userId: string,
    asOf: Date | undefined,
    signal?: AbortSignal,
  ): Promise<FoldedEntry[]> {
    return (await this.index.entries(userId, signal))
      .filter((e) => !e.deleted && (asOf === undefined || e.receivedAt <= asOf))
      .sort(compareHistory);
  }

  /** The user's records changed or deleted after `after` (exclusive), oldest change first. */
  async findChanges(
    userId: string,
    after: ChangePosition | null,
    limit: number,
    signal?: AbortSignal,
  ): Promise<Change[]> {
    const from = after && { id: after.id, updatedAt: after.at };
    const entries = (await this.index.entries(userId, signal))
      .filter((e) => from === null || compareChange(e, from) > 0)
      .sort(compareChange)
      .slice(0, limit);
    const docs = new Map(
      (
        await this.#byId(
          userId,
          entries.filter((e) => !e.deleted),
          signal,
        )
      ).map((d) => [d.clientId, d]),
    );
    return entries.flatMap((e): Change[] => {
      if (e.deleted) return [{ kind: 'deleted', id: e.id, at: e.updatedAt }];
      const doc = docs.get(e.id);
      return doc === undefined ? [] : [{ kind: 'stored', doc }];
    });
  }

  /** Which of these records the user deleted: a delete is final, so a resend must not store them again. */
  async deletedAmong(userId: string, clientIds: string[]): Promise<Set<string>> {
    if (clientIds.length === 0) return new Set();
    const wanted = new Set(clientIds);
    const entries = await this.index.entries(userId);
    return new Set(entries.filter((e) => e.deleted && wanted.has(e.id)).map((e) => e.id));
  }

  /**
   * Logs the record's deletion first (from then on history, the change feed and sync treat it as gone),
   * and returns the stored document, whose photos and document the caller removes next; a crash in between
   * is finished by the next delete of the same record. 'unknown': the user never had this record.
   */
  async markDeleted(userId: string, clientId: string, at: Date): Promise<PredictionDoc | null | 'unknown'> {
    const doc = await this.findOne(userId, clientId);
    const entry = (await this.index.entries(userId)).find((e) => e.id === clientId);
    if (doc === null && entry === undefined) return 'unknown';
    if (entry?.deleted !== true)
      await this.index.putTombstones(userId, [
        { id: clientId, createdAt: doc?.createdAt ?? entry?.createdAt ?? at, updatedAt: at },
      ]);
    return doc;
  }

  /** Removes the document; returns it as it was last (a photo may have been added since it was read). */
  removeDoc(userId: string, clientId: string): Promise<PredictionDoc | null> {
    return this.predictions.findOneAndDelete({ _id: predictionKey(userId, clientId) });
  }

  /** Every record document of the user (account erasure: a scan, whatever the index says). */
  ofUser(userId: string): AsyncIterable<PredictionDoc> {
    return this.predictions.find({ userId });
  }

  /** The user's index, tombstones and all (account erasure, after the records). */
  dropIndex(userId: string): Promise<void> {
    return this.index.drop(userId);
  }

  /** The records of these entries, in their order; one the index names but the collection lacks is left out. */
  async #byId(userId: string, entries: IndexEntry[], signal?: AbortSignal): Promise<PredictionDoc[]> {
    const docs = await Promise.all(
      entries.map((e) =>
        this.predictions.findOne({ _id: predictionKey(userId, e.id) }, { signal, maxTimeMS: READ_MAX_MS }),
      ),
    );
    return docs.filter((d): d is PredictionDoc => d !== null);
  }

  /**
   * At start-up, once: records stored before the change feed get their sync time as their last change,
   * and the per-user index is built from the collection (full scans; rerun whole if interrupted). Once the
   * index is marked built this is one `_id` read: every later write sets both.
   */
  async migrate(): Promise<void> {
    if (await this.index.isBuilt()) return;
    for await (const doc of this.predictions.find(
      { updatedAt: { $exists: false } },
      { projection: { syncedAt: 1 } },
    )) {
      await this.predictions.updateOne({ _id: doc._id }, { $set: { updatedAt: doc.syncedAt } });
    }
    const byUser = new Map<string, IndexEntry[]>();
    const fields = { userId: 1, clientId: 1, createdAt: 1, updatedAt: 1, syncedAt: 1 } as const;
    for await (const doc of this.predictions.find({}, { projection: fields })) {
      const entries = byUser.get(doc.userId) ?? [];
      // Received when first synced (the first entry of a record is its time of receipt), then changed.
      entries.push({ ...indexEntry(doc), updatedAt: doc.syncedAt });
      if (doc.updatedAt > doc.syncedAt) entries.push(indexEntry(doc));
      byUser.set(doc.userId, entries);
    }
    for (const [userId, entries] of byUser) await this.index.put(userId, entries);
    await this.index.markBuilt();
  }

  /**
   * Changes a record's note as `decide` says from the note and revision stored (the service's merge rule).
   * Each write is a compare-and-set on the revision read, retried when another write came first (on the
   * embedded database a filter beyond `_id` is a scan; note edits are rare).
   */
  async setNote(
    userId: string,
    clientId: string,
    decide: (stored: string, revision: number) => NoteDecision,
    updatedAt: Date,
  ): Promise<NoteOutcome> {
    const _id = predictionKey(userId, clientId);
    for (;;) {
      const doc = await this.predictions.findOne({ _id });
      if (doc === null) return { kind: 'absent' };
      const revision = doc.noteRevision ?? 0;
      const decision = decide(doc.note ?? '', revision);
      if (decision.kind === 'unchanged') return { kind: 'saved', doc };
      if (decision.kind === 'too-long') return { kind: 'too-long', doc };
      const merged = decision.note;
      const sameRevision =
        revision === 0
          ? { $or: [{ noteRevision: { $exists: false } }, { noteRevision: 0 }] }
          : { noteRevision: revision };
      const updated = await this.predictions.findOneAndUpdate(
        { _id, ...sameRevision },
        { $set: { note: merged, noteRevision: revision + 1, updatedAt } },
        { returnDocument: 'after' },
      );
      if (updated !== null) {
        await this.index.put(userId, [indexEntry(updated)]);
        return { kind: 'saved', doc: updated };
      }
    }
  }

  /** Replaces whose-field details (the last edit received wins); null when the record is not stored. */
  async setDetails(
    userId: string,
    clientId: string,
    details: FieldDetails,
    updatedAt: Date,
  ): Promise<PredictionDoc | null> {
    const set = { updatedAt, ...presentDetails(details) };
    const unset: Partial<Record<'farmer' | 'place' | 'location', ''>> = {};
    for (const key of ['farmer', 'place', 'location'] as const) if (!(key in set)) unset[key] = '';
    const updated = await this.predictions.findOneAndUpdate(
      { _id: predictionKey(userId, clientId) },
      { $set: set, ...(Object.keys(unset).length > 0 && { $unset: unset }) },
      { returnDocument: 'after' },
    );
    if (updated !== null) await this.index.put(userId, [indexEntry(updated)]);
    return updated;
  }

  /** Records the photo at `index`; returns the document as it was before, or null if absent. */
  async setPhoto(
    userId: string,
    clientId: string,
    index: number,
    photo: PhotoMeta,
  ): Promise<PredictionDoc | null> {
    const before = await this.predictions.findOneAndUpdate(
      { _id: predictionKey(userId, clientId) },
      {
        $set: { [`photos.${index}`]: photo, updatedAt: photo.uploadedAt },
        $addToSet: { uploadedPhotos: index },
      },
      { returnDocument: 'before' },
    );
    if (before !== null)
      await this.index.put(userId, [{ ...indexEntry(before), updatedAt: photo.uploadedAt }]);
    return before;
  }
}

function isList<T>(value: T | readonly T[]): value is readonly T[] {
  return Array.isArray(value);
}
