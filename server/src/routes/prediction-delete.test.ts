import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesPageSchema, type ChangesPage } from '@phyto/shared/changes';
import { HistoryPageSchema } from '@phyto/shared/history';
import { SyncPushReplySchema } from '@phyto/shared/sync';
import type { PredictionInput } from '@phyto/shared/prediction';
import { predictionKey } from '../repositories/prediction.repository.ts';
import { prediction, startTestServer, type TestServer } from '../testing/test-server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

async function sync(token: string, records: PredictionInput[]) {
  const res = await t.call('POST', '/api/predictions/sync', { token, json: { records } });
  expect(res.status).toBe(200);
  return SyncPushReplySchema.parse(res.body).results;
}

async function changes(token: string, after = ''): Promise<ChangesPage> {
  const res = await t.call('GET', `/api/predictions/changes?after=${after}`, { token });
  expect(res.status).toBe(200);
  return ChangesPageSchema.parse(res.body);
}

async function historyIds(token: string): Promise<string[]> {
  const res = await t.call('GET', '/api/predictions/history?limit=50', { token });
  return HistoryPageSchema.parse(res.body).items.map((r) => r.id);
}

const photoFiles = () => t.db.collection('photo_files').countDocuments();

describe('DELETE /api/predictions/:id', () => {
  it('removes the record and its photos, and every phone of the account hears of it', async () => {
    const { token, user } = await t.signUp();
    const [kept, gone] = [prediction(), prediction({ photoCount: 2 })];
    await sync(
      token,
      [kept, gone].filter((r) => r !== undefined),
    );
    expect((await t.uploadPhoto(token, gone.id, 0)).status).toBe(201);
    expect((await t.uploadPhoto(token, gone.id, 1)).status).toBe(201);
    const filesBefore = await photoFiles();
    // A second phone has read the feed up to here.
    t.clock.advance(120);
    const secondPhone = await changes(token);
    expect(secondPhone.items.map((r) => r.id).sort()).toEqual([kept.id, gone.id].sort());

    t.clock.advance(1);
    const res = await t.call('DELETE', `/api/predictions/${gone.id}`, { token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: gone.id, deleted: true });

    expect(
      await t.db.collection('predictions').findOne({ _id: predictionKey(user.id, gone.id) } as never),
    ).toBeNull();
    expect(await photoFiles()).toBe(filesBefore - 2);
    expect((await t.call('GET', `/api/predictions/${gone.id}/image?index=0`, { token })).status).toBe(404);
    expect(await historyIds(token)).toEqual([kept.id]);
    const next = await changes(token, secondPhone.next);
    expect(next.deleted).toEqual([gone.id]);
    expect(next.items.map((r) => r.id)).not.toContain(gone.id);
    // A phone reading from the start sees the tombstone, never the record.
    const fromStart = await changes(token);
    expect(fromStart.items.map((r) => r.id)).toEqual([kept.id]);
    expect(fromStart.deleted).toEqual([gone.id]);
  });

  it('is final: a resend, a newer revision, a note or a photo from a phone that had not heard of it change nothing', async () => {
    const { token, user } = await t.signUp();
    const record = prediction();
    await sync(token, [record]);
    expect((await t.call('DELETE', `/api/predictions/${record.id}`, { token })).status).toBe(200);

    expect(await sync(token, [record])).toEqual([{ id: record.id, status: 'deleted' }]);
    expect(await sync(token, [{ ...record, revision: 3 }])).toEqual([{ id: record.id, status: 'deleted' }]);
    const note = await t.call('PUT', `/api/predictions/${record.id}/note`, {
      token,
      json: { note: 'edited on the other phone', baseRevision: 0 },
    });
    expect(note.status).toBe(404);
    expect((await t.uploadPhoto(token, record.id)).status).toBe(404);
    expect(await t.db.collection('predictions').countDocuments({ userId: user.id })).toBe(0);
    expect(await historyIds(token)).toEqual([]);
    // A resent delete (its answer was lost) gets the same answer.
    const again = await t.call('DELETE', `/api/predictions/${record.id}`, { token });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ id: record.id, deleted: true });
  });

  it("is a 404 for a record the account never had, and a stranger's delete removes nothing", async () => {
    const owner = await t.signUp();
    const stranger = await t.signUp();
    const record = prediction();
    await sync(owner.token, [record]);
    expect((await t.uploadPhoto(owner.token, record.id)).status).toBe(201);

    const res = await t.call('DELETE', `/api/predictions/${record.id}`, { token: stranger.token });
    expect(res.status).toBe(404);
    expect(
      (await t.call('DELETE', `/api/predictions/${prediction().id}`, { token: owner.token })).status,
    ).toBe(404);
    expect(await historyIds(owner.token)).toEqual([record.id]);
    expect(
      (await t.call('GET', `/api/predictions/${record.id}/image?index=0`, { token: owner.token })).status,
    ).toBe(200);
    // And the stranger's attempt left no tombstone that would refuse the owner's resend.
    expect(await sync(owner.token, [record])).toEqual([{ id: record.id, status: 'stored' }]);
  });

  it('refuses a malformed id and a missing token with a reason', async () => {
    const { token } = await t.signUp();
    const bad = await t.call('DELETE', '/api/predictions/not-a-uuid', { token });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/id/);
    expect((await t.call('DELETE', `/api/predictions/${prediction().id}`)).status).toBe(401);
  });
});
