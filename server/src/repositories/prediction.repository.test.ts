import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database } from '../database.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { predictionKey, type PredictionDoc } from './prediction.repository.ts';
import { createRepositories } from './repositories.ts';

let t: TestServer;
let database: Database;
beforeAll(async () => {
  t = await startTestServer();
  // A database of its own: migrate() looks at the whole collection.
  database = await connectDatabase(t.mongoUri, `phyto_repo_${randomUUID().slice(0, 8)}`);
});
afterAll(async () => {
  await database?.db.dropDatabase();
  await database?.client.close();
  await t?.close();
});

function doc(userId: string, minute: number): PredictionDoc {
  const clientId = randomUUID();
  const at = new Date(Date.UTC(2026, 0, 1, 0, minute));
  return {
    _id: predictionKey(userId, clientId),
    userId,
    clientId,
    modelVersion: 'test',
    createdAt: at,
    top5: [{ classId: 'Tomato___Late_blight', confidence: 0.9 }],
    unsure: false,
    photoCount: 1,
    revision: 0,
    syncedAt: at,
    updatedAt: at,
    uploadedPhotos: [],
    photos: {},
  };
}

describe('PredictionRepository and its per-user index', () => {
  it('builds the index once from records stored before it existed, older records without updatedAt too', async () => {
    const predictions = database.db.collection<PredictionDoc>('predictions');
    const [a1, a2, b1] = [doc('user-a', 1), doc('user-a', 2), doc('user-b', 3)];
    await predictions.insertMany([a1, a2, b1]);
    await predictions.updateOne({ _id: a1._id }, { $unset: { updatedAt: '' } }); // stored before the feed
    const repository = createRepositories(database.db).predictions;
    expect((await repository.historyPage('user-a', { skip: 0 }, 10)).total).toBe(0); // not indexed yet

    await repository.migrate();
    const page = await repository.historyPage('user-a', { skip: 0 }, 10);
    expect(page.total).toBe(2);
    expect(page.docs.map((d) => d.clientId)).toEqual([a2.clientId, a1.clientId]); // newest first
    expect(
      (await repository.findChanges('user-b', null, 10)).map((c) => c.kind === 'stored' && c.doc.clientId),
    ).toEqual([b1.clientId]);
    expect((await predictions.findOne({ _id: a1._id }))?.updatedAt).toEqual(a1.syncedAt);
  });

  it('a resend repairs an index that lost a record (a crash between the two writes)', async () => {
    const repository = createRepositories(database.db).predictions;
    const lost = doc('user-c', 5);
    await database.db.collection<PredictionDoc>('predictions').insertOne(lost); // stored, never indexed
    expect((await repository.historyPage('user-c', { skip: 0 }, 10)).total).toBe(0);
    await repository.insertIdempotent('user-c', [lost]);
    expect((await repository.historyPage('user-c', { skip: 0 }, 10)).docs.map((d) => d.clientId)).toEqual([
      lost.clientId,
    ]);
  });
});
