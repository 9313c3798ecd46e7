import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { freshDb, newPhoto, newPrediction, TEST_OWNER } from '../testing/fixtures.ts';
import {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  backoffDelay,
  duePushes,
  nextRetryAt,
  scheduleRetry,
} from './outbox.ts';
import { photosOf } from './photos.ts';
import {
  createPrediction,
  listPredictions,
  recentPredictions,
  setNote,
  updateDiagnosis,
} from './predictions.ts';
import { NO_OWNER } from './schema.ts';
import { isQuotaExceeded, StorageFullError, withQuotaCheck } from './quota.ts';

const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });

describe('createPrediction', () => {
  it('stores the record, its photos and one outbox entry together', async () => {
    const db = freshDb();
    const p = newPrediction({ photoCount: 2 });
    await createPrediction(db, p, [newPhoto(photo), newPhoto(photo)]);
    expect(await db.predictions.get(p.id)).toMatchObject({
      syncState: 'pending',
      note: '',
      origin: 'device',
    });
    expect((await photosOf(db, p.id)).map((x) => [x.index, x.uploaded])).toEqual([
      [0, false],
      [1, false],
    ]);
    expect(await db.outbox.toArray()).toMatchObject([{ key: `push:${p.id}`, kind: 'push', attempts: 0 }]);
  });

  it('writes nothing when any part fails (all in one transaction)', async () => {
    const db = freshDb();
    const p = newPrediction();
    await createPrediction(db, p, [newPhoto(photo)]);
    await db.outbox.clear();
    // Same id again: the prediction insert fails, so neither photos nor an outbox entry may appear.
    await expect(createPrediction(db, p, [newPhoto(photo), newPhoto(photo)])).rejects.toThrow();
    expect(await db.photos.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('updateDiagnosis', () => {
  it('adds a leaf as the next photo index while pending, and refuses once synced', async () => {
    const db = freshDb();
    const p = newPrediction();
    await createPrediction(db, p, [newPhoto(photo)]);
    await updateDiagnosis(
      db,
      p.id,
      { crop: null, probabilities: [1, 0, 0, 0], top5: p.top5, unsure: true },
      newPhoto(photo),
    );
    expect(await db.predictions.get(p.id)).toMatchObject({ photoCount: 2, crop: null, unsure: true });
    expect((await photosOf(db, p.id)).map((x) => x.index)).toEqual([0, 1]);

    await db.predictions.update(p.id, { syncState: 'synced' });
    await expect(
      updateDiagnosis(db, p.id, { crop: 'potato', probabilities: null, top5: p.top5, unsure: false }),
    ).rejects.toThrow('errors.alreadySynced');
  });
});

describe('listPredictions', () => {
  it('pages newest first, filtering before paging', async () => {
    const db = freshDb();
    for (let i = 0; i < 5; i++) {
      await createPrediction(
        db,
        newPrediction({ createdAt: `2025-01-0${i + 1}T00:00:00.000Z`, crop: i % 2 ? 'potato' : 'tomato' }),
        [],
      );
    }
    const page = await listPredictions(db, { owner: TEST_OWNER, offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((p) => p.createdAt.slice(0, 10))).toEqual(['2025-01-04', '2025-01-03']);
    const potatoes = await listPredictions(db, {
      owner: TEST_OWNER,
      offset: 0,
      limit: 10,
      matches: (p) => p.crop === 'potato',
    });
    expect(potatoes.total).toBe(2);
    expect(potatoes.items.map((p) => p.createdAt.slice(0, 10))).toEqual(['2025-01-04', '2025-01-02']);
  });

  it('Recent mixes in records not yet in the account, and offers more history only when History has more', async () => {
    const db = freshDb();
    const made = async (owner: string, day: number) =>
      createPrediction(db, newPrediction({ owner, createdAt: `2025-01-0${day}T00:00:00.000Z` }), []);
    for (const day of [1, 2, 3]) await made(NO_OWNER, day);
    for (const day of [4, 5]) await made(TEST_OWNER, day);
    // All five shown, both of the account's among them: History would list nothing more.
    const all = await recentPredictions(db, [TEST_OWNER, NO_OWNER], 5);
    expect(all.items.map((p) => p.owner)).toEqual([TEST_OWNER, TEST_OWNER, NO_OWNER, NO_OWNER, NO_OWNER]);
    expect(all.moreInHistory).toBe(false);
    // A newer unadopted record pushes one of the account's out of Recent: History has it.
    await made(NO_OWNER, 6);
    await made(NO_OWNER, 7);
    await made(NO_OWNER, 8);
    await made(NO_OWNER, 9);
    expect((await recentPredictions(db, [TEST_OWNER, NO_OWNER], 5)).moreInHistory).toBe(true);
  });

  it('keeps notes', async () => {
    const db = freshDb();
    const p = newPrediction();
    await createPrediction(db, p, []);
    await setNote(db, p.id, 'north field');
    expect((await db.predictions.get(p.id))?.note).toBe('north field');
  });
});

describe('outbox backoff', () => {
  it('grows exponentially with jitter, within half and all of the ceiling', () => {
    expect(backoffDelay(1, () => 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(backoffDelay(1, () => 1)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(4, () => 1)).toBe(BACKOFF_BASE_MS * 8);
    expect(backoffDelay(30, () => 1)).toBe(BACKOFF_MAX_MS);
  });

  it('holds retried entries back until due; force ignores the wait', async () => {
    const db = freshDb();
    const p = newPrediction();
    await createPrediction(db, p, []);
    const now = 1_000_000;
    await scheduleRetry(db, [`push:${p.id}`], 'HTTP 503', now, () => 0.5);
    const entry = await db.outbox.get(`push:${p.id}`);
    expect(entry).toMatchObject({ attempts: 1, lastError: 'HTTP 503', nextAttemptAt: now + 1500 });
    expect(await duePushes(db, TEST_OWNER, now, 100)).toEqual([]);
    expect(await duePushes(db, TEST_OWNER, now + 1500, 100)).toHaveLength(1);
    expect(await duePushes(db, TEST_OWNER, now, 100, true)).toHaveLength(1);
    expect(await nextRetryAt(db, TEST_OWNER)).toBe(now + 1500);
  });
});

describe('quota', () => {
  it('recognises QuotaExceededError, raw or wrapped by Dexie', async () => {
    const raw = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaExceeded(raw)).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('aborted', raw))).toBe(true);
    expect(isQuotaExceeded(new Error('other'))).toBe(false);
    await expect(withQuotaCheck(() => Promise.reject(raw))).rejects.toBeInstanceOf(StorageFullError);
    await expect(withQuotaCheck(() => Promise.reject(new Error('other')))).rejects.toThrow('other');
  });
});
