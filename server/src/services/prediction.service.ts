import {
  NOTE_MAX_LENGTH,
  PredictionInputSchema,
  type Prediction,
  type PredictionRecord,
} from '@phyto/shared/prediction';
import type { ChangesPage, ChangesQuery } from '@phyto/shared/changes';
import { englishName } from '@phyto/shared/classes';
import type { HistoryPage, HistoryQuery } from '@phyto/shared/history';
import { CSV_BOM, csvLine } from '@phyto/shared/csv';
import { presentDetails, roundLocation, type FieldDetails } from '@phyto/shared/field-details';
import type { PredictionDeletedReply } from '@phyto/shared/prediction-delete';
import { RECORD_COLUMNS, recordFields } from '@phyto/shared/record-export';
import type { PredictionNoteBody } from '@phyto/shared/prediction-note';
import type { SyncPushReply, SyncRecordResult } from '@phyto/shared/sync';
import { createdAtProblem, EARLIEST_CREATED_AT, type CreatedAtProblem } from '@phyto/shared/created-at';
import type { PhotoStore } from '../clients/photo-store.ts';
import type { Clock } from '../lib/clock.ts';
import { HttpError } from '../lib/http-error.ts';
import '../lib/zod-english.ts';
import { mergeNote } from './note-merge.ts';
import { toPredictionRecord } from './prediction-record.ts';
import {
  predictionKey,
  type Change,
  type ChangePosition,
  type HistoryPosition,
  type PredictionDoc,
  type PredictionRepository,
} from '../repositories/prediction.repository.ts';

/**
 * Exactly-once sync of diagnoses made offline. The client's UUID is the key, so any number of re-sends
 * (sequential, concurrent, or after a dropped reply) store one document and get the same answer.
 */
export class PredictionService {
  constructor(
    private readonly predictions: PredictionRepository,
    private readonly photos: PhotoStore,
    private readonly clock: Clock,
  ) {}

  async sync(userId: string, records: unknown[]): Promise<SyncPushReply> {
    const syncedAt = this.clock.now();
    const results: SyncRecordResult[] = [];
    const docs: PredictionDoc[] = [];
    records.forEach((raw, index) => {
      const parsed = PredictionInputSchema.safeParse(raw);
      const problem = parsed.success ? recordProblem(parsed.data, syncedAt.getTime()) : null;
      if (parsed.success && problem !== null) {
        results.push({ id: parsed.data.id, index, status: 'rejected', reason: problem });
      } else if (parsed.success) {
        docs.push(toDoc(userId, parsed.data, syncedAt));
        results.push({ id: parsed.data.id, status: 'stored' });
      } else {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        results.push({
          id: clientIdOf(raw),
          index,
          status: 'rejected',
          reason: `${where}${issue?.message ?? 'invalid record'}`,
        });
      }
    });
    // A delete is final: a resend, or a newer revision from a phone that had not heard of it, stores nothing.
    const deleted = await this.predictions.deletedAmong(
      userId,
      docs.map((d) => d.clientId),
    );
    // Throws on anything but "already stored", so `stored` is only ever said of a stored record.
    await this.predictions.insertIdempotent(
      userId,
      docs.filter((d) => !deleted.has(d.clientId)),
    );
    return {
      results: results.map((r) =>
        r.status === 'stored' && deleted.has(r.id) ? { id: r.id, status: 'deleted' as const } : r,
      ),
      serverTime: syncedAt.toISOString(),
    };
  }

  /**
   * Deletes a record and its photos for good. The tombstone is logged first, so every phone of the account
   * drops the record at its next pull and no later sync or edit brings it back (a delete wins over any
   * edit, before or after it); then the photos, then the document. Deleting again is harmless and finishes
   * a delete that a crash interrupted. 404 only for a record this user never had.
   */
  async delete(userId: string, clientId: string): Promise<PredictionDeletedReply> {
    const doc = await this.predictions.markDeleted(userId, clientId, this.clock.now());
    if (doc === 'unknown') throw new HttpError(404, 'not_found', 'No such prediction');
    if (doc !== null) await this.removeStored(doc);
    return { id: clientId, deleted: true };
  }

  /**
   * The account's whole history as CSV lines, produced as they are read (`EXPORT_CHUNK` records at a time),
   * so the export of 10,000 records never holds them all: the language-neutral columns every export shares
   * (shared/src/record-export.ts), the disease's English name, when it reached the server and how many of
   * its photos the server holds.
   */
  async *exportCsv(userId: string, signal?: AbortSignal): AsyncGenerator<string> {
    yield CSV_BOM + csvLine([...RECORD_COLUMNS, 'disease_en', 'synced_utc', 'photos_on_server']);
    for await (const docs of this.predictions.inHistoryOrder(userId, EXPORT_CHUNK, signal)) {
      yield docs
        .map((doc) => {
          const fields = recordFields(toPredictionRecord(doc));
          const classId = fields[RECORD_COLUMNS.indexOf('class_id')] ?? '';
          const name = classId === '' ? '' : englishName(classId);
          return csvLine([...fields, name, doc.syncedAt.toISOString(), String(doc.uploadedPhotos.length)]);
        })
        .join('');
    }
  }

  /** The record's photos, then its document (and a photo added meanwhile). */
  async removeStored(doc: PredictionDoc): Promise<void> {
    const files = new Set(Object.values(doc.photos).map((p) => p.file));
    for (const file of files) await this.photos.remove(file);
    const last = await this.predictions.removeDoc(doc.userId, doc.clientId);
    for (const photo of Object.values(last?.photos ?? {}))
      if (!files.has(photo.file)) await this.photos.remove(photo.file);
  }

  /** A note changed after sync: replaced, or kept beside another device's edit (mergeNote). */
  async setNote(userId: string, clientId: string, body: PredictionNoteBody): Promise<PredictionRecord> {
    const outcome = await this.predictions.setNote(
      userId,
      clientId,
      (stored, revision) => mergeNote(stored, revision, body.note, body.baseRevision),
      this.clock.now(),
    );
    if (outcome.kind === 'absent') throw new HttpError(404, 'not_found', 'No such prediction');
    if (outcome.kind === 'too-long')
      throw new HttpError(
        409,
        'conflict',
        `The note was changed on another device, and both notes together are longer than ${NOTE_MAX_LENGTH} characters`,
      );
    return toPredictionRecord(outcome.doc);
  }

  /** Whose field, set or changed after sync: the last edit received wins (404 once deleted). */
  async setDetails(userId: string, clientId: string, details: FieldDetails): Promise<PredictionRecord> {
    const doc = await this.predictions.setDetails(
      userId,
      clientId,
      roundedDetails(details),
      this.clock.now(),
    );
    if (doc === null) throw new HttpError(404, 'not_found', 'No such prediction');
    return toPredictionRecord(doc);
  }

  /**
   * A page of history: after the cursor `after`, else page `page` of the records received by `asOf` (the
   * snapshot page 1 was read at, which each reply names). `signal`: the client went away; its database
   * work stops too.
   */
  async history(userId: string, query: HistoryQuery, signal?: AbortSignal): Promise<HistoryPage> {
    const asOf = query.asOf === undefined ? this.clock.now() : new Date(query.asOf);
    const start =
      query.after === undefined
        ? { skip: (query.page - 1) * query.limit }
        : { after: parseHistoryCursor(query.after) };
    const page = await this.predictions.historyPage(userId, { ...start, asOf }, query.limit, signal);
    return {
      items: page.docs.map(toPredictionRecord),
      page: query.page,
      limit: query.limit,
      total: page.total,
      next: page.more && page.last !== null ? historyCursor(page.last) : null,
      asOf: asOf.toISOString(),
    };
  }

  /**
   * What changed in the user's records since a device last looked. A change is stamped with the server's
   * time before it is written, so a slow write can land behind a cursor that has already passed its time:
   * the last page's cursor therefore never goes past `now − SETTLE_MS`, and the next pull reads that last
   * minute again (applying a record twice changes nothing on the phone).
   */
  async changes(userId: string, query: ChangesQuery, signal?: AbortSignal): Promise<ChangesPage> {
    const after = parseCursor(query.after);
    const found = await this.predictions.findChanges(userId, after, query.limit + 1, signal);
    const more = found.length > query.limit;
    const changes = found.slice(0, query.limit);
    const last = changes.at(-1);
    let next: ChangePosition | null = last ? changePosition(last) : after;
    const settled = this.clock.now().getTime() - SETTLE_MS;
    if (!more && next && next.at.getTime() > settled) next = { at: new Date(settled), id: '' };
    return {
      items: changes.flatMap((c) => (c.kind === 'stored' ? [toPredictionRecord(c.doc)] : [])),
      deleted: changes.flatMap((c) => (c.kind === 'deleted' ? [c.id] : [])),
      next: formatCursor(next),
      more,
    };
  }
}

const CREATED_AT_REASON: Record<CreatedAtProblem, string> = {
  'before-2020': `createdAt: before ${EARLIEST_CREATED_AT.slice(0, 10)}: the phone's clock is wrong`,
  'ahead-of-server': "createdAt: more than 24 hours ahead of the server's clock: the phone's clock is wrong",
};

/** What the schema cannot see in one field: a clock that is wrong, a per-leaf list of the wrong length. */
function recordProblem(p: Prediction, now: number): string | null {
  const createdAt = createdAtProblem(p.createdAt, now);
  if (createdAt !== null) return CREATED_AT_REASON[createdAt];
  if (p.leaves !== undefined && p.leaves.length !== p.photoCount)
    return `leaves: ${p.leaves.length} answers for ${p.photoCount} photos: one per photo`;
  return null;
}

/** Records read from the database per step of an export. */
const EXPORT_CHUNK = 100;

/** Longer than any write takes from stamping to landing (requests time out well before). */
const SETTLE_MS = 60_000;

function changePosition(change: Change): ChangePosition {
  return change.kind === 'stored'
    ? { at: change.doc.updatedAt, id: change.doc.clientId }
    : { at: change.at, id: change.id };
}

function parseCursor(cursor: string): ChangePosition | null {
  if (cursor === '') return null;
  const [ms = '0', id = ''] = cursor.split('_');
  return { at: new Date(Number(ms)), id };
}

function formatCursor(position: ChangePosition | null): string {
  return position ? `${position.at.getTime()}_${position.id}` : '';
}

function parseHistoryCursor(cursor: string): HistoryPosition {
  const [received = '0', made = '0', id = ''] = cursor.split('_');
  return { receivedAt: new Date(Number(received)), createdAt: new Date(Number(made)), id };
}

function historyCursor(position: HistoryPosition): string {
  return `${position.receivedAt.getTime()}_${position.createdAt.getTime()}_${position.id}`;
}

/** A location is kept to ≈ 100 m whatever the phone sent. */
function roundedDetails(details: FieldDetails): FieldDetails {
  const { location } = details;
  return location ? { ...details, location: roundLocation(location) } : details;
}

function toDoc(userId: string, p: Prediction, syncedAt: Date): PredictionDoc {
  return {
    _id: predictionKey(userId, p.id),
    userId,
    clientId: p.id,
    modelVersion: p.modelVersion,
    createdAt: new Date(p.createdAt),
    top5: p.top5,
    unsure: p.unsure,
    ...(p.verdict !== undefined && { verdict: p.verdict }),
    ...(p.crop !== undefined && { crop: p.crop }),
    photoCount: p.photoCount,
    ...(p.leaves !== undefined && { leaves: p.leaves }),
    revision: p.revision,
    ...(p.note !== undefined && { note: p.note }),
    ...presentDetails(roundedDetails(p)),
    syncedAt,
    updatedAt: syncedAt,
    uploadedPhotos: [],
    photos: {},
  };
}

/** Echo the id of a rejected record when it looks like one, so the client can mark it. */
function clientIdOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const id = raw.id;
  return typeof id === 'string' && id.length <= 64 ? id : null;
}
