import { MongoBulkWriteError, type Collection, type Db } from 'mongodb';
import type { Prediction, PredictionRecord } from '@phyto/shared/prediction';
import { DUPLICATE_KEY } from '../lib/mongo-errors.ts';

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
  /** Absent on documents stored before revisions: revision 0. */
  revision?: number;
  note?: string;
  /** When the note was last changed on a phone (absent: as sent with the record). */
  noteEditedAt?: Date;
  syncedAt: Date;
  /** Server time of the last change (stored, revised, noted, photo added): the order of the change feed. */
  updatedAt: Date;
  uploadedPhotos: number[];
  /** Keyed by photo index as a string. */
  photos: Record<string, PhotoMeta>;
}

/** A place in one user's change feed: the last change's time and its record. */
export interface ChangePosition {
  at: Date;
  id: string;
}

/** A list read that takes longer than this is stopped by the database (it would be abandoned anyway). */
const READ_MAX_MS = 15_000;

export function predictionKey(userId: string, clientId: string): string {
  return `${userId}:${clientId}`;
}

export class PredictionRepository {
  private readonly predictions: Collection<PredictionDoc>;

  constructor(db: Db) {
    this.predictions = db.collection<PredictionDoc>('predictions');
  }

  /**
   * Inserts every document that is not stored yet. A duplicate key means an earlier or concurrent send
   * already stored it, which is success; any other failure is thrown so the client retries the batch.
   * A duplicate with a higher revision (the farmer changed the diagnosis meanwhile) replaces the stored
   * diagnosis; a resend or an older revision changes nothing.
   */
  async insertIdempotent(docs: PredictionDoc[]): Promise<void> {
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
    for (const doc of duplicates) await this.#keepNewestRevision(doc);
  }

  async #keepNewestRevision(doc: PredictionDoc): Promise<void> {
    const revision = doc.revision ?? 0;
    if (revision === 0) return; // nothing is older than a first revision
    const { modelVersion, top5, unsure, verdict, crop, photoCount, updatedAt } = doc;
    await this.predictions.updateOne(
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
        },
      },
    );
  }

  findOne(userId: string, clientId: string): Promise<PredictionDoc | null> {
    return this.predictions.findOne({ _id: predictionKey(userId, clientId) });
  }

  findPage(userId: string, skip: number, limit: number, signal?: AbortSignal): Promise<PredictionDoc[]> {
    return this.predictions
      .find({ userId }, { signal, maxTimeMS: READ_MAX_MS })
      .sort({ createdAt: -1, _id: -1 })
      .skip(skip)
      .limit(limit)
      .toArray();
  }

  count(userId: string, signal?: AbortSignal): Promise<number> {
    return this.predictions.countDocuments({ userId }, { signal, maxTimeMS: READ_MAX_MS });
  }

  /** The user's records changed after `after` (exclusive), oldest change first; served by the `changes` index. */
  findChanges(
    userId: string,
    after: ChangePosition | null,
    limit: number,
    signal?: AbortSignal,
  ): Promise<PredictionDoc[]> {
    const since = after
      ? {
          $or: [
            { updatedAt: { $gt: after.at } },
            { updatedAt: after.at, _id: { $gt: predictionKey(userId, after.id) } },
          ],
        }
      : {};
    return this.predictions
      .find({ userId, ...since }, { signal, maxTimeMS: READ_MAX_MS })
      .sort({ updatedAt: 1, _id: 1 })
      .limit(limit)
      .toArray();
  }

  /** Documents stored before the change feed get their sync time as their last change (run at start-up). */
  async backfillUpdatedAt(): Promise<number> {
    let updated = 0;
    for await (const doc of this.predictions.find(
      { updatedAt: { $exists: false } },
      { projection: { syncedAt: 1 } },
    )) {
      await this.predictions.updateOne({ _id: doc._id }, { $set: { updatedAt: doc.syncedAt } });
      updated += 1;
    }
    return updated;
  }

  /**
   * Sets the note unless the stored one was edited later (one conditional update, so two phones racing
   * end with the newest edit). Returns the document as it is now, or null if absent.
   */
  setNote(
    userId: string,
    clientId: string,
    note: string,
    editedAt: Date,
    updatedAt: Date,
  ): Promise<PredictionDoc | null> {
    const _id = predictionKey(userId, clientId);
    return this.predictions
      .findOneAndUpdate(
        { _id, $or: [{ noteEditedAt: { $exists: false } }, { noteEditedAt: { $lte: editedAt } }] },
        { $set: { note, noteEditedAt: editedAt, updatedAt } },
        { returnDocument: 'after' },
      )
      .then((updated) => updated ?? this.predictions.findOne({ _id }));
  }

  /** Records the photo at `index`; returns the document as it was before, or null if absent. */
  setPhoto(userId: string, clientId: string, index: number, photo: PhotoMeta): Promise<PredictionDoc | null> {
    return this.predictions.findOneAndUpdate(
      { _id: predictionKey(userId, clientId) },
      {
        $set: { [`photos.${index}`]: photo, updatedAt: photo.uploadedAt },
        $addToSet: { uploadedPhotos: index },
      },
      { returnDocument: 'before' },
    );
  }
}

function isList<T>(value: T | readonly T[]): value is readonly T[] {
  return Array.isArray(value);
}

export function toPredictionRecord(doc: PredictionDoc): PredictionRecord {
  return {
    id: doc.clientId,
    modelVersion: doc.modelVersion,
    createdAt: doc.createdAt.toISOString(),
    top5: doc.top5,
    unsure: doc.unsure,
    ...(doc.verdict !== undefined && { verdict: doc.verdict }),
    ...(doc.crop !== undefined && { crop: doc.crop }),
    photoCount: doc.photoCount,
    revision: doc.revision ?? 0,
    ...(doc.note !== undefined && { note: doc.note }),
    syncedAt: doc.syncedAt.toISOString(),
    uploadedPhotos: [...doc.uploadedPhotos].sort((a, b) => a - b),
  };
}
