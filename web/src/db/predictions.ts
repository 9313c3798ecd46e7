import { Dexie } from 'dexie';
import type { CropId, PredictionInput, PredictionRecord, TopPrediction, Verdict } from '@phyto/shared';
import type { UnsureRule } from '@phyto/shared/inference/postprocess';
import type { PhytoDb } from './schema.ts';
import type { NewPhoto } from './photos.ts';
import { noteEntry, pushEntry } from './outbox.ts';
import { withQuotaCheck } from './quota.ts';

/** `rejected`: the server refused the record (the reason is kept and shown); it stays on the phone. */
export type SyncState = 'pending' | 'synced' | 'rejected';

export interface StoredPrediction {
  /** Client UUID (crypto.randomUUID()): the idempotency key of the sync. */
  id: string;
  /** The account it belongs to (user id), or NO_OWNER when made signed out. */
  owner: string;
  createdAt: string;
  /** The crop the farmer named; null = "not sure". */
  crop: CropId | null;
  /** The model's class ids in logit order; null for records pulled from the server (it keeps only top5). */
  classes: string[] | null;
  /** All photos combined, BEFORE the crop filter, so the crop can be changed later without the model. */
  probabilities: number[] | null;
  /** The unsure threshold of the model that made this prediction. */
  minConfidence: number | null;
  /** Which probabilities that threshold reads; absent on records of models before the field model. */
  unsureAppliesTo?: UnsureRule['appliesTo'];
  top5: TopPrediction[];
  /** True unless the verdict is confident. */
  unsure: boolean;
  /** Absent on records made before verdicts: read it with verdictOf(). */
  verdict?: Verdict;
  modelVersion: string;
  note: string;
  /** When the note was last changed on this phone (absent: never changed since the diagnosis). */
  noteEditedAt?: string;
  photoCount: number;
  /** Bumped by every change before sync, so a change made while a push is on its way is pushed next
   *  (absent on records from before revisions: 0). */
  revision?: number;
  syncState: SyncState;
  syncedAt: string | null;
  rejectReason: string | null;
  /** 'server': pulled from the history of the account; its photos are on the server, not on this phone. */
  origin: 'device' | 'server';
}

/** What a diagnosis adds; the sync fields start empty. */
export type NewPrediction = Omit<
  StoredPrediction,
  'syncState' | 'syncedAt' | 'rejectReason' | 'origin' | 'note'
> & {
  note?: string;
};

/** Stores a diagnosis with its photos and queues it for sync, all or nothing. */
export async function createPrediction(
  db: PhytoDb,
  prediction: NewPrediction,
  photos: NewPhoto[],
): Promise<void> {
  const now = new Date().toISOString();
  await withQuotaCheck(() =>
    db.transaction('rw', [db.predictions, db.photos, db.outbox], async () => {
      await db.predictions.add({
        note: '',
        ...prediction,
        syncState: 'pending',
        syncedAt: null,
        rejectReason: null,
        origin: 'device',
      });
      await db.photos.bulkAdd(
        photos.map((p, index) => ({ ...p, predictionId: prediction.id, index, uploaded: false })),
      );
      await db.outbox.put(pushEntry(prediction.id, prediction.owner, now));
    }),
  );
}

/** Fields a diagnosis may change while the record has not been synced (crop, another leaf). */
export type Rediagnosis = Pick<StoredPrediction, 'crop' | 'probabilities' | 'top5' | 'unsure' | 'verdict'>;

/** The unsure rule a stored prediction was judged under; null for records pulled from the server. */
export function unsureRuleOf(p: StoredPrediction): UnsureRule | null {
  if (p.minConfidence === null) return null;
  return { minConfidence: p.minConfidence, appliesTo: p.unsureAppliesTo ?? 'all-classes' };
}

/** Re-runs of the result (new crop, another leaf) only apply before sync: the server keeps the first copy. */
export async function updateDiagnosis(
  db: PhytoDb,
  id: string,
  change: Rediagnosis,
  newPhoto?: NewPhoto,
): Promise<void> {
  await withQuotaCheck(() =>
    db.transaction('rw', [db.predictions, db.photos], async () => {
      const current = await db.predictions.get(id);
      if (current === undefined) throw new Error('errors.notFound');
      if (current.syncState !== 'pending') throw new Error('errors.alreadySynced');
      let photoCount = current.photoCount;
      if (newPhoto !== undefined) {
        await db.photos.add({ ...newPhoto, predictionId: id, index: photoCount, uploaded: false });
        photoCount += 1;
      }
      await db.predictions.update(id, { ...change, photoCount, revision: (current.revision ?? 0) + 1 });
    }),
  );
}

/**
 * Saves the note and queues it for the server. Queued even before the record syncs: a push already on
 * its way may carry the old note, and the server keeps the newest edit, so a second send is harmless.
 */
export async function setNote(
  db: PhytoDb,
  id: string,
  note: string,
  editedAt = new Date().toISOString(),
): Promise<void> {
  await withQuotaCheck(() =>
    db.transaction('rw', [db.predictions, db.outbox], async () => {
      const prediction = await db.predictions.get(id);
      if (prediction === undefined) throw new Error('errors.notFound');
      await db.predictions.update(id, { note, noteEditedAt: editedAt });
      await db.outbox.put(noteEntry(id, prediction.owner, editedAt));
    }),
  );
}

export function getPrediction(db: PhytoDb, id: string): Promise<StoredPrediction | undefined> {
  return db.predictions.get(id);
}

export interface PredictionPage {
  items: StoredPrediction[];
  total: number;
}

/** The owner's records, newest first; `matches` filters (search) before paging. */
export async function listPredictions(
  db: PhytoDb,
  {
    owner,
    offset,
    limit,
    matches,
  }: { owner: string; offset: number; limit: number; matches?: (p: StoredPrediction) => boolean },
): Promise<PredictionPage> {
  // Dexie collections mutate on offset()/limit(): build one per query.
  const query = () => {
    const newestFirst = db.predictions
      .where('[owner+createdAt]')
      .between([owner, Dexie.minKey], [owner, Dexie.maxKey])
      .reverse();
    return matches === undefined ? newestFirst : newestFirst.filter(matches);
  };
  const [total, items] = await Promise.all([query().count(), query().offset(offset).limit(limit).toArray()]);
  return { items, total };
}

export function countBySyncState(db: PhytoDb, owner: string, state: SyncState): Promise<number> {
  return db.predictions.where('[owner+syncState]').equals([owner, state]).count();
}

/** The shape the server takes; an empty note is left out. */
export function toPredictionInput(p: StoredPrediction): PredictionInput {
  return {
    id: p.id,
    modelVersion: p.modelVersion,
    createdAt: p.createdAt,
    top5: p.top5,
    unsure: p.unsure,
    ...(p.verdict === undefined ? {} : { verdict: p.verdict }),
    crop: p.crop,
    photoCount: p.photoCount,
    revision: p.revision ?? 0,
    ...(p.note === '' ? {} : { note: p.note }),
  };
}

/**
 * Records from the account's server history that this phone does not hold yet (a new device). Records
 * already here are left alone: a local pending copy is the same record and its push will be confirmed.
 * Returns how many were added.
 */
export async function importServerRecords(
  db: PhytoDb,
  records: PredictionRecord[],
  owner: string,
): Promise<number> {
  return db.transaction('rw', db.predictions, async () => {
    const existing = await db.predictions.bulkGet(records.map((r) => r.id));
    const fresh = records
      .filter((_, i) => existing[i] === undefined)
      .map((r): StoredPrediction => ({
        id: r.id,
        owner,
        createdAt: r.createdAt,
        crop: r.crop ?? null,
        classes: null,
        probabilities: null,
        minConfidence: null,
        top5: r.top5,
        unsure: r.unsure,
        ...(r.verdict === undefined ? {} : { verdict: r.verdict }),
        modelVersion: r.modelVersion,
        note: r.note ?? '',
        photoCount: r.photoCount,
        syncState: 'synced',
        syncedAt: r.syncedAt,
        rejectReason: null,
        origin: 'server',
      }));
    await db.predictions.bulkAdd(fresh);
    return fresh.length;
  });
}
