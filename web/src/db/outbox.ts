import type { PhytoDb } from './schema.ts';

/**
 * Work the sync still owes the server, kept in IndexedDB so that closing the tab mid-sync loses nothing:
 * an entry is deleted only in the same transaction that records the server's answer.
 */
export type OutboxEntry = PushEntry | UploadEntry | NoteEntry | DetailsEntry | DeleteEntry;

interface EntryBase {
  key: string;
  predictionId: string;
  /** The record's owner (NO_OWNER: made signed out); only the signed-in account's entries are sent. */
  owner: string;
  createdAt: string;
  attempts: number;
  /** Epoch ms before which a retry waits (exponential backoff); 0 = now. */
  nextAttemptAt: number;
  lastError: string | null;
}
/** Work the server refused for good: kept with the reason (`failed`) and not retried until changed. */
interface RefusableEntry extends EntryBase {
  /** Absent on entries queued before notes could be refused. */
  failed?: string | null;
}
/** Send the prediction record. */
export interface PushEntry extends EntryBase {
  kind: 'push';
}
/** Upload photo `index` of a stored record. */
export interface UploadEntry extends RefusableEntry {
  kind: 'upload';
  index: number;
}

/** Send the record's current note: it changed after the record was (or while it was being) synced. */
export interface NoteEntry extends RefusableEntry {
  kind: 'note';
}

/** Send the record's whose-field details (farmer, place, location): they changed after it was pushed. */
export interface DetailsEntry extends RefusableEntry {
  kind: 'details';
}

/** Tell the server the farmer deleted this record (the record itself is already gone from the phone). */
export interface DeleteEntry extends EntryBase {
  kind: 'delete';
}

const base = (predictionId: string, owner: string, createdAt: string) => ({
  predictionId,
  owner,
  createdAt,
  attempts: 0,
  nextAttemptAt: 0,
  lastError: null,
});

export function pushEntry(predictionId: string, owner: string, createdAt: string): PushEntry {
  return { key: `push:${predictionId}`, kind: 'push', ...base(predictionId, owner, createdAt) };
}

export function uploadEntry(
  predictionId: string,
  owner: string,
  index: number,
  createdAt: string,
): UploadEntry {
  return {
    key: `upload:${predictionId}:${index}`,
    kind: 'upload',
    index,
    failed: null,
    ...base(predictionId, owner, createdAt),
  };
}

export const noteKey = (predictionId: string) => `note:${predictionId}`;
export const detailsKey = (predictionId: string) => `details:${predictionId}`;
export const deleteKey = (predictionId: string) => `delete:${predictionId}`;

export function noteEntry(predictionId: string, owner: string, createdAt: string): NoteEntry {
  return { key: noteKey(predictionId), kind: 'note', failed: null, ...base(predictionId, owner, createdAt) };
}

export function detailsEntry(predictionId: string, owner: string, createdAt: string): DetailsEntry {
  return {
    key: detailsKey(predictionId),
    kind: 'details',
    failed: null,
    ...base(predictionId, owner, createdAt),
  };
}

/** Due at `dueAt` (the end of the undo time), and never earlier, not even by "Sync now". */
export function deleteEntry(
  predictionId: string,
  owner: string,
  createdAt: string,
  dueAt: number,
): DeleteEntry {
  return {
    key: deleteKey(predictionId),
    kind: 'delete',
    ...base(predictionId, owner, createdAt),
    nextAttemptAt: dueAt,
  };
}

async function ofKind<E extends OutboxEntry>(db: PhytoDb, owner: string, kind: E['kind']): Promise<E[]> {
  return (await db.outbox.where('[owner+kind]').equals([owner, kind]).toArray()) as E[];
}

/** Entries of one kind whose backoff has passed, oldest first, so a backlog drains in the order the farmer
 * made it. `force` ignores backoff. */
async function dueOfKind<E extends Exclude<OutboxEntry, UploadEntry>>(
  db: PhytoDb,
  owner: string,
  kind: E['kind'],
  now: number,
  force: boolean,
): Promise<E[]> {
  return (await ofKind<E>(db, owner, kind))
    .filter((e) => !isRefused(e) && (force || e.nextAttemptAt <= now))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function duePushes(
  db: PhytoDb,
  owner: string,
  now: number,
  limit: number,
  force = false,
): Promise<PushEntry[]> {
  return (await dueOfKind<PushEntry>(db, owner, 'push', now, force)).slice(0, limit);
}

export async function dueUploads(
  db: PhytoDb,
  owner: string,
  now: number,
  force = false,
): Promise<UploadEntry[]> {
  return (await ofKind<UploadEntry>(db, owner, 'upload'))
    .filter((e) => !isRefused(e) && (force || e.nextAttemptAt <= now))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.index - b.index);
}

/** Deletes whose undo time is over and whose backoff has passed: `force` cannot cut the undo time short. */
export function dueDeletes(db: PhytoDb, owner: string, now: number): Promise<DeleteEntry[]> {
  return dueOfKind<DeleteEntry>(db, owner, 'delete', now, false);
}

export function dueNotes(db: PhytoDb, owner: string, now: number, force = false): Promise<NoteEntry[]> {
  return dueOfKind<NoteEntry>(db, owner, 'note', now, force);
}

export function dueDetails(db: PhytoDb, owner: string, now: number, force = false): Promise<DetailsEntry[]> {
  return dueOfKind<DetailsEntry>(db, owner, 'details', now, force);
}

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so phones don't retry in step. */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return ceiling / 2 + (ceiling / 2) * random();
}

/** Records a failed attempt on each entry and pushes its next try back. */
export async function scheduleRetry(
  db: PhytoDb,
  keys: string[],
  error: string,
  now: number,
  random: () => number = Math.random,
): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    for (const entry of await db.outbox.bulkGet(keys)) {
      if (entry === undefined) continue;
      const attempts = entry.attempts + 1;
      await db.outbox.update(entry.key, {
        attempts,
        nextAttemptAt: now + backoffDelay(attempts, random),
        lastError: error,
      });
    }
  });
}

/** When the owner's next backed-off entry becomes due (null: nothing waits). */
export async function nextRetryAt(db: PhytoDb, owner: string): Promise<number | null> {
  let next: number | null = null;
  await db.outbox.each((e) => {
    if (e.owner !== owner || isRefused(e)) return;
    if (e.nextAttemptAt > 0 && (next === null || e.nextAttemptAt < next)) next = e.nextAttemptAt;
  });
  return next;
}

export function countUploadsWaiting(db: PhytoDb, owner: string): Promise<number> {
  return db.outbox.where('[owner+kind]').equals([owner, 'upload']).count();
}

/** The kinds of work the server may refuse for good (a photo, a note, details); a push or a delete is retried. */
function isRefusable(e: OutboxEntry): e is UploadEntry | NoteEntry | DetailsEntry {
  return e.kind === 'upload' || e.kind === 'note' || e.kind === 'details';
}

function isRefused(e: OutboxEntry): boolean {
  return isRefusable(e) && (e.failed ?? null) !== null;
}

/** The server refused this photo or note for good: keep it on the phone, stop retrying, keep why. */
export async function markRefused(db: PhytoDb, key: string, reason: string): Promise<void> {
  await db.outbox
    .where('key')
    .equals(key)
    .modify((e) => {
      if (isRefusable(e)) e.failed = reason;
    });
}

/** Why the server refused this record's note, or null when it was not refused. */
export async function noteRefusal(db: PhytoDb, predictionId: string): Promise<string | null> {
  const entry = await db.outbox.get(noteKey(predictionId));
  return entry?.kind === 'note' ? (entry.failed ?? null) : null;
}
