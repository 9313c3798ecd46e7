import { Dexie } from 'dexie';
import type {
  CropId,
  FieldDetails,
  Location,
  PredictionInput,
  PredictionRecord,
  TopPrediction,
  Verdict,
} from '@phyto/shared';
import { presentDetails } from '@phyto/shared/field-details';
import type { UnsureRule } from '@phyto/shared/inference/postprocess';
import type { PhytoDb } from './schema.ts';
import type { NewPhoto } from './photos.ts';
import { deleteKey, detailsEntry, detailsKey, noteEntry, noteKey, pushEntry } from './outbox.ts';
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
  /** The picked crop's least share of the probability for an answer; absent before the wrong-crop check. */
  minCropShare?: number;
  /** How several leaves add evidence (metadata.unsure.leafEvidence); absent before the rule: their mean. */
  leafEvidence?: number;
  /** The crop the leaves look like when it is not the picked one (the verdict is then unsure). */
  likelyCrop?: CropId | null;
  top5: TopPrediction[];
  /** True unless the verdict is confident. */
  unsure: boolean;
  /** Absent on records made before verdicts: read it with verdictOf(). */
  verdict?: Verdict;
  modelVersion: string;
  note: string;
  /** The server's note revision this phone last had: an edit is sent as made from it (absent: 0). */
  noteRevision?: number;
  photoCount: number;
  /** Each photo's own answer under the crop (null: not a leaf); absent on records from before the list,
   *  and on pulled records whose phone did not send it. */
  leaves?: (TopPrediction | null)[];
  /** Bumped by every change before sync, so a change made while a push is on its way is pushed next
   *  (absent on records from before revisions: 0). */
  revision?: number;
  syncState: SyncState;
  syncedAt: string | null;
  rejectReason: string | null;
  /** 'server': pulled from the history of the account; its photos are on the server, not on this phone. */
  origin: 'device' | 'server';
  /** Which photos the server holds, as its change feed last said (absent: not heard yet). */
  serverPhotos?: number[];
  /** Whose field (optional, editable after sync): the farmer, the place, where to ≈ 100 m. */
  farmer?: string;
  place?: string;
  location?: Location;
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
export type Rediagnosis = Pick<
  StoredPrediction,
  'crop' | 'probabilities' | 'top5' | 'unsure' | 'verdict' | 'likelyCrop' | 'leaves'
>;

/** The unsure rule a stored prediction was judged under; null for records pulled from the server. */
export function unsureRuleOf(p: StoredPrediction): UnsureRule | null {
  if (p.minConfidence === null) return null;
  return {
    minConfidence: p.minConfidence,
    appliesTo: p.unsureAppliesTo ?? 'all-classes',
    ...(p.minCropShare !== undefined && { minCropShare: p.minCropShare }),
    ...(p.leafEvidence !== undefined && { leafEvidence: p.leafEvidence }),
  };
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
 * Saves the note and queues it for the server (a refused earlier edit is replaced, so it is tried again).
 * Queued even before the record syncs: a push already on its way may carry the old note, and sending the
 * note the server already holds changes nothing.
 */
export async function setNote(db: PhytoDb, id: string, note: string): Promise<void> {
  await withQuotaCheck(() =>
    db.transaction('rw', [db.predictions, db.outbox], async () => {
      const prediction = await db.predictions.get(id);
      if (prediction === undefined) throw new Error('errors.notFound');
      await db.predictions.update(id, { note });
      await db.outbox.put(noteEntry(id, prediction.owner, new Date().toISOString()));
    }),
  );
}

/**
 * Saves whose field this is (empty values clear it) and queues it for the server, like a note: a record not
 * pushed yet carries it in its push, and sending values the server already holds changes nothing.
 */
export async function setFieldDetails(db: PhytoDb, id: string, details: FieldDetails): Promise<void> {
  await withQuotaCheck(() =>
    db.transaction('rw', [db.predictions, db.outbox], async () => {
      const prediction = await db.predictions.get(id);
      if (prediction === undefined) throw new Error('errors.notFound');
      await db.predictions.update(id, fieldDetailsOf(details));
      await db.outbox.put(detailsEntry(id, prediction.owner, new Date().toISOString()));
    }),
  );
}

/** The details as a record holds them: a value, or absent (never an empty text). */
export function fieldDetailsOf(d: FieldDetails): Pick<StoredPrediction, 'farmer' | 'place' | 'location'> {
  return {
    farmer: d.farmer?.trim() || undefined,
    place: d.place?.trim() || undefined,
    location: d.location ?? undefined,
  };
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

/**
 * The newest records of any of `owners`, newest first, and how many they hold: the home page's "Recent"
 * shows the signed-in account's records with those made on this phone while nobody was signed in, which
 * are waiting to be added to the account. `moreInHistory`: the history page (the first owner's records)
 * holds records Recent does not show.
 */
export async function recentPredictions(
  db: PhytoDb,
  owners: [string, ...string[]],
  limit: number,
): Promise<PredictionPage & { moreInHistory: boolean }> {
  const pages = await Promise.all(owners.map((owner) => listPredictions(db, { owner, offset: 0, limit })));
  const items = pages
    .flatMap((page) => page.items)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, limit);
  const shownOfHistory = items.filter((p) => p.owner === owners[0]).length;
  return {
    items,
    total: pages.reduce((sum, page) => sum + page.total, 0),
    moreInHistory: (pages[0]?.total ?? 0) > shownOfHistory,
  };
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
    // The per-leaf list only says more than the answer when there are several leaves.
    ...(p.photoCount > 1 && p.leaves?.length === p.photoCount ? { leaves: p.leaves } : {}),
    revision: p.revision ?? 0,
    ...(p.note === '' ? {} : { note: p.note }),
    ...presentDetails(p),
  };
}

/**
 * Brings records from the account's change feed into this phone (another device made or changed them):
 * new records are added (not one this phone deleted and has yet to tell the server of); a record held here takes the server's note (unless a note edit of this phone
 * still waits to be sent), its newer revision and its list of uploaded photos. A record this phone has
 * not pushed yet is left alone: its own push is the newer truth. Applying the same record twice changes
 * nothing. Returns how many records were added or changed in what the farmer sees.
 */
export async function applyServerRecords(
  db: PhytoDb,
  records: PredictionRecord[],
  owner: string,
): Promise<number> {
  return db.transaction('rw', [db.predictions, db.outbox], async () => {
    const existing = await db.predictions.bulkGet(records.map((r) => r.id));
    const waiting = async (key: (id: string) => string) =>
      new Set(
        (await db.outbox.bulkGet(records.map((r) => key(r.id)))).flatMap((e) => (e ? [e.predictionId] : [])),
      );
    const notesWaiting = await waiting(noteKey);
    const detailsWaiting = await waiting(detailsKey);
    const deletedHere = await waiting(deleteKey);
    let changed = 0;
    for (const [i, record] of records.entries()) {
      const local = existing[i];
      if (deletedHere.has(record.id)) continue; // deleted on this phone; the server hears of it next
      if (local === undefined) {
        await db.predictions.add(fromServerRecord(record, owner));
        changed += 1;
        continue;
      }
      if (local.owner !== owner || local.syncState === 'pending') continue;
      const update: Partial<StoredPrediction> = {};
      if (!notesWaiting.has(record.id) && (record.note ?? '') !== local.note) update.note = record.note ?? '';
      // An edit waiting here was made from the revision this phone had: keep that as its base.
      const noteRevision = notesWaiting.has(record.id) ? undefined : record.noteRevision;
      if (record.revision > (local.revision ?? 0)) Object.assign(update, diagnosisOf(record));
      if (!detailsWaiting.has(record.id) && !sameDetails(record, local))
        Object.assign(update, fieldDetailsOf(record));
      // Counted only when something the farmer sees changed; the photo list is bookkeeping.
      if (Object.keys(update).length > 0) changed += 1;
      if (!sameNumbers(record.uploadedPhotos, local.serverPhotos))
        update.serverPhotos = record.uploadedPhotos;
      if (noteRevision !== undefined && noteRevision !== (local.noteRevision ?? 0))
        update.noteRevision = noteRevision;
      if (Object.keys(update).length > 0) await db.predictions.update(record.id, update);
    }
    return changed;
  });
}

function fromServerRecord(r: PredictionRecord, owner: string): StoredPrediction {
  return {
    id: r.id,
    owner,
    createdAt: r.createdAt,
    classes: null,
    probabilities: null,
    minConfidence: null,
    ...diagnosisOf(r),
    note: r.note ?? '',
    noteRevision: r.noteRevision,
    ...fieldDetailsOf(r),
    syncState: 'synced',
    syncedAt: r.syncedAt,
    rejectReason: null,
    origin: 'server',
    serverPhotos: r.uploadedPhotos,
  };
}

/** The fields a newer revision from the server replaces. */
function diagnosisOf(r: PredictionRecord) {
  return {
    crop: r.crop ?? null,
    top5: r.top5,
    unsure: r.unsure,
    ...(r.verdict === undefined ? {} : { verdict: r.verdict }),
    modelVersion: r.modelVersion,
    photoCount: r.photoCount,
    ...(r.leaves === undefined ? {} : { leaves: r.leaves }),
    revision: r.revision,
  };
}

/** Whether two records say the same about whose field (absent and empty are the same). */
export function sameDetails(a: FieldDetails, b: FieldDetails): boolean {
  return (
    (a.farmer ?? '') === (b.farmer ?? '') &&
    (a.place ?? '') === (b.place ?? '') &&
    a.location?.lat === b.location?.lat &&
    a.location?.lon === b.location?.lon
  );
}

function sameNumbers(a: number[], b: number[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((n, i) => n === b[i]);
}
