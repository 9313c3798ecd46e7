import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesPageSchema, type ChangesPage } from '@phyto/shared/changes';
import { predictionKey } from '../repositories/prediction.repository.ts';
import { createRepositories } from '../repositories/repositories.ts';
import { prediction, startTestServer, type TestServer } from '../testing/test-server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

async function changes(token: string, after = '', limit?: number): Promise<ChangesPage> {
  const query = new URLSearchParams({ after, ...(limit && { limit: String(limit) }) });
  const res = await t.call('GET', `/api/predictions/changes?${query.toString()}`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return ChangesPageSchema.parse(res.body);
}

/** Reads the whole feed from `after`, as a phone does in one sync. */
async function pullAll(token: string, after = ''): Promise<{ ids: string[]; next: string }> {
  const ids: string[] = [];
  let cursor = after;
  for (;;) {
    const page = await changes(token, cursor, 2);
    ids.push(...page.items.map((i) => i.id));
    cursor = page.next;
    if (!page.more) return { ids, next: cursor };
  }
}

async function sync(token: string, records: unknown[]): Promise<void> {
  const res = await t.call('POST', '/api/predictions/sync', { token, json: { records } });
  expect(res.status).toBe(200);
}

describe('GET /api/predictions/changes', () => {
  it('pages every record once, oldest change first, then only what changed since', async () => {
    const { token } = await t.signUp();
    const records = [prediction(), prediction(), prediction()];
    await sync(token, records.slice(0, 2));
    t.clock.advance(1);
    await sync(token, records.slice(2));
    const first = await pullAll(token);
    expect(new Set(first.ids)).toEqual(new Set(records.map((r) => r.id)));
    expect(first.ids.at(-1)).toBe(records[2]?.id);

    // The last minute is read again (a slow write may still land in it); after that, nothing new is nothing.
    t.clock.advance(61);
    const again = await pullAll(token, first.next);
    expect(again.ids).toHaveLength(3);
    expect((await pullAll(token, again.next)).ids).toEqual([]);

    // A note from another phone and a photo upload are changes too.
    t.clock.advance(61);
    const [noted, photographed] = records;
    const note = await t.call('PUT', `/api/predictions/${noted?.id}/note`, {
      token,
      json: { note: 'sprayed on Monday', baseRevision: 0 },
    });
    expect(note.status).toBe(200);
    t.clock.advance(1);
    const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#2f6b2f' } })
      .jpeg()
      .toBuffer();
    const upload = await t.call('POST', `/api/predictions/${photographed?.id}/image?index=0`, {
      token,
      body: new Uint8Array(jpeg),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(upload.status).toBe(201);
    const page = await changes(token, again.next);
    expect(page.items.map((i) => i.id)).toEqual([noted?.id, photographed?.id]);
    expect(page.items[0]?.note).toBe('sprayed on Monday');
    expect(page.items[1]?.uploadedPhotos).toEqual([0]);
  });

  it('misses nothing that lands late behind its own time stamp', async () => {
    const { token, user } = await t.signUp();
    await sync(token, [prediction()]);
    t.clock.advance(120);
    const { next } = await pullAll(token);
    // A write stamped 30 s ago that only now reaches the database (a slow instance, a long batch).
    const late = prediction();
    const stampedAt = new Date(t.clock.now().getTime() - 30_000);
    await createRepositories(t.db).predictions.insertIdempotent(user.id, [
      {
        _id: predictionKey(user.id, late.id),
        userId: user.id,
        clientId: late.id,
        modelVersion: late.modelVersion,
        createdAt: stampedAt,
        top5: late.top5,
        unsure: late.unsure,
        photoCount: 1,
        revision: 0,
        syncedAt: stampedAt,
        updatedAt: stampedAt,
        uploadedPhotos: [],
        photos: {},
      },
    ]);
    expect((await pullAll(token, next)).ids).toContain(late.id);
  });

  it('shows one user nothing of another’s, and refuses a cursor it did not make', async () => {
    const a = await t.signUp();
    const b = await t.signUp();
    await sync(a.token, [prediction()]);
    expect((await pullAll(b.token)).ids).toEqual([]);
    const bad = await t.call('GET', '/api/predictions/changes?after=%7B%24gt%3A1%7D', { token: a.token });
    expect(bad.status).toBe(400);
    expect((await t.call('GET', '/api/predictions/changes')).status).toBe(401);
  });
});
