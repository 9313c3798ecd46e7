import { SYNC_BATCH_MAX, type FieldDetails, type SyncPushReply } from '@phyto/shared';
import { correctedCreatedAt, createdAtProblem } from '@phyto/shared/created-at';
import type { PhytoDb } from '../db/schema.ts';
import { sameDetails, toPredictionInput, type StoredPrediction } from '../db/predictions.ts';
import { removeLocalCopies } from '../db/deletion.ts';
import {
  dueDeletes,
  dueDetails,
  dueNotes,
  duePushes,
  dueUploads,
  markRefused,
  nextRetryAt,
  scheduleRetry,
  uploadEntry,
  type OutboxEntry,
  type UploadEntry,
} from '../db/outbox.ts';
import { setMeta } from '../db/meta.ts';
import { ApiRequestError } from './api-error.ts';
import type { ApiClient } from './api-client.ts';
import { pullChanges } from './changes-pull.ts';
import { BUSY, withSyncLock } from './sync-lock.ts';

export interface SyncEngineDeps {
  db: PhytoDb;
  api: ApiClient;
  /** The signed-in account's id, or null when signed out: nothing is sent and nothing is lost. Only this
   *  account's records are ever sent (a shared phone holds several people's). */
  account: () => string | null;
  /** The server answered 401: the records stay queued and the person is asked to sign in again. */
  onSessionExpired: () => void;
  lock?: <T>(fn: () => Promise<T>) => Promise<T | typeof BUSY>;
  now?: () => number;
  random?: () => number;
  batchSize?: number;
  /** While the app is open, shown and online, a sync (and so a pull) this often. */
  pullEveryMs?: number;
}

/** What one run did: records stored or rejected by the server, photos uploaded, records pulled in. */
export interface SyncCounts {
  stored: number;
  rejected: number;
  uploaded: number;
  pulled: number;
}

/** Why a run stopped before its last stage. */
export type SyncStop =
  | { kind: 'signed-out' }
  | { kind: 'session-expired' }
  /** A network or server failure: the entries wait for their backoff. */
  | { kind: 'retry-later'; error: string; retryAt: number | null };

export type SyncOutcome = ({ kind: 'done' } & SyncCounts) | { kind: 'busy' } | SyncStop;

/** How one stage ended: its own counts, which let the next stage run, or the reason to stop. */
type Stage<Counts extends Partial<SyncCounts>> = ({ kind: 'done' } & Counts) | SyncStop;

export interface SyncEngineState {
  running: boolean;
  last: SyncOutcome | null;
  /** Runs in a row that ended in retry-later: one failed run on a flaky link is not yet news. */
  failedRuns: number;
}

/** All three details as they now stand: an absent one is sent empty, which clears it on the server. */
function detailsBody(p: StoredPrediction): FieldDetails {
  return { farmer: p.farmer ?? '', place: p.place ?? '', location: p.location ?? null };
}

/** 404: the record is no longer on the server (deleted on another phone; the pull drops it here too). */
const HTTP_PERMANENT_UPLOAD = new Set([400, 404, 413, 415, 422]);
const UPLOADS_AT_ONCE = 2;
/** Another phone's records and notes arrive while the app is open within this long (one small request when
 *  nothing changed). */
const PULL_EVERY_MS = 3 * 60_000;
/** Never re-run sooner than this on a timer, whatever the clock says. */
const MIN_RETRY_DELAY_MS = 1_000;

/**
 * Pushes queued predictions in batches of ≤ 100, uploads their photos, sends changed notes, then pulls
 * what the account's other devices changed. All progress lives in the
 * Dexie outbox: a record is marked synced and its entry removed only in the transaction that stores the
 * server's `stored` answer, so a tab closed mid-sync resumes where it stopped and never duplicates (the
 * server answers a resent record with `stored` again).
 *
 * @example
 * const engine = new SyncEngine({ db, api, account, onSessionExpired });
 * const stop = engine.start(); // syncs now if online, and whenever the `online` event fires
 * await engine.sync({ force: true }); // "Sync now"
 */
export class SyncEngine {
  #state: SyncEngineState = { running: false, last: null, failedRuns: 0 };
  #listeners = new Set<() => void>();
  #inFlight: Promise<SyncOutcome> | null = null;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #deps: Required<SyncEngineDeps>;

  constructor(deps: SyncEngineDeps) {
    this.#deps = {
      lock: withSyncLock,
      now: Date.now,
      random: Math.random,
      batchSize: SYNC_BATCH_MAX,
      pullEveryMs: PULL_EVERY_MS,
      ...deps,
    };
  }

  get state(): SyncEngineState {
    return this.#state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Syncs when the app starts online, when the network comes back, when the app is shown again and every
   *  few minutes while it is shown and online. Returns a stop function. */
  start(): () => void {
    // The network coming back is news the backoff could not know about: try everything now.
    const onOnline = () => void this.sync({ force: true });
    // Coming back to the app is when another device's diagnoses are wanted: pull them.
    const onVisible = () => {
      if (document.visibilityState === 'visible' && navigator.onLine) void this.sync();
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    const pulling = setInterval(onVisible, this.#deps.pullEveryMs);
    if (navigator.onLine) void this.sync();
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(pulling);
      clearTimeout(this.#retryTimer);
    };
  }

  /** One sync run; concurrent calls share it. `force` ignores backoff (the person pressed "Sync now"). */
  sync({ force = false }: { force?: boolean } = {}): Promise<SyncOutcome> {
    this.#inFlight ??= this.#run(force).finally(() => {
      this.#inFlight = null;
    });
    return this.#inFlight;
  }

  async #run(force: boolean): Promise<SyncOutcome> {
    const owner = this.#deps.account();
    if (owner === null) return this.#finish({ kind: 'signed-out' }, null);
    this.#setState({ running: true });
    try {
      const outcome = await this.#deps.lock(() => this.#stages(owner, force));
      return await this.#finish(outcome === BUSY ? { kind: 'busy' } : outcome, owner);
    } catch (error) {
      // A bug or a storage failure: keep everything queued and let the next trigger try again.
      return this.#finish({ kind: 'retry-later', error: String(error), retryAt: null }, owner);
    }
  }

  /** Records first (small), then deletes, photos, notes, whose-field details, then what other devices changed. */
  async #stages(owner: string, force: boolean): Promise<SyncOutcome> {
    const pushed = await this.#pushAll(owner, force);
    if (pushed.kind !== 'done') return pushed;
    const deleted = await this.#sendDeletes(owner);
    if (deleted.kind !== 'done') return deleted;
    const uploaded = await this.#uploadAll(owner, force);
    if (uploaded.kind !== 'done') return uploaded;
    const notes = await this.#sendNotes(owner, force);
    if (notes.kind !== 'done') return notes;
    const details = await this.#sendDetails(owner, force);
    if (details.kind !== 'done') return details;
    const pulled = await this.#pull(owner);
    if (pulled.kind !== 'done') return pulled;
    await setMeta(this.#deps.db, 'lastSyncedAt', new Date(this.#deps.now()).toISOString());
    return { ...pushed, ...uploaded, ...pulled };
  }

  async #pushAll(owner: string, force: boolean): Promise<Stage<{ stored: number; rejected: number }>> {
    const { db, api, batchSize } = this.#deps;
    let stored = 0;
    let rejected = 0;
    // Entries already tried in this run: a forced run must not loop on a record the server did not answer.
    const tried = new Set<string>();
    for (;;) {
      // The account changed mid-run: the next request would carry the other account's token.
      if (this.#deps.account() !== owner) return { kind: 'signed-out' };
      const entries = (await duePushes(db, owner, this.#deps.now(), batchSize + tried.size, force))
        .filter((e) => !tried.has(e.key))
        .slice(0, batchSize);
      if (entries.length === 0) return { kind: 'done', stored, rejected };
      entries.forEach((e) => tried.add(e.key));
      const predictions = await db.predictions.bulkGet(entries.map((e) => e.predictionId));
      const present = predictions.filter((p) => p !== undefined);
      const keys = entries.map((e) => e.key);
      let reply: SyncPushReply;
      try {
        reply = await api.pushPredictions(present.map(toPredictionInput));
      } catch (error) {
        return this.#failed(error, keys, owner);
      }
      const counts = await this.#applyPushResults(owner, present, reply);
      stored += counts.stored;
      rejected += counts.rejected;
      // Records refused only for the phone clock's date now carry a corrected one: sent again in this run.
      for (const key of counts.redated) tried.delete(key);
      // An entry whose record is gone has nothing left to send.
      const orphans = entries.filter((_, i) => predictions[i] === undefined).map((e) => e.key);
      await db.outbox.bulkDelete(orphans);
      const unanswered = keys.filter((k) => !counts.answered.has(k) && !orphans.includes(k));
      if (unanswered.length > 0)
        await scheduleRetry(db, unanswered, 'no answer for this record', this.#deps.now());
    }
  }

  /**
   * Stores the server's answers: synced (+ queue its photos), rejected with its reason (kept on the phone),
   * or deleted (the account deleted it on another phone: a delete is final, so it goes here too).
   * A record changed while it was on its way (another leaf, another crop) stays pending with its push
   * queued: the server holds the older revision until the next push brings the newer one. A record
   * refused for a date the server cannot believe (the phone's clock was wrong) gets a corrected date and
   * stays queued (`redated`).
   */
  async #applyPushResults(owner: string, sent: StoredPrediction[], reply: SyncPushReply) {
    const { db } = this.#deps;
    const sentById = new Map(sent.map((p) => [p.id, p]));
    const serverNow = Date.parse(reply.serverTime);
    const answered = new Set<string>();
    const redated = new Set<string>();
    let stored = 0;
    let rejected = 0;
    const syncedAt = new Date(this.#deps.now()).toISOString();
    await db.transaction('rw', [db.predictions, db.outbox, db.photos, db.remotePhotos], async () => {
      for (const result of reply.results) {
        const id = result.status === 'rejected' ? (sent[result.index]?.id ?? result.id) : result.id;
        const sentRecord = id === null ? undefined : sentById.get(id);
        if (id === null || sentRecord === undefined) continue;
        answered.add(`push:${id}`);
        if (result.status === 'deleted') {
          await removeLocalCopies(db, [id]); // its queued work too, a waiting delete included
          continue;
        }
        const current = await db.predictions.get(id);
        if ((current?.revision ?? 0) !== (sentRecord.revision ?? 0)) continue;
        if (result.status === 'rejected' && createdAtProblem(sentRecord.createdAt, serverNow) !== null) {
          const createdAt = correctedCreatedAt(sentRecord.createdAt, this.#deps.now(), serverNow);
          await db.predictions.update(id, { createdAt });
          redated.add(`push:${id}`);
          continue;
        }
        await db.outbox.delete(`push:${id}`);
        if (result.status === 'stored') {
          stored += 1;
          await db.predictions.update(id, { syncState: 'synced', syncedAt, rejectReason: null });
          const waiting = (await db.photos.where('predictionId').equals(id).toArray()).filter(
            (p) => !p.uploaded,
          );
          await db.outbox.bulkPut(waiting.map((p) => uploadEntry(id, owner, p.index, syncedAt)));
        } else {
          rejected += 1;
          await db.predictions.update(id, { syncState: 'rejected', rejectReason: result.reason });
        }
      }
    });
    return { stored, rejected, answered, redated };
  }

  /**
   * Deletes whose undo time is over. A 404 (the server never had the record, or it was deleted already)
   * means the same as a 200: the server holds nothing of it.
   */
  async #sendDeletes(owner: string): Promise<Stage<object>> {
    const { db, api } = this.#deps;
    for (const entry of await dueDeletes(db, owner, this.#deps.now())) {
      if (this.#deps.account() !== owner) return { kind: 'signed-out' };
      try {
        await api.deletePrediction(entry.predictionId);
      } catch (error) {
        if (!(error instanceof ApiRequestError && error.status === 404))
          return this.#failed(error, [entry.key], owner);
      }
      await db.outbox.delete(entry.key);
    }
    return { kind: 'done' };
  }

  /**
   * Photos go UPLOADS_AT_ONCE at a time: on a slow link each request also waits a round trip, which one
   * upload in flight would add to every photo (measured: 1,000 photos over 1.6 Mbps took 576 s one at a
   * time, against 387 s of bytes). The first failure stops new uploads; the one in flight finishes.
   */
  async #uploadAll(owner: string, force: boolean): Promise<Stage<{ uploaded: number }>> {
    const queue = await dueUploads(this.#deps.db, owner, this.#deps.now(), force);
    let uploaded = 0;
    let stopped: SyncStop | null = null;
    const uploader = async (): Promise<void> => {
      for (let entry = queue.shift(); entry !== undefined && stopped === null; entry = queue.shift()) {
        if (this.#deps.account() !== owner) {
          stopped = { kind: 'signed-out' };
          return;
        }
        const outcome = await this.#upload(entry, owner);
        if (outcome === 'uploaded') uploaded += 1;
        else if (outcome !== 'skipped') stopped ??= outcome;
      }
    };
    await Promise.all(Array.from({ length: UPLOADS_AT_ONCE }, uploader));
    return stopped ?? { kind: 'done', uploaded };
  }

  /** One photo: sent and marked, skipped (gone, already there, refused for good), or why the run stops. */
  async #upload(entry: UploadEntry, owner: string): Promise<'uploaded' | 'skipped' | SyncStop> {
    const { db, api } = this.#deps;
    const photo = await db.photos.get([entry.predictionId, entry.index]);
    // Gone or already there (only an uploaded photo is ever dropped): nothing to send.
    if (photo === undefined || photo.photo === null || photo.uploaded) {
      await db.outbox.delete(entry.key);
      return 'skipped';
    }
    try {
      await api.uploadPhoto(entry.predictionId, entry.index, photo.photo);
    } catch (error) {
      if (error instanceof ApiRequestError && HTTP_PERMANENT_UPLOAD.has(error.status)) {
        // The server will never take this file; keep the photo on the phone and say why.
        await markRefused(db, entry.key, error.message);
        return 'skipped';
      }
      return this.#failed(error, [entry.key], owner);
    }
    await db.transaction('rw', [db.photos, db.outbox], async () => {
      await db.photos.update([entry.predictionId, entry.index], { uploaded: true });
      await db.outbox.delete(entry.key);
    });
    return 'uploaded';
  }

  /**
   * Notes changed after sync, once their record is on the server, each sent with the note revision the
   * farmer edited from. The server's answer (the note itself, or it beside another device's edit) becomes
   * the phone's note unless the farmer edited it again meanwhile.
   */
  async #sendNotes(owner: string, force: boolean): Promise<Stage<object>> {
    const { db, api } = this.#deps;
    for (const entry of await dueNotes(db, owner, this.#deps.now(), force)) {
      if (this.#deps.account() !== owner) return { kind: 'signed-out' };
      const prediction = await this.#editedRecord(entry);
      if (prediction === null) continue;
      const sent = { note: prediction.note, baseRevision: prediction.noteRevision ?? 0 };
      let saved;
      try {
        saved = await api.setNote(prediction.id, sent);
      } catch (error) {
        // 404: the record was deleted on another phone (the pull drops it here); 409: too long once merged.
        if (error instanceof ApiRequestError && (error.status === 409 || error.status === 404)) {
          // The refusal is of the text sent: an edit made meanwhile queued itself afresh and goes next run.
          await db.transaction('rw', [db.predictions, db.outbox], async () => {
            if ((await db.predictions.get(prediction.id))?.note === sent.note)
              await markRefused(db, entry.key, error.message);
          });
          continue;
        }
        return this.#failed(error, [entry.key], owner);
      }
      await db.transaction('rw', [db.predictions, db.outbox], async () => {
        const now = await db.predictions.get(prediction.id);
        if (now === undefined) return;
        if (now.note === sent.note) {
          await db.predictions.update(prediction.id, {
            note: saved.note ?? '',
            noteRevision: saved.noteRevision,
          });
          await db.outbox.delete(entry.key);
        } else if (saved.note === sent.note) {
          // Edited again while this one was on its way: the next send replaces what this one stored.
          await db.predictions.update(prediction.id, { noteRevision: saved.noteRevision });
        }
      });
    }
    return { kind: 'done' };
  }

  /**
   * The record an edit (note, details) is for, once it is on the server; null: nothing to send now. Gone,
   * or refused by the server: there is no server copy to change (the edit stays on the phone) and the entry
   * goes; not pushed yet: its push comes first.
   */
  async #editedRecord(entry: OutboxEntry): Promise<StoredPrediction | null> {
    const { db } = this.#deps;
    const prediction = await db.predictions.get(entry.predictionId);
    if (prediction === undefined || prediction.syncState === 'rejected') {
      await db.outbox.delete(entry.key);
      return null;
    }
    return prediction.syncState === 'pending' ? null : prediction;
  }

  /**
   * Whose-field details changed after their record's push: each sent as it now stands (the server keeps the
   * last edit). Done once the phone still holds what was sent; an edit made meanwhile is sent next run.
   */
  async #sendDetails(owner: string, force: boolean): Promise<Stage<object>> {
    const { db, api } = this.#deps;
    for (const entry of await dueDetails(db, owner, this.#deps.now(), force)) {
      if (this.#deps.account() !== owner) return { kind: 'signed-out' };
      const prediction = await this.#editedRecord(entry);
      if (prediction === null) continue;
      const sent = detailsBody(prediction);
      try {
        await api.setFieldDetails(prediction.id, sent);
      } catch (error) {
        // 404: deleted on another phone (the pull drops it here); 400: the server will never take these.
        if (error instanceof ApiRequestError && (error.status === 404 || error.status === 400)) {
          await markRefused(db, entry.key, error.message);
          continue;
        }
        return this.#failed(error, [entry.key], owner);
      }
      await db.transaction('rw', [db.predictions, db.outbox], async () => {
        const now = await db.predictions.get(prediction.id);
        if (now !== undefined && sameDetails(now, sent)) await db.outbox.delete(entry.key);
      });
    }
    return { kind: 'done' };
  }

  /** The account's changes from other devices; a failure is retried at the next sync. */
  async #pull(owner: string): Promise<Stage<{ pulled: number }>> {
    try {
      const pulled = await pullChanges(
        this.#deps.db,
        this.#deps.api,
        owner,
        () => this.#deps.account() === owner,
      );
      return this.#deps.account() === owner ? { kind: 'done', pulled } : { kind: 'signed-out' };
    } catch (error) {
      return this.#failed(error, [], owner);
    }
  }

  async #failed(
    error: unknown,
    keys: string[],
    owner: string,
  ): Promise<Exclude<SyncStop, { kind: 'signed-out' }>> {
    if (error instanceof ApiRequestError && error.unauthorized) {
      this.#deps.onSessionExpired();
      return { kind: 'session-expired' };
    }
    const message = error instanceof Error ? error.message : String(error);
    // Everything else is retried with backoff, never dropped: a 4xx for a whole batch is a bug to fix, not data to lose.
    await scheduleRetry(this.#deps.db, keys, message, this.#deps.now(), this.#deps.random);
    const retryAt = await nextRetryAt(this.#deps.db, owner);
    return { kind: 'retry-later', error: message, retryAt };
  }

  async #finish(outcome: SyncOutcome, owner: string | null): Promise<SyncOutcome> {
    // Whatever this run did, entries may still wait for their backoff (a run that found nothing due yet
    // included): wake up when the first one is due. Signed out or expired, the next sign-in syncs;
    // busy, the other tab does the work.
    clearTimeout(this.#retryTimer);
    const waits = outcome.kind === 'done' || outcome.kind === 'retry-later';
    if (waits && owner !== null && typeof window !== 'undefined') {
      const retryAt = await nextRetryAt(this.#deps.db, owner).catch(() => null);
      if (retryAt !== null) {
        const delay = Math.max(MIN_RETRY_DELAY_MS, retryAt - this.#deps.now());
        this.#retryTimer = setTimeout(() => void this.sync(), delay);
      }
    }
    const failedRuns =
      outcome.kind === 'retry-later'
        ? this.#state.failedRuns + 1
        : outcome.kind === 'done'
          ? 0
          : this.#state.failedRuns;
    this.#setState({ running: false, last: outcome, failedRuns });
    return outcome;
  }

  #setState(patch: Partial<SyncEngineState>): void {
    this.#state = { ...this.#state, ...patch };
    this.#listeners.forEach((l) => l());
  }
}
