import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { freshDb, newPhoto, newPrediction } from '../testing/fixtures.ts';
import { countOwned, removeRecords, transferRecords } from './ownership.ts';
import { duePushes } from './outbox.ts';
import { countBySyncState, createPrediction, listPredictions } from './predictions.ts';
import { NO_OWNER, PhytoDb } from './schema.ts';

const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });

describe('records belong to an account (a shared phone)', () => {
  it('lists, counts and queues only the asked owner’s records', async () => {
    const db = freshDb();
    await createPrediction(db, newPrediction({ owner: 'alice' }), [newPhoto(photo)]);
    await createPrediction(db, newPrediction({ owner: 'alice' }), []);
    await createPrediction(db, newPrediction({ owner: 'bob' }), []);
    await createPrediction(db, newPrediction({ owner: NO_OWNER }), []);
    expect((await listPredictions(db, { owner: 'alice', offset: 0, limit: 10 })).total).toBe(2);
    expect((await listPredictions(db, { owner: 'bob', offset: 0, limit: 10 })).total).toBe(1);
    expect(await countBySyncState(db, 'bob', 'pending')).toBe(1);
    expect(await duePushes(db, 'alice', Date.now(), 100)).toHaveLength(2);
    expect(await duePushes(db, 'bob', Date.now(), 100)).toHaveLength(1);
    expect(await countOwned(db, NO_OWNER)).toEqual({ total: 1, unsynced: 1 });
  });

  it('adopts diagnoses made signed out, with their queued work, only when asked', async () => {
    const db = freshDb();
    await createPrediction(db, newPrediction({ owner: NO_OWNER }), [newPhoto(photo)]);
    await createPrediction(db, newPrediction({ owner: 'bob' }), []);
    expect(await duePushes(db, 'alice', Date.now(), 100)).toHaveLength(0);
    expect(await transferRecords(db, NO_OWNER, 'alice')).toBe(1);
    expect(await duePushes(db, 'alice', Date.now(), 100)).toHaveLength(1);
    expect(await countOwned(db, NO_OWNER)).toEqual({ total: 0, unsynced: 0 });
    expect(await countOwned(db, 'bob')).toEqual({ total: 1, unsynced: 1 });
  });

  it('removes one account’s records, photos and outbox entries and nobody else’s', async () => {
    const db = freshDb();
    const alice = newPrediction({ owner: 'alice' });
    const bob = newPrediction({ owner: 'bob' });
    await createPrediction(db, alice, [newPhoto(photo), newPhoto(photo)]);
    await createPrediction(db, bob, [newPhoto(photo)]);
    await removeRecords(db, 'alice');
    expect(await db.predictions.get(alice.id)).toBeUndefined();
    expect(await db.photos.where('predictionId').equals(alice.id).count()).toBe(0);
    expect(await db.outbox.where('predictionId').equals(alice.id).count()).toBe(0);
    expect(await db.predictions.get(bob.id)).toBeDefined();
    expect(await db.photos.where('predictionId').equals(bob.id).count()).toBe(1);
    expect(await duePushes(db, 'bob', Date.now(), 100)).toHaveLength(1);
  });

  it('upgrades a version-1 phone without losing a record: they go to the account signed in then', async () => {
    const name = `phyto-upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores({
      predictions: 'id, createdAt, syncState',
      photos: '[predictionId+index], predictionId',
      outbox: 'key, kind, predictionId',
      meta: 'key',
    });
    const record = { ...newPrediction(), syncState: 'pending', note: '' } as Record<string, unknown>;
    delete record.owner;
    await old.table('predictions').add(record);
    await old
      .table('outbox')
      .add({ key: `push:${String(record.id)}`, kind: 'push', predictionId: record.id });
    old.close();

    const db = new PhytoDb(name, { indexedDB, IDBKeyRange }, () => 'carol');
    expect((await listPredictions(db, { owner: 'carol', offset: 0, limit: 10 })).total).toBe(1);
    expect(await duePushes(db, 'carol', Date.now(), 100, true)).toHaveLength(1);
  });
});
