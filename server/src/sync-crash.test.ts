// The server process is killed (SIGKILL) while a sync batch is in flight, restarted on the same
// database, and the phone retries the batch: every record must end up stored exactly once. The first test
// kills on timers (where the kill lands varies); the second places a partial write exactly.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SyncPushReplySchema } from '@phyto/shared/sync';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../scripts/embedded-mongo.ts';
import { systemClock } from './lib/clock.ts';
import { PredictionRepository } from './repositories/prediction.repository.ts';
import { PredictionService } from './services/prediction.service.ts';
import { kill, post, signUp, spawnServer } from './testing/server-process.ts';
import { prediction } from './testing/test-server.ts';

const dbName = `phyto_crash_${process.pid}`;
let tempRoot: string;
let mongo: EmbeddedMongo | undefined;
let mongoUri: string;
let client: MongoClient;

beforeAll(async () => {
  tempRoot = await mkdtemp(join(tmpdir(), 'phyto-crash-'));
  mongoUri =
    process.env.MONGODB_URI ??
    process.env.PHYTO_TEST_MONGODB_URI ??
    (mongo = await startEmbeddedMongo({ dataDir: join(tempRoot, 'db') })).uri;
  client = await new MongoClient(mongoUri).connect();
});
afterAll(async () => {
  await client?.db(dbName).dropDatabase();
  await client?.close();
  await mongo?.stop();
  await rm(tempRoot, { recursive: true, force: true });
});

it('stores every record exactly once when the server dies mid-batch and the batch is retried', async () => {
  let server = await spawnServer(mongoUri, dbName);
  const { token, user } = await signUp(server.url);
  const predictions = client.db(dbName).collection('predictions');

  const batches = Array.from({ length: 4 }, () => Array.from({ length: 100 }, () => prediction()));
  const killDelaysMs = [0, 15, 40, 120];
  const storedAtKill: number[] = [];
  for (const [round, records] of batches.entries()) {
    const inFlight = post(server.url, '/api/predictions/sync', { records }, token).then(
      (r) => r.status,
      () => 'connection lost',
    );
    await new Promise((r) => setTimeout(r, killDelaysMs[round]));
    await kill(server.child);
    await inFlight;
    storedAtKill.push(await predictions.countDocuments({ userId: user.id }));

    server = await spawnServer(mongoUri, dbName);
    const retry = await post(server.url, '/api/predictions/sync', { records }, token);
    expect(retry.status).toBe(200);
    const { results } = SyncPushReplySchema.parse(await retry.json());
    expect(results.every((r) => r.status === 'stored')).toBe(true);
    expect(await predictions.countDocuments({ userId: user.id })).toBe(100 * (round + 1));
  }
  await kill(server.child);
  // For the log: how far each killed batch had got (0 = killed before the write, 100·n = after).
  console.info(`records stored when the server was killed: ${storedAtKill.join(', ')}`);
}, 120_000);

it('finishes a batch the server had partly written when it died: the retry stores the rest, each once', async () => {
  let server = await spawnServer(mongoUri, dbName);
  const { token, user } = await signUp(server.url);
  const predictions = client.db(dbName).collection('predictions');
  const records = Array.from({ length: 100 }, () => prediction());
  // The fault, placed exactly: the first 37 records written by the server's own code, then the process
  // dies before it can answer. (Killing on a timer cannot promise to land inside the write.)
  const service = new PredictionService(new PredictionRepository(client.db(dbName)), systemClock);
  await service.sync(user.id, records.slice(0, 37));
  await kill(server.child);
  expect(await predictions.countDocuments({ userId: user.id })).toBe(37);

  server = await spawnServer(mongoUri, dbName);
  const retry = await post(server.url, '/api/predictions/sync', { records }, token);
  expect(retry.status).toBe(200);
  const { results } = SyncPushReplySchema.parse(await retry.json());
  expect(results.map((r) => r.status)).toEqual(Array(100).fill('stored'));
  expect(await predictions.countDocuments({ userId: user.id })).toBe(100);
  await kill(server.child);
}, 120_000);
