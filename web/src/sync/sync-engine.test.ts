/// <reference types="node" />
// The sync engine against the REAL server code path: Hono app + services + FerretDB over HTTP
// (server/src/testing/test-server.ts). IndexedDB is fake-indexeddb; the browser's own is covered by e2e.
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthReply } from '@phyto/shared';
import { startTestServer, type TestServer } from '../../../server/src/testing/test-server.ts';
import {
  createPrediction,
  setFieldDetails,
  setNote,
  toPredictionInput,
  updateDiagnosis,
} from '../db/predictions.ts';
import { photosOf } from '../db/photos.ts';
import { deletePrediction, restoreDeleted, UNDO_DELETE_MS } from '../db/deletion.ts';
import { noteRefusal } from '../db/outbox.ts';
import type { PhytoDb } from '../db/schema.ts';
import { freshDb, newPhoto, newPrediction, storePredictions, TEST_OWNER } from '../testing/fixtures.ts';
import { createApiClient } from './api-client.ts';
import { pullChanges } from './changes-pull.ts';
import { fetchServerPhoto } from './server-photos.ts';
import { getRemotePhoto } from '../db/remote-photos.ts';
import { SyncEngine, type SyncEngineDeps } from './sync-engine.ts';

let server: TestServer;
let account: AuthReply;
let png: Blob;

beforeAll(async () => {
  server = await startTestServer();
  account = await server.signUp();
  png = new Blob([await readFile(new URL('../../public/icons/icon-192.png', import.meta.url))], {
    type: 'image/png',
  });
});
afterAll(() => server?.close());

/** Records the real requests the engine makes (sizes of batches), passing each one through unchanged. */
function recordingFetch(log: { path: string; records?: number }[]): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const records = (body as { records?: unknown[] } | undefined)?.records?.length;
    log.push({ path: url.pathname, ...(records !== undefined && { records }) });
    return fetch(input, init);
  };
}

function engineFor(
  db: PhytoDb,
  overrides: Partial<SyncEngineDeps> & { token?: string; fetch?: typeof fetch } = {},
) {
  const token = overrides.token ?? account.token;
  const api =
    overrides.api ??
    createApiClient({ baseUrl: server.url, getToken: () => token, fetch: overrides.fetch ?? fetch });
  let expired = 0;
  const engine = new SyncEngine({
    db,
    api,
    account: () => TEST_OWNER,
    onSessionExpired: () => (expired += 1),
    lock: (fn) => fn(),
    ...overrides,
  });
  return { engine, api, expiredCount: () => expired };
}

/** One account on two phones: a record made on phone A, synced, and pulled by phone B. */
async function twoPhonesWithOneRecord() {
  const user = await server.signUp();
  const phoneA = freshDb();
  const [id = ''] = await storePredictions(phoneA, 1, null);
  const a = engineFor(phoneA, { token: user.token });
  await a.engine.sync();
  const phoneB = freshDb();
  const b = engineFor(phoneB, { token: user.token });
  await b.engine.sync();
  return { user, id, phoneA, a, phoneB, b };
}

async function serverTotal(token = account.token): Promise<number> {
  const api = createApiClient({ baseUrl: server.url, getToken: () => token });
  return (await api.history(1, 1)).total;
}

describe('SyncEngine against the real API', () => {
  it('stores each record once, marks it synced only after `stored`, then uploads every photo', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const ids = await storePredictions(db, 3, png, 2);
    const { engine } = engineFor(db, { token: user.token });

    const first = await engine.sync();
    expect(first).toEqual({ kind: 'done', stored: 3, rejected: 0, uploaded: 6, pulled: 0 });
    const stored = await db.predictions.bulkGet(ids);
    expect(stored.map((p) => p?.syncState)).toEqual(['synced', 'synced', 'synced']);
    expect(stored.every((p) => p?.syncedAt !== null)).toBe(true);
    expect((await photosOf(db, ids[0] ?? '')).map((p) => p.uploaded)).toEqual([true, true]);
    expect(await db.outbox.count()).toBe(0);

    // A second run sends nothing and the server still holds three records, with both photos each.
    expect(await engine.sync()).toEqual({ kind: 'done', stored: 0, rejected: 0, uploaded: 0, pulled: 0 });
    const api = createApiClient({ baseUrl: server.url, getToken: () => user.token });
    const history = await api.history(1, 10);
    expect(history.total).toBe(3);
    expect(history.items.map((r) => r.uploadedPhotos)).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });

  it('sends batches of at most 100', async () => {
    const user = await server.signUp();
    const db = freshDb();
    await storePredictions(db, 150, null);
    const log: { path: string; records?: number }[] = [];
    const { engine } = engineFor(db, { token: user.token, fetch: recordingFetch(log) });

    expect(await engine.sync()).toMatchObject({ kind: 'done', stored: 150 });
    expect(log.filter((r) => r.path === '/api/predictions/sync').map((r) => r.records)).toEqual([100, 50]);
    expect(await serverTotal(user.token)).toBe(150);
  });

  it('a reply lost mid-sync (tab closed, network cut) is resent and still stored exactly once', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const ids = await storePredictions(db, 4, null);
    // The server receives and stores the batch, but the phone never sees the answer.
    const dropReply: typeof fetch = async (input, init) => {
      await fetch(input, init);
      throw new TypeError('network connection lost');
    };
    const cut = engineFor(db, { token: user.token, fetch: dropReply });
    expect(await cut.engine.sync()).toMatchObject({ kind: 'retry-later' });
    expect(await serverTotal(user.token)).toBe(4);
    const waiting = await db.predictions.bulkGet(ids);
    expect(waiting.map((p) => p?.syncState)).toEqual(['pending', 'pending', 'pending', 'pending']);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(4);
    expect(outbox.every((e) => e.attempts === 1 && e.nextAttemptAt > Date.now())).toBe(true);

    // The app is opened again: a new engine over the same database; the person presses "Sync now".
    const reopened = engineFor(db, { token: user.token });
    expect(await reopened.engine.sync({ force: true })).toMatchObject({ kind: 'done', stored: 4 });
    expect(await serverTotal(user.token)).toBe(4);
    expect(await db.outbox.count()).toBe(0);
  });

  it('on 401 keeps every record queued and reports the session as expired', async () => {
    const db = freshDb();
    const ids = await storePredictions(db, 2, png);
    const { engine, expiredCount } = engineFor(db, { token: `${account.token}tampered` });

    expect(await engine.sync()).toEqual({ kind: 'session-expired' });
    expect(expiredCount()).toBe(1);
    expect((await db.predictions.bulkGet(ids)).map((p) => p?.syncState)).toEqual(['pending', 'pending']);
    expect(await db.outbox.count()).toBe(2);

    // Signed in again: everything goes through.
    expect(await engineFor(db).engine.sync()).toMatchObject({ kind: 'done', stored: 2, uploaded: 2 });
  });

  it('keeps a rejected record with the server’s reason and stores the rest of the batch', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const good = newPrediction();
    const bad = newPrediction({ note: 'x'.repeat(2001) });
    await createPrediction(db, good, []);
    await createPrediction(db, bad, []);

    expect(await engineFor(db, { token: user.token }).engine.sync()).toMatchObject({
      stored: 1,
      rejected: 1,
    });
    const kept = await db.predictions.get(bad.id);
    expect(kept?.syncState).toBe('rejected');
    expect(kept?.rejectReason).toMatch(/note/);
    expect((await db.predictions.get(good.id))?.syncState).toBe('synced');
    expect(await db.outbox.count()).toBe(0);
  });

  it('backs off on a network failure without dropping anything', async () => {
    const db = freshDb();
    const [id] = await storePredictions(db, 1, null);
    const api = createApiClient({ baseUrl: 'http://127.0.0.1:9', getToken: () => account.token });
    const { engine } = engineFor(db, { api });

    const outcome = await engine.sync();
    expect(outcome).toMatchObject({ kind: 'retry-later' });
    const entry = await db.outbox.get(`push:${id}`);
    expect(entry?.attempts).toBe(1);
    expect(entry?.lastError).toMatch(/connection/i);
    // Not forced: the entry waits for its backoff, so a run now sends nothing (and still cannot pull).
    expect(await engine.sync()).toMatchObject({ kind: 'retry-later' });
    expect((await db.outbox.get(`push:${id}`))?.attempts).toBe(1);
  });

  it('gives up on a server that takes the connection and never answers, and is not stuck after it', async () => {
    // A captive portal or a half-open 2G link: the TCP connection opens, no reply ever comes.
    const sockets: Socket[] = [];
    const hung: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const address = hung.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const db = freshDb();
      const [id] = await storePredictions(db, 1, null);
      const api = createApiClient({
        baseUrl: `http://127.0.0.1:${port}`,
        getToken: () => account.token,
        timeoutMs: 300,
      });
      const { engine } = engineFor(db, { api });
      expect(await engine.sync()).toMatchObject({
        kind: 'retry-later',
        error: 'The server did not answer in time',
      });
      expect((await db.outbox.get(`push:${id}`))?.attempts).toBe(1);
      // The hung request does not hold later runs: "Sync now" runs again and fails the same way.
      expect(await engine.sync({ force: true })).toMatchObject({ kind: 'retry-later' });
      expect((await db.outbox.get(`push:${id}`))?.attempts).toBe(2);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => hung.close(resolve));
    }
  });

  /** Runs `during` after the sync request reached the server and before its reply reaches the engine. */
  function duringPush(during: () => Promise<void>): typeof fetch {
    return async (input, init) => {
      const reply = await fetch(input, init);
      if (new URL(input instanceof Request ? input.url : String(input)).pathname.endsWith('/sync'))
        await during();
      return reply;
    };
  }

  it('pushes a crop changed while the record was on its way, and the server keeps that newer revision', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const p = newPrediction({ crop: 'tomato' });
    await createPrediction(db, p, [newPhoto(png)]);
    const changeCrop = duringPush(async () => {
      await updateDiagnosis(db, p.id, {
        crop: null,
        probabilities: p.probabilities,
        top5: p.top5,
        unsure: true,
        verdict: 'unsure',
      });
    });
    const { engine, api } = engineFor(db, { token: user.token, fetch: changeCrop });
    await engine.sync();
    // Not marked synced: the server holds revision 0, the phone revision 1.
    expect(await db.predictions.get(p.id)).toMatchObject({ syncState: 'pending', revision: 1 });
    expect(await db.outbox.get(`push:${p.id}`)).toBeDefined();

    await engineFor(db, { token: user.token }).engine.sync();
    const [record] = (await api.history(1, 10)).items;
    expect(record).toMatchObject({
      id: p.id,
      crop: null,
      unsure: true,
      verdict: 'unsure',
      revision: 1,
      uploadedPhotos: [0],
    });
    expect((await db.predictions.get(p.id))?.syncState).toBe('synced');
  });

  it('uploads a leaf added while the record was on its way: the server learns the new photo count first', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const p = newPrediction();
    await createPrediction(db, p, [newPhoto(png)]);
    const addLeaf = duringPush(async () => {
      await updateDiagnosis(
        db,
        p.id,
        { crop: p.crop, probabilities: p.probabilities, top5: p.top5, unsure: false },
        newPhoto(png),
      );
    });
    await engineFor(db, { token: user.token, fetch: addLeaf }).engine.sync();
    const { engine, api } = engineFor(db, { token: user.token });
    expect(await engine.sync()).toMatchObject({ kind: 'done', stored: 1, uploaded: 2 });
    const [record] = (await api.history(1, 10)).items;
    expect(record).toMatchObject({ photoCount: 2, uploadedPhotos: [0, 1] });
    expect(await db.outbox.count()).toBe(0);
  });

  it('stores a record once when the reply was lost after the server stored it, and an old revision changes nothing', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const p = newPrediction({ crop: 'tomato' });
    await createPrediction(db, p, []);
    const loseReply: typeof fetch = async (input, init) => {
      await fetch(input, init);
      throw new TypeError('connection reset');
    };
    expect(await engineFor(db, { token: user.token, fetch: loseReply }).engine.sync()).toMatchObject({
      kind: 'retry-later',
    });
    const { engine, api } = engineFor(db, { token: user.token });
    expect(await engine.sync({ force: true })).toMatchObject({ kind: 'done', stored: 1 });
    expect((await api.history(1, 10)).total).toBe(1);

    // Another phone's stale copy (revision 0, another crop) cannot overwrite what is stored.
    await api.pushPredictions([
      { ...toPredictionInput((await db.predictions.get(p.id))!), crop: 'potato', revision: 0 },
    ]);
    expect((await api.history(1, 10)).items[0]).toMatchObject({ crop: 'tomato', revision: 0 });
  });

  it('uploads two photos at a time (a slow link’s round trips overlap), every one once', async () => {
    const user = await server.signUp();
    const db = freshDb();
    await storePredictions(db, 3, png, 2);
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (input, init) => {
      const upload = String(input instanceof Request ? input.url : input).includes('/image');
      if (upload) most = Math.max(most, ++inFlight);
      try {
        return await fetch(input, init);
      } finally {
        if (upload) inFlight -= 1;
      }
    };
    const { engine } = engineFor(db, { token: user.token, fetch: counting });
    expect(await engine.sync()).toMatchObject({ kind: 'done', stored: 3, uploaded: 6 });
    expect(most).toBe(2);
  });

  it('marks a photo the server refuses for good as failed, keeps it, and does not retry it', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const p = newPrediction();
    await createPrediction(db, p, [newPhoto(new Blob(['not an image at all'], { type: 'image/jpeg' }))]);

    expect(await engineFor(db, { token: user.token }).engine.sync()).toMatchObject({
      stored: 1,
      uploaded: 0,
    });
    const entry = await db.outbox.get(`upload:${p.id}:0`);
    expect(entry).toMatchObject({ kind: 'upload', failed: expect.any(String) as string });
    expect(await photosOf(db, p.id)).toHaveLength(1);
    expect(await engineFor(db, { token: user.token }).engine.sync({ force: true })).toMatchObject({
      uploaded: 0,
    });
  });

  it('takes a note changed after sync to the server, and an edit made while it was sending next time', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const [id = ''] = await storePredictions(db, 1, null);
    await setNote(db, id, 'before sync');
    const log: { path: string }[] = [];
    const { engine, api } = engineFor(db, { token: user.token, fetch: recordingFetch(log) });
    await engine.sync();
    const noteOnServer = async () => (await api.history(1, 10)).items.find((i) => i.id === id)?.note;
    expect(await noteOnServer()).toBe('before sync');

    await setNote(db, id, 'after sync');
    // The farmer edits again while that edit is on its way to the server.
    const editingFetch: typeof fetch = async (input, init) => {
      const reply = await fetch(input, init);
      if (new URL(input instanceof Request ? input.url : String(input)).pathname.endsWith('/note'))
        await setNote(db, id, 'during sync');
      return reply;
    };
    await engineFor(db, { token: user.token, fetch: editingFetch }).engine.sync();
    expect(await noteOnServer()).toBe('after sync');
    expect(await db.outbox.get(`note:${id}`)).toBeDefined();

    log.length = 0;
    await engine.sync();
    expect(await noteOnServer()).toBe('during sync');
    expect(log.filter((l) => l.path.endsWith('/note'))).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('corrects the date of a record made under a wrong phone clock and stores it in the same run', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const hour = 60 * 60 * 1000;
    const serverNow = server.clock.now().getTime();
    // This phone's clock runs ten years ahead, and a diagnosis was made on it an hour ago.
    const phoneNow = serverNow + 10 * 365 * 24 * hour;
    const wrongClock = newPrediction({ createdAt: new Date(phoneNow - hour).toISOString() });
    // Another made while the clock had been reset to 1999 (then set right): only the server's time is known.
    const resetClock = newPrediction({ createdAt: '1999-12-31T10:00:00.000Z' });
    for (const p of [wrongClock, resetClock]) await createPrediction(db, p, []);

    const { engine, api } = engineFor(db, { token: user.token, now: () => phoneNow });
    expect(await engine.sync()).toMatchObject({ kind: 'done', stored: 2, rejected: 0 });
    const onServer = new Map((await api.history(1, 10)).items.map((r) => [r.id, Date.parse(r.createdAt)]));
    expect(onServer.get(wrongClock.id)).toBe(serverNow - hour);
    expect(onServer.get(resetClock.id)).toBe(serverNow);
    const local = await db.predictions.bulkGet([wrongClock.id, resetClock.id]);
    expect(local.map((p) => p?.syncState)).toEqual(['synced', 'synced']);
    expect(local.map((p) => (p ? Date.parse(p.createdAt) : 0))).toEqual([serverNow - hour, serverNow]);
  });

  it('keeps both notes when two phones edit the same one before hearing of each other', async () => {
    const { id, phoneA, a, phoneB, b } = await twoPhonesWithOneRecord();

    // Both edit from the same revision; no phone clock is sent, none decides.
    await setNote(phoneA, id, 'sprayed copper on Monday');
    await setNote(phoneB, id, 'rain on Tuesday');
    await a.engine.sync();
    await b.engine.sync();
    const both = 'sprayed copper on Monday\n\nrain on Tuesday';
    expect((await phoneB.predictions.get(id))?.note).toBe(both);
    server.clock.advance(61);
    await a.engine.sync();
    expect(await phoneA.predictions.get(id)).toMatchObject({ note: both, noteRevision: 2 });

    // Phone A edits from what it now has: a plain replacement, seen by phone B.
    await setNote(phoneA, id, 'sprayed Monday; rain Tuesday');
    await a.engine.sync();
    server.clock.advance(61);
    await b.engine.sync();
    expect(await phoneB.predictions.get(id)).toMatchObject({
      note: 'sprayed Monday; rain Tuesday',
      noteRevision: 3,
    });
    expect(await phoneB.outbox.count()).toBe(0);
  });

  it('keeps a note the server refuses (too long beside another phone’s), says so, and sends it once edited', async () => {
    const { user, id, phoneA, a, phoneB, b } = await twoPhonesWithOneRecord();

    await setNote(phoneA, id, 'a'.repeat(1500));
    await a.engine.sync();
    await setNote(phoneB, id, 'b'.repeat(1500));
    expect(await b.engine.sync()).toMatchObject({ kind: 'done' });
    expect(await noteRefusal(phoneB, id)).toEqual(expect.any(String));
    expect((await phoneB.predictions.get(id))?.note).toBe('b'.repeat(1500));
    // Not retried by itself: the next run sends nothing for it.
    const log: { path: string }[] = [];
    await engineFor(phoneB, { token: user.token, fetch: recordingFetch(log) }).engine.sync({ force: true });
    expect(log.filter((l) => l.path.endsWith('/note'))).toEqual([]);

    await setNote(phoneB, id, 'b'.repeat(300));
    await b.engine.sync();
    expect(await noteRefusal(phoneB, id)).toBeNull();
    expect((await phoneB.predictions.get(id))?.note).toBe(`${'a'.repeat(1500)}\n\n${'b'.repeat(300)}`);
  });

  it('does not count an edit made while a refused note was on its way as refused: it is sent next', async () => {
    const { user, id, phoneA, a, phoneB } = await twoPhonesWithOneRecord();
    await setNote(phoneA, id, 'a'.repeat(1500));
    await a.engine.sync();
    await setNote(phoneB, id, 'b'.repeat(1500));
    // The farmer shortens the note while the long one is being refused.
    const editingFetch: typeof fetch = async (input, init) => {
      const reply = await fetch(input, init);
      if (new URL(input instanceof Request ? input.url : String(input)).pathname.endsWith('/note'))
        await setNote(phoneB, id, 'b'.repeat(300));
      return reply;
    };
    await engineFor(phoneB, { token: user.token, fetch: editingFetch }).engine.sync();
    expect(await noteRefusal(phoneB, id)).toBeNull();
    await engineFor(phoneB, { token: user.token }).engine.sync();
    expect((await phoneB.predictions.get(id))?.note).toBe(`${'a'.repeat(1500)}\n\n${'b'.repeat(300)}`);
    expect(await phoneB.outbox.count()).toBe(0);
  });

  it('does nothing while signed out', async () => {
    const db = freshDb();
    await storePredictions(db, 1, null);
    const { engine } = engineFor(db, { account: () => null });
    expect(await engine.sync()).toEqual({ kind: 'signed-out' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('sends only the signed-in account’s records: another person’s on the same phone stay put', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const mine = newPrediction();
    const theirs = newPrediction({ owner: 'someone-else' });
    const nobodys = newPrediction({ owner: '' });
    for (const p of [mine, theirs, nobodys]) await createPrediction(db, p, [newPhoto(png)]);
    const log: { path: string; records?: number }[] = [];
    const { engine, api } = engineFor(db, { token: user.token, fetch: recordingFetch(log) });
    expect(await engine.sync()).toMatchObject({ kind: 'done', stored: 1, uploaded: 1 });
    expect((await api.history(1, 10)).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await db.predictions.get(theirs.id))?.syncState).toBe('pending');
    expect((await db.predictions.get(nobodys.id))?.syncState).toBe('pending');
    expect(await db.outbox.count()).toBe(2);
  });

  it('stops when the account changes mid-run, before the next request', async () => {
    const user = await server.signUp();
    const db = freshDb();
    await storePredictions(db, 3, null);
    let signedIn: string | null = TEST_OWNER;
    const signOutAfterFirstBatch: typeof fetch = async (input, init) => {
      const reply = await fetch(input, init);
      signedIn = 'another-account';
      return reply;
    };
    const { engine } = engineFor(db, {
      token: user.token,
      fetch: signOutAfterFirstBatch,
      account: () => signedIn,
      batchSize: 1,
    });
    expect(await engine.sync()).toEqual({ kind: 'signed-out' });
    expect(await db.outbox.where('kind').equals('push').count()).toBe(2);
  });
});

describe('pulling the account’s changes', () => {
  it('brings the history to a new phone once, then notes and records made later on another phone', async () => {
    const user = await server.signUp();
    const phoneA = freshDb();
    const ids = await storePredictions(phoneA, 3, null);
    const a = engineFor(phoneA, { token: user.token });
    await a.engine.sync();

    const phoneB = freshDb();
    const b = engineFor(phoneB, { token: user.token });
    expect(await pullChanges(phoneB, b.api, TEST_OWNER, () => true, 2)).toBe(3); // two pages of 2
    const pulled = await phoneB.predictions.orderBy('createdAt').toArray();
    expect(pulled.map((p) => p.id)).toEqual(ids);
    expect(pulled.every((p) => p.syncState === 'synced' && p.origin === 'server')).toBe(true);
    expect(pulled.map((p) => p.serverPhotos)).toEqual([[], [], []]);
    expect(await phoneB.outbox.count()).toBe(0);

    // Later, on phone A: a note on an old record and a new diagnosis. Phone B's next sync brings both.
    await setNote(phoneA, ids[0] ?? '', 'sprayed copper on Monday');
    const [later] = await storePredictions(phoneA, 1, null);
    await a.engine.sync();
    server.clock.advance(61);
    expect(await b.engine.sync()).toMatchObject({ kind: 'done', pulled: 2 });
    expect((await phoneB.predictions.get(ids[0] ?? ''))?.note).toBe('sprayed copper on Monday');
    expect(await phoneB.predictions.get(later ?? '')).toMatchObject({
      origin: 'server',
      syncState: 'synced',
    });
    expect(await b.engine.sync()).toMatchObject({ kind: 'done', pulled: 0 });

    // Phone A made them: nothing is added, its own copies stay as they are.
    expect(await pullChanges(phoneA, a.api, TEST_OWNER)).toBe(0);
    expect(await phoneA.predictions.count()).toBe(4);
  });

  it('fetches a pulled record’s photo from the server when shown: the thumbnail, then the whole photo', async () => {
    const user = await server.signUp();
    const phoneA = freshDb();
    const [id = ''] = await storePredictions(phoneA, 1, png);
    await engineFor(phoneA, { token: user.token }).engine.sync();

    const phoneB = freshDb();
    const b = engineFor(phoneB, { token: user.token });
    await b.engine.sync();
    expect((await phoneB.predictions.get(id))?.serverPhotos).toEqual([0]);
    await Promise.all([
      fetchServerPhoto(phoneB, b.api, id, 0, 'thumbnail'),
      fetchServerPhoto(phoneB, b.api, id, 0, 'thumbnail'), // shares the first request
      fetchServerPhoto(phoneB, b.api, id, 0, 'full'),
    ]);
    const thumbnail = await getRemotePhoto(phoneB, id, 0, 'thumbnail');
    const full = await getRemotePhoto(phoneB, id, 0, 'full');
    expect(thumbnail?.blob.type).toBe('image/jpeg');
    expect(full?.blob.type).toBe('image/png');
    expect(full?.blob.size).toBeGreaterThan(0);
    await expect(fetchServerPhoto(phoneB, b.api, id, 1, 'full')).rejects.toMatchObject({ status: 404 });
  });

  it('keeps a note this phone has not sent yet over the server’s older one', async () => {
    const user = await server.signUp();
    const phoneA = freshDb();
    const [id = ''] = await storePredictions(phoneA, 1, null);
    const a = engineFor(phoneA, { token: user.token });
    await a.engine.sync();
    await setNote(phoneA, id, 'my newer note, not sent');
    expect(await pullChanges(phoneA, a.api, TEST_OWNER)).toBe(0);
    expect((await phoneA.predictions.get(id))?.note).toBe('my newer note, not sent');
  });
});

describe('deleting a diagnosis', () => {
  /** A clock past the undo time of a delete made now. */
  const afterUndo = () => Date.now() + UNDO_DELETE_MS + 1_000;

  it('tells the server only once the undo time is over, and the other phone drops the record', async () => {
    const { user, id, phoneA, phoneB, b } = await twoPhonesWithOneRecord();
    expect(await phoneB.predictions.get(id)).toBeDefined();
    await deletePrediction(phoneA, id, Date.now());
    expect(await phoneA.predictions.get(id)).toBeUndefined();
    expect(await photosOf(phoneA, id)).toEqual([]);

    // "Sync now" within the undo time sends nothing.
    expect(await engineFor(phoneA, { token: user.token }).engine.sync({ force: true })).toMatchObject({
      kind: 'done',
    });
    expect(await serverTotal(user.token)).toBe(1);
    expect(await engineFor(phoneA, { token: user.token, now: afterUndo }).engine.sync()).toMatchObject({
      kind: 'done',
    });
    expect(await serverTotal(user.token)).toBe(0);
    expect(await phoneA.outbox.count()).toBe(0);

    expect(await b.engine.sync()).toMatchObject({ kind: 'done', pulled: 1 });
    expect(await phoneB.predictions.get(id)).toBeUndefined();
  });

  it('undo puts the record back with its photos and queued work, and the server never hears of it', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const [id = ''] = await storePredictions(db, 1, png);
    const outboxBefore = await db.outbox.toArray();
    const deleted = await deletePrediction(db, id, Date.now());
    await restoreDeleted(db, deleted);
    expect(await db.predictions.get(id)).toEqual(deleted.prediction);
    expect((await photosOf(db, id)).length).toBe(1);
    expect(await db.outbox.toArray()).toEqual(outboxBefore);

    expect(await engineFor(db, { token: user.token, now: afterUndo }).engine.sync()).toMatchObject({
      kind: 'done',
      stored: 1,
      uploaded: 1,
    });
    expect(await serverTotal(user.token)).toBe(1);
  });

  it('a record deleted before it was ever synced leaves nothing queued once the server says it never had it', async () => {
    const user = await server.signUp();
    const db = freshDb();
    const [id = ''] = await storePredictions(db, 1, png);
    await deletePrediction(db, id, Date.now());
    expect(await engineFor(db, { token: user.token, now: afterUndo }).engine.sync()).toMatchObject({
      kind: 'done',
      stored: 0,
    });
    expect(await db.outbox.count()).toBe(0);
    expect(await serverTotal(user.token)).toBe(0);
  });

  it('a phone that had not heard of the delete drops its copy: its resend and its note are refused', async () => {
    const { user, id, phoneA, phoneB, b } = await twoPhonesWithOneRecord();
    await setNote(phoneB, id, 'written before hearing of the delete');
    await deletePrediction(phoneA, id, Date.now());
    await engineFor(phoneA, { token: user.token, now: afterUndo }).engine.sync();

    // B's note is refused (404), then B's pull drops the record and the refused note with it.
    expect(await b.engine.sync()).toMatchObject({ kind: 'done' });
    expect(await phoneB.predictions.get(id)).toBeUndefined();
    expect(await phoneB.outbox.count()).toBe(0);

    // A phone whose push reached the server before the delete but never heard the answer resends it.
    const phoneC = freshDb();
    const [lost = ''] = await storePredictions(phoneC, 1, null);
    const api = createApiClient({ baseUrl: server.url, getToken: () => user.token });
    const record = await phoneC.predictions.get(lost);
    await api.pushPredictions([toPredictionInput(record!)]);
    await api.deletePrediction(lost);
    expect(await engineFor(phoneC, { token: user.token }).engine.sync()).toMatchObject({
      kind: 'done',
      stored: 0,
    });
    expect(await phoneC.predictions.get(lost)).toBeUndefined();
    expect(await serverTotal(user.token)).toBe(0);
  });
});

describe('whose field', () => {
  it('goes with the record, and an edit after sync reaches the other phone (and one back)', async () => {
    const { user, id, phoneA, a, phoneB, b } = await twoPhonesWithOneRecord();
    // Set before its first sync: the push carries it.
    const phoneC = freshDb();
    const [early = ''] = await storePredictions(phoneC, 1, null);
    await setFieldDetails(phoneC, early, { farmer: 'Juma', place: 'Siaya' });
    await engineFor(phoneC, { token: user.token }).engine.sync();
    const api = createApiClient({ baseUrl: server.url, getToken: () => user.token });
    expect((await api.history(1, 10)).items.find((r) => r.id === early)).toMatchObject({
      farmer: 'Juma',
      place: 'Siaya',
    });
    expect(await phoneC.outbox.count()).toBe(0);

    await setFieldDetails(phoneA, id, {
      farmer: 'Amina',
      place: 'Kisumu',
      location: { lat: -0.092, lon: 34.768 },
    });
    expect(await a.engine.sync()).toMatchObject({ kind: 'done' });
    expect(await phoneA.outbox.count()).toBe(0);
    await b.engine.sync();
    expect(await phoneB.predictions.get(id)).toMatchObject({
      farmer: 'Amina',
      place: 'Kisumu',
      location: { lat: -0.092, lon: 34.768 },
    });

    await setFieldDetails(phoneB, id, { farmer: 'Amina Otieno', place: '', location: null });
    await b.engine.sync();
    await a.engine.sync();
    const onA = await phoneA.predictions.get(id);
    expect([onA?.farmer, onA?.place, onA?.location]).toEqual(['Amina Otieno', undefined, undefined]);
  });
});
