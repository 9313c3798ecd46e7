import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesPageSchema } from '@phyto/shared/changes';
import { HistoryPageSchema } from '@phyto/shared/history';
import { PredictionRecordSchema } from '@phyto/shared/prediction';
import { prediction, startTestServer, type TestServer } from '../testing/test-server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

async function stored(token: string, id: string) {
  const res = await t.call('GET', '/api/predictions/history?limit=50', { token });
  return HistoryPageSchema.parse(res.body).items.find((r) => r.id === id);
}

describe('whose field: farmer, place and location on a record', () => {
  it('come with the record, the location kept to about 100 m', async () => {
    const { token } = await t.signUp();
    const record = prediction({
      farmer: 'Amina Otieno',
      place: 'Kisumu, plot 4',
      location: { lat: -0.091702, lon: 34.767956 },
    });
    await t.call('POST', '/api/predictions/sync', { token, json: { records: [record] } });
    expect(await stored(token, record.id)).toMatchObject({
      farmer: 'Amina Otieno',
      place: 'Kisumu, plot 4',
      location: { lat: -0.092, lon: 34.768 },
    });
  });

  it('are changed after sync (the last edit wins), cleared by empty values, and other phones hear of it', async () => {
    const { token } = await t.signUp();
    const record = prediction({ farmer: 'Amina' });
    await t.call('POST', '/api/predictions/sync', { token, json: { records: [record] } });
    t.clock.advance(120);
    const feed = ChangesPageSchema.parse((await t.call('GET', '/api/predictions/changes', { token })).body);

    t.clock.advance(1);
    const edit = await t.call('PUT', `/api/predictions/${record.id}/details`, {
      token,
      json: { farmer: 'Baraka', place: 'Siaya', location: { lat: 0.06, lon: 34.29 } },
    });
    expect(edit.status).toBe(200);
    expect(PredictionRecordSchema.parse(edit.body)).toMatchObject({ farmer: 'Baraka', place: 'Siaya' });
    const next = ChangesPageSchema.parse(
      (await t.call('GET', `/api/predictions/changes?after=${feed.next}`, { token })).body,
    );
    expect(next.items.map((r) => [r.id, r.farmer])).toEqual([[record.id, 'Baraka']]);

    const cleared = await t.call('PUT', `/api/predictions/${record.id}/details`, {
      token,
      json: { farmer: '', place: 'Siaya', location: null },
    });
    expect(cleared.status).toBe(200);
    const now = await stored(token, record.id);
    expect(now?.farmer).toBeUndefined();
    expect(now?.location).toBeUndefined();
    expect(now?.place).toBe('Siaya');
  });

  it('refuses what does not fit with a reason, and a record that is not the caller’s', async () => {
    const owner = await t.signUp();
    const stranger = await t.signUp();
    const record = prediction();
    await t.call('POST', '/api/predictions/sync', { token: owner.token, json: { records: [record] } });
    const put = (json: unknown, token = owner.token) =>
      t.call('PUT', `/api/predictions/${record.id}/details`, { token, json });
    for (const bad of [{ farmer: 'x'.repeat(81) }, { location: { lat: 91, lon: 0 } }, { village: 'Siaya' }]) {
      const res = await put(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(/farmer|lat|village|key/i);
    }
    expect((await put({ farmer: 'Stranger' }, stranger.token)).status).toBe(404);
    expect((await stored(owner.token, record.id))?.farmer).toBeUndefined();
    expect(
      (
        await t.call('POST', '/api/predictions/sync', {
          token: owner.token,
          json: { records: [{ ...record, id: prediction().id, farmer: 'y'.repeat(81) }] },
        })
      ).body,
    ).toMatchObject({
      results: [{ status: 'rejected' }],
    });
  });
});
