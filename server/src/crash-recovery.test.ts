// The server process is killed (SIGKILL) mid-work and restarted on the same database. A sync batch in
// flight: the phone retries it, and every record must end up stored exactly once (the first test kills on
// timers, where the kill lands varies; the second places a partial write exactly). An account erasure
// midway: the next start finishes it.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SyncPushReplySchema } from '@phyto/shared/sync';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../scripts/harness/embedded-mongo.ts';
import { PhotoStore } from './clients/photo-store.ts';
import { TokenSigner } from './clients/token-signer.ts';
import { systemClock } from './lib/clock.ts';
import { OtpRequestReplySchema } from '@phyto/shared/otp';
import { createRepositories } from './repositories/repositories.ts';
import { UserRepository } from './repositories/user.repository.ts';
import { PredictionService } from './services/prediction.service.ts';
import { documentsMentioning } from './testing/documents-mentioning.ts';
import { kill, post, PROCESS_SECRETS, signUp, spawnServer } from './testing/server-process.ts';
import { prediction, randomPhone } from './testing/test-server.ts';

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
  const service = new PredictionService(
    createRepositories(client.db(dbName)).predictions,
    new PhotoStore(client.db(dbName)),
    systemClock,
  );
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

it('finishes erasing an account when the server died midway: the next start resumes it', async () => {
  let server = await spawnServer(mongoUri, dbName);
  const db = client.db(dbName);
  // Made directly, so no sign-up code holds the number's resend cool-down against the deletion code.
  const user = { id: randomUUID(), phone: randomPhone() };
  await new UserRepository(db).insert({
    _id: user.id,
    phone: user.phone,
    name: 'K',
    language: 'en',
    crops: [],
    createdAt: new Date(),
  });
  const token = await new TokenSigner(PROCESS_SECRETS.jwtSecret, systemClock).sign(user.id, 0);
  const photoFiles = db.collection('photo_files');
  const filesBefore = await photoFiles.countDocuments();
  // 200 records with a photo each, written by the server's own code (uploading them would take minutes).
  const repository = createRepositories(db).predictions;
  const store = new PhotoStore(db);
  const service = new PredictionService(repository, store, systemClock);
  const records = Array.from({ length: 200 }, () => prediction());
  for (let at = 0; at < records.length; at += 100) await service.sync(user.id, records.slice(at, at + 100));
  for (const r of records) {
    const file = await store.save(new Uint8Array([0xff, 0xd8, 0xff]), 'jpg');
    const uploadedAt = new Date();
    await repository.setPhoto(user.id, r.id, 0, {
      file,
      mime: 'image/jpeg',
      bytes: 3,
      width: 1,
      height: 1,
      uploadedAt,
    });
  }

  const otp = OtpRequestReplySchema.parse(
    await (await post(server.url, '/api/auth/delete-account/request-otp', {}, token)).json(),
  );
  const deleted = await post(
    server.url,
    '/api/auth/delete-account',
    { challengeId: otp.challengeId, code: otp.devCode },
    token,
  );
  expect(deleted.status).toBe(200);
  // Killed once the erasure (which runs after the reply) has removed some records but not all.
  const left = () => db.collection('predictions').countDocuments({ userId: user.id });
  for (let i = 0; i < 2000 && (await left()) === records.length; i++)
    await new Promise((r) => setTimeout(r, 5));
  await kill(server.child);
  const leftAtKill = await left();
  expect(leftAtKill).toBeGreaterThan(0);
  expect(leftAtKill).toBeLessThan(records.length);

  server = await spawnServer(mongoUri, dbName);
  expect(
    (await fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status,
  ).toBe(401);
  for (let i = 0; i < 400 && (await documentsMentioning(db, [user.id, user.phone])).length > 0; i++)
    await new Promise((r) => setTimeout(r, 50));
  expect(await documentsMentioning(db, [user.id, user.phone])).toEqual([]);
  expect(await photoFiles.countDocuments()).toBe(filesBefore);
  await kill(server.child);
  console.info(`records left when the server was killed mid-erasure: ${leftAtKill} of ${records.length}`);
}, 120_000);
