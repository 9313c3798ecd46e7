import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '@phyto/shared/api-error';
import { HistoryPageSchema, type HistoryPage } from '@phyto/shared/history';
import { PredictionRecordSchema } from '@phyto/shared/prediction';
import { SyncPushReplySchema } from '@phyto/shared/sync';
import { prediction, startTestServer, type TestServer } from '../testing/test-server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

async function sync(token: string, records: unknown[]) {
  const res = await t.call('POST', '/api/predictions/sync', { token, json: { records } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return SyncPushReplySchema.parse(res.body).results;
}

function storedCount(userId: string) {
  return t.db.collection('predictions').countDocuments({ userId });
}

describe('POST /api/predictions/sync', () => {
  it('stores a batch once however often it is sent, with the same answer each time', async () => {
    const { token, user } = await t.signUp();
    const batch = Array.from({ length: 5 }, () => prediction());
    const first = await sync(token, batch);
    const second = await sync(token, batch);
    expect(first).toEqual(batch.map((p) => ({ id: p.id, status: 'stored' })));
    expect(second).toEqual(first);
    expect(await storedCount(user.id)).toBe(5);
  });

  it('stores exactly N documents when the same batch arrives ten times at once', async () => {
    const { token, user } = await t.signUp();
    const batch = Array.from({ length: 20 }, () => prediction());
    const replies = await Promise.all(Array.from({ length: 10 }, () => sync(token, batch)));
    for (const results of replies) expect(results.every((r) => r.status === 'stored')).toBe(true);
    expect(await storedCount(user.id)).toBe(20);
  });

  it('stores overlapping parts of a batch once', async () => {
    const { token, user } = await t.signUp();
    const batch = Array.from({ length: 6 }, () => prediction());
    await sync(token, batch.slice(0, 4));
    const results = await sync(token, batch.slice(2));
    expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored', 'stored']);
    expect(await storedCount(user.id)).toBe(6);
  });

  it('rejects one bad record with its reason and stores the rest', async () => {
    const { token, user } = await t.signUp();
    const good = [prediction(), prediction()];
    const bad = { ...prediction(), top5: [{ classId: 'Tomato___Late_blight', confidence: 7 }] };
    const results = await sync(token, [good[0], bad, 'not an object', good[1]]);
    expect(results[0]).toEqual({ id: good[0]?.id, status: 'stored' });
    expect(results[1]).toMatchObject({ id: bad.id, index: 1, status: 'rejected' });
    expect(results[1]?.status === 'rejected' && results[1].reason).toMatch(
      /top5\.0\.confidence: Too big: expected number to be <=1/,
    );
    expect(results[2]).toMatchObject({ id: null, index: 2, status: 'rejected' });
    expect(results[3]).toEqual({ id: good[1]?.id, status: 'stored' });
    expect(await storedCount(user.id)).toBe(2);
  });

  it('rejects a top 5 the app could not show: unknown class, unsorted, a class twice, more than 100 %', async () => {
    const { token, user } = await t.signUp();
    const top = (...entries: [string, number][]) => ({
      ...prediction(),
      top5: entries.map(([classId, confidence]) => ({ classId, confidence })),
    });
    const results = await sync(token, [
      top(['<img src=x onerror=alert(1)>', 0.9]),
      top(['Tomato___Early_blight', 0.1], ['Tomato___Late_blight', 0.8]),
      top(['Tomato___Late_blight', 0.5], ['Tomato___Late_blight', 0.4]),
      top(['Tomato___Late_blight', 0.9], ['Tomato___Early_blight', 0.9]),
    ]);
    const reasons = results.map((r) => (r.status === 'rejected' ? r.reason : r.status));
    expect(reasons).toEqual([
      'top5.0.classId: must be a class of the catalogue',
      'top5: must be sorted best first',
      'top5: must name each class once',
      'top5: confidences must sum to at most 1',
    ]);
    expect(await storedCount(user.id)).toBe(0);
  });

  it('refuses empty and oversized batches and a body that is not a batch', async () => {
    const { token } = await t.signUp();
    const empty = await t.call('POST', '/api/predictions/sync', { token, json: { records: [] } });
    expect(empty.status).toBe(400);
    const tooMany = Array.from({ length: 101 }, () => prediction());
    expect(
      (await t.call('POST', '/api/predictions/sync', { token, json: { records: tooMany } })).status,
    ).toBe(400);
    expect((await t.call('POST', '/api/predictions/sync', { token, json: [prediction()] })).status).toBe(400);
  });

  it('takes the user from the token, never from the record', async () => {
    const alice = await t.signUp();
    const bob = await t.signUp();
    const forged = { ...prediction(), userId: bob.user.id };
    const [result] = await sync(alice.token, [forged]);
    expect(result?.status).toBe('rejected');
    expect(await storedCount(bob.user.id)).toBe(0);
  });

  it('keeps two users apart even when they send the same record id', async () => {
    const alice = await t.signUp();
    const bob = await t.signUp();
    const record = prediction();
    await sync(alice.token, [record]);
    await sync(bob.token, [{ ...record, note: "bob's" }]);
    expect(await storedCount(alice.user.id)).toBe(1);
    expect(await storedCount(bob.user.id)).toBe(1);
    const bobs = HistoryPageSchema.parse(
      (await t.call('GET', '/api/predictions/history', { token: bob.token })).body,
    );
    expect(bobs.items[0]?.note).toBe("bob's");
  });

  it('keeps each leaf’s own answer of a newer revision, and refuses a list that does not match the photos', async () => {
    const { token } = await t.signUp();
    const rust = { classId: 'Corn_(maize)___Common_rust_', confidence: 0.9 };
    const blight = { classId: 'Corn_(maize)___Northern_Leaf_Blight', confidence: 0.6 };
    const record = { ...prediction(), photoCount: 2, leaves: [rust, null] };
    expect(await sync(token, [record])).toEqual([{ id: record.id, status: 'stored' }]);
    await sync(token, [{ ...record, photoCount: 3, revision: 1, leaves: [rust, null, blight] }]);
    const history = HistoryPageSchema.parse(
      (await t.call('GET', '/api/predictions/history', { token })).body,
    );
    expect(history.items[0]?.leaves).toEqual([rust, null, blight]);

    const wrong = { ...prediction(), photoCount: 2, leaves: [rust] };
    expect(await sync(token, [wrong])).toEqual([
      { id: wrong.id, index: 0, status: 'rejected', reason: 'leaves: 1 answers for 2 photos: one per photo' },
    ]);
  });

  it('needs a token', async () => {
    const res = await t.call('POST', '/api/predictions/sync', { json: { records: [prediction()] } });
    expect(res.status).toBe(401);
  });
});

describe('GET /api/predictions/history', () => {
  it('pages the user’s own records newest first with the total', async () => {
    const { token } = await t.signUp();
    const other = await t.signUp();
    const base = Date.parse('2025-01-01T00:00:00Z');
    const records = Array.from({ length: 7 }, (_, i) =>
      prediction({ createdAt: new Date(base + i * 60_000).toISOString(), note: `n${i}` }),
    );
    await sync(token, records);
    await sync(other.token, [prediction()]);

    const page1 = HistoryPageSchema.parse(
      (await t.call('GET', '/api/predictions/history?page=1&limit=3', { token })).body,
    );
    expect(page1).toMatchObject({ page: 1, limit: 3, total: 7 });
    expect(page1.items.map((i) => i.note)).toEqual(['n6', 'n5', 'n4']);
    const page3 = HistoryPageSchema.parse(
      (await t.call('GET', '/api/predictions/history?page=3&limit=3', { token })).body,
    );
    expect(page3.items.map((i) => i.note)).toEqual(['n0']);
    expect(page3.items[0]).toMatchObject({ id: records[0]?.id, uploadedPhotos: [], crop: 'tomato' });
  });

  describe('while another phone syncs between pages', () => {
    /** 60 records in 6 batches (6 receipt times), then pages of 10 with 5 new records before each. */
    async function pageThrough(nextQuery: (page: HistoryPage, n: number) => string) {
      const { token } = await t.signUp();
      const original = Array.from({ length: 60 }, (_, i) =>
        prediction({ createdAt: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 60_000).toISOString() }),
      );
      for (let batch = 0; batch < 6; batch++) {
        t.clock.advance(1);
        await sync(token, original.slice(batch * 10, batch * 10 + 10));
      }
      const seen: string[] = [];
      let query = 'limit=10';
      for (let n = 1; ; n++) {
        const page = HistoryPageSchema.parse(
          (await t.call('GET', `/api/predictions/history?${query}`, { token })).body,
        );
        seen.push(...page.items.map((r) => r.id));
        if (page.next === null) break;
        t.clock.advance(1);
        await sync(
          token,
          Array.from({ length: 5 }, () => prediction()),
        );
        query = nextQuery(page, n);
      }
      const originalIds = new Set(original.map((r) => r.id));
      const shown = seen.filter((id) => originalIds.has(id));
      return {
        repeated: shown.length - new Set(shown).size,
        skipped: originalIds.size - new Set(shown).size,
      };
    }

    it('a cursor (next) never repeats or skips a record', async () => {
      expect(await pageThrough((page) => `limit=10&after=${page.next}`)).toEqual({ repeated: 0, skipped: 0 });
    });

    it('?page= over the snapshot of page 1 (asOf) never repeats or skips one either', async () => {
      const result = await pageThrough((page, n) => `limit=10&page=${n + 1}&asOf=${page.asOf}`);
      expect(result).toEqual({ repeated: 0, skipped: 0 });
    });
  });

  it('refuses a malformed cursor or snapshot time', async () => {
    const { token } = await t.signUp();
    for (const query of ['after=x', 'after=1_2_%24ne', 'asOf=yesterday']) {
      const res = await t.call('GET', `/api/predictions/history?${query}`, { token });
      expect(res.status).toBe(400);
    }
  });

  it.each(['page=0', 'limit=1000', 'page=abc', 'page=1&page=2', 'limit=-1'])('refuses ?%s', async (query) => {
    const { token } = await t.signUp();
    const res = await t.call('GET', `/api/predictions/history?${query}`, { token });
    expect(res.status).toBe(400);
    expect(ApiErrorSchema.parse(res.body).error.code).toBe('validation_failed');
  });

  it('names the field and the rule in a refusal', async () => {
    const { token } = await t.signUp();
    const res = await t.call('GET', '/api/predictions/history?limit=1000', { token });
    expect(ApiErrorSchema.parse(res.body).error.message).toBe('limit: Too big: expected number to be <=100');
  });
});

describe('PUT /api/predictions/:id/note', () => {
  const putNote = (token: string, id: string, json: unknown) =>
    t.call('PUT', `/api/predictions/${id}/note`, { token, json });

  it('replaces a note nobody else changed; a resend changes nothing', async () => {
    const { token } = await t.signUp();
    const record = { ...prediction(), note: 'first' };
    await sync(token, [record]);
    const edit = { note: 'leaves yellow at the edges', baseRevision: 0 };
    const res = await putNote(token, record.id, edit);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(PredictionRecordSchema.parse(res.body)).toMatchObject({ note: edit.note, noteRevision: 1 });
    const again = await putNote(token, record.id, edit);
    expect(PredictionRecordSchema.parse(again.body)).toMatchObject({ note: edit.note, noteRevision: 1 });
    const next = await putNote(token, record.id, { note: 'sprayed copper', baseRevision: 1 });
    expect(PredictionRecordSchema.parse(next.body)).toMatchObject({
      note: 'sprayed copper',
      noteRevision: 2,
    });
    const history = HistoryPageSchema.parse(
      (await t.call('GET', '/api/predictions/history', { token })).body,
    );
    expect(history.items.find((i) => i.id === record.id)?.note).toBe('sprayed copper');
  });

  it('keeps both edits made from the same revision on two phones, whatever their clocks say', async () => {
    const { token } = await t.signUp();
    const record = { ...prediction(), note: 'north field' };
    await sync(token, [record]);
    await putNote(token, record.id, { note: 'north field, sprayed Monday', baseRevision: 0 });
    const other = await putNote(token, record.id, { note: 'north field, rain on Tuesday', baseRevision: 0 });
    expect(other.status).toBe(200);
    expect(PredictionRecordSchema.parse(other.body)).toMatchObject({
      note: 'north field, sprayed Monday\n\nnorth field, rain on Tuesday',
      noteRevision: 2,
    });
    // The second phone's resend finds its words already kept.
    const resent = await putNote(token, record.id, { note: 'north field, rain on Tuesday', baseRevision: 0 });
    expect(PredictionRecordSchema.parse(resent.body).noteRevision).toBe(2);

    const long = 'x'.repeat(1990);
    const tooLong = await putNote(token, record.id, { note: long, baseRevision: 1 });
    expect(tooLong.status).toBe(409);
    expect(ApiErrorSchema.parse(tooLong.body).error.code).toBe('conflict');
    const history = HistoryPageSchema.parse(
      (await t.call('GET', '/api/predictions/history', { token })).body,
    );
    expect(history.items[0]).toMatchObject({ id: record.id, noteRevision: 2 });
  });

  it('refuses dates the server cannot believe, with the reason, and stores the rest of the batch', async () => {
    const { token } = await t.signUp();
    const day = 24 * 60 * 60 * 1000;
    const serverNow = t.clock.now().getTime();
    const refused = [
      { ...prediction(), createdAt: '9999-12-31T00:00:00.000Z' },
      { ...prediction(), createdAt: new Date(serverNow + day + 60_000).toISOString() },
      { ...prediction(), createdAt: '0001-01-01T00:00:00.000Z' },
      { ...prediction(), createdAt: '2019-12-31T23:59:59.000Z' },
    ];
    const accepted = [
      { ...prediction(), createdAt: new Date(serverNow + day - 60_000).toISOString() },
      { ...prediction(), createdAt: '2020-01-01T00:00:00.000Z' },
    ];
    const res = await t.call('POST', '/api/predictions/sync', {
      token,
      json: { records: [...refused, ...accepted] },
    });
    const reply = SyncPushReplySchema.parse(res.body);
    expect(reply.serverTime).toBe(new Date(serverNow).toISOString());
    expect(reply.results.map((r) => r.status)).toEqual([
      ...refused.map(() => 'rejected'),
      ...accepted.map(() => 'stored'),
    ]);
    const reasons = reply.results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(reasons.slice(0, 2)).toEqual(
      Array(2).fill("createdAt: more than 24 hours ahead of the server's clock: the phone's clock is wrong"),
    );
    expect(reasons.slice(2)).toEqual(
      Array(2).fill("createdAt: before 2020-01-01: the phone's clock is wrong"),
    );
    const history = HistoryPageSchema.parse(
      (await t.call('GET', '/api/predictions/history', { token })).body,
    );
    expect(history.total).toBe(accepted.length);
  });

  it('orders history by when the server received records, then by when they were made', async () => {
    const { token } = await t.signUp();
    const lastWeek = (days: number) =>
      new Date(t.clock.now().getTime() - days * 24 * 60 * 60 * 1000).toISOString();
    const [older, newer] = [prediction(), prediction()].map((p, i) => ({ ...p, createdAt: lastWeek(6 - i) }));
    const today = { ...prediction(), createdAt: lastWeek(0) };
    await sync(token, [today]);
    t.clock.advance(60);
    // An agent's week offline arrives after today's record: it is the newest news to the account.
    await sync(
      token,
      [older, newer].filter((p) => p !== undefined),
    );
    const history = HistoryPageSchema.parse(
      (await t.call('GET', '/api/predictions/history', { token })).body,
    );
    expect(history.items.map((i) => i.id)).toEqual([newer?.id, older?.id, today.id]);
  });

  it('answers 404 for a record that is not the user’s, 400 for a bad body', async () => {
    const alice = await t.signUp();
    const bob = await t.signUp();
    const record = prediction();
    await sync(alice.token, [record]);
    const edit = { note: 'mine', baseRevision: 0 };
    expect((await putNote(bob.token, record.id, edit)).status).toBe(404);
    expect((await putNote(alice.token, crypto.randomUUID(), edit)).status).toBe(404);
    for (const body of [
      { note: 'x'.repeat(2001), baseRevision: 0 },
      { note: 'x', baseRevision: -1 },
      { note: 'x', editedAt: new Date().toISOString() },
      { note: 'x' },
      { ...edit, extra: 1 },
    ]) {
      const res = await putNote(alice.token, record.id, body);
      expect(res.status).toBe(400);
      expect(ApiErrorSchema.parse(res.body).error.code).toBe('validation_failed');
    }
    expect((await putNote(alice.token, 'not-a-uuid', edit)).status).toBe(400);
    expect((await t.call('PUT', `/api/predictions/${record.id}/note`, { json: edit })).status).toBe(401);
  });
});

describe('operator injection', () => {
  it('refuses operator objects where strings belong, and changes nothing', async () => {
    const { user } = await t.signUp();
    const before = await t.db.collection('users').countDocuments({});
    for (const body of [
      { phone: { $gt: '' } },
      { phone: { $ne: null }, code: { $regex: '.*' } },
      { phone: user.phone, code: { $gt: '' } },
    ]) {
      const res = await t.call('POST', '/api/auth/signin/verify', { json: body });
      expect(res.status).toBe(400);
      expect(ApiErrorSchema.parse(res.body).error.code).toBe('validation_failed');
    }
    const signup = await t.call('POST', '/api/auth/signup/verify', {
      json: { phone: user.phone, code: '123456', name: { $set: 'x' }, language: 'en' },
    });
    expect(signup.status).toBe(400);
    expect(await t.db.collection('users').countDocuments({})).toBe(before);
  });

  it('rejects a sync record whose id is an operator', async () => {
    const { token, user } = await t.signUp();
    const [result] = await sync(token, [{ ...prediction(), id: { $gt: '' } }]);
    expect(result).toMatchObject({ status: 'rejected', id: null });
    expect(await storedCount(user.id)).toBe(0);
  });
});
