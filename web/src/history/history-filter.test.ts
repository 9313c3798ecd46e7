import { describe, expect, it } from 'vitest';
import type { Verdict } from '@phyto/shared';
import { createPrediction, setNote } from '../db/predictions.ts';
import { freshDb, newPrediction, TEST_OWNER } from '../testing/fixtures.ts';
import { NO_FILTER, queryHistory, type HistoryFilter } from './history-filter.ts';

const label = (v: Verdict) => ({ confident: 'Sure', unsure: "Can't tell", notLeaf: 'Not a leaf' })[v];

async function fixture() {
  const db = freshDb();
  const make = async (day: number, overrides: Parameters<typeof newPrediction>[0] = {}) => {
    const p = newPrediction({ createdAt: new Date(2026, 2, day, 12).toISOString(), ...overrides });
    await createPrediction(db, p, []);
    return p.id;
  };
  const ids = {
    tomato: await make(1),
    maize: await make(2, {
      crop: 'corn',
      top5: [{ classId: 'Corn_(maize)___Common_rust_', confidence: 0.9 }],
    }),
    unsure: await make(3, { verdict: 'unsure', unsure: true }),
    other: await make(4, { owner: 'someone-else' }),
  };
  await setNote(db, ids.maize, 'Sprayed near the river');
  await db.predictions.update(ids.tomato, { syncState: 'synced' });
  const find = async (filter: Partial<HistoryFilter>, limit = 10) => {
    const page = await queryHistory(db, TEST_OWNER, { ...NO_FILTER, ...filter }, limit, label, 'en');
    return { ids: page.items.map((p) => p.id), total: page.total };
  };
  return { ids, find, db };
}

describe('queryHistory', () => {
  it('lists the owner’s records newest first, and counts beyond the limit', async () => {
    const { ids, find } = await fixture();
    expect(await find({})).toEqual({ ids: [ids.unsure, ids.maize, ids.tomato], total: 3 });
    expect(await find({}, 1)).toEqual({ ids: [ids.unsure], total: 3 });
  });

  it('searches what the farmer was told, crop names, notes and verdict words, every word must match', async () => {
    const { ids, find } = await fixture();
    expect((await find({ text: 'rust' })).ids).toEqual([ids.maize]);
    expect((await find({ text: 'RIVER sprayed' })).ids).toEqual([ids.maize]);
    expect((await find({ text: "can't tell" })).ids).toEqual([ids.unsure]);
    // The unsure record had late blight as a candidate only: it was never told "late blight".
    expect((await find({ text: 'late blight' })).ids).toEqual([ids.tomato]);
    expect((await find({ text: 'late blight', possibilities: true })).ids).toEqual([ids.unsure, ids.tomato]);
    expect((await find({ text: 'river blight' })).ids).toEqual([]);
  });

  it('counts what the matching records told the farmer', async () => {
    const { find, db } = await fixture();
    const page = await queryHistory(db, TEST_OWNER, NO_FILTER, 1, label, 'en');
    expect(page.told).toEqual([
      { answer: 'Corn_(maize)___Common_rust_', count: 1 },
      { answer: 'Tomato___Late_blight', count: 1 },
      { answer: 'unsure', count: 1 },
    ]);
    expect((await find({ crop: 'corn' })).total).toBe(1);
  });

  it('filters by crop, verdict, sync state and a date range of local days', async () => {
    const { ids, find } = await fixture();
    expect((await find({ crop: 'corn' })).ids).toEqual([ids.maize]);
    expect((await find({ verdict: 'unsure' })).ids).toEqual([ids.unsure]);
    expect((await find({ syncState: 'synced' })).ids).toEqual([ids.tomato]);
    expect((await find({ from: '2026-03-02', to: '2026-03-02' })).ids).toEqual([ids.maize]);
    expect((await find({ from: '2026-03-02' })).ids).toEqual([ids.unsure, ids.maize]);
    expect((await find({ to: '2026-03-01', crop: 'tomato' })).ids).toEqual([ids.tomato]);
  });

  it('lists only records with a location within the chosen distance of where the phone is', async () => {
    const { ids, find, db } = await fixture();
    await db.predictions.update(ids.tomato, { location: { lat: -0.092, lon: 34.768 } }); // Kisumu
    await db.predictions.update(ids.maize, { location: { lat: -0.12, lon: 34.75 } }); // ≈ 3.7 km away
    const kisumu = { lat: -0.091, lon: 34.769 };
    expect((await find({ near: { km: '1', of: kisumu } })).ids).toEqual([ids.tomato]);
    expect((await find({ near: { km: '5', of: kisumu } })).ids).toEqual([ids.maize, ids.tomato]);
    expect((await find({ near: { km: '25', of: { lat: -1.286, lon: 36.817 } } })).total).toBe(0);
  });
});
