// Sync and history speed over real HTTP, then a field agent's backlog synced by the app in Chromium over
// 1.6 Mbps: `npx tsx scripts/benchmarks/benchmark-sync.ts [--agent-records 1000] [--agent-photo-kb 60]` (0 records
// skips that part, which takes ≈ 7 min). Prints numbers only; nothing here is a pass/fail test. Uses MONGODB_URI when set, else the embedded
// FerretDB launcher (where every non-_id query is a full scan — say which one you measured).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { OtpRequestReplySchema } from '@phyto/shared/otp';
import type { PredictionInput } from '@phyto/shared/prediction';
import { SyncPushReplySchema } from '@phyto/shared/sync';
import { AuthReplySchema } from '@phyto/shared/user';
import { predictionKey, type PredictionDoc } from '../../server/src/repositories/prediction.repository.ts';
import { createRepositories } from '../../server/src/repositories/repositories.ts';
import { startServer } from '../../server/src/server.ts';
import { startEmbeddedMongo, type EmbeddedMongo } from '../harness/embedded-mongo.ts';
import { fieldAgentSync } from './field-agent-sync.ts';
import { percentile } from '../harness/percentile.ts';

const { values: args } = parseArgs({
  options: {
    'agent-records': { type: 'string', default: '1000' },
    'agent-photo-kb': { type: 'string', default: '60' },
  },
});
const BATCH = 100;
const SYNC_RECORDS = 2_000;
const HISTORY_RECORDS = 10_000;
const HISTORY_SAMPLES = 10;
const CLIENTS = 50;
const CLIENT_SECONDS = 30;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The process's high-water mark of resident memory (Linux), in bytes. */
function peakRss(): number {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024;
  } catch {
    return NaN;
  }
}
const HISTORY_COLLECTION_SIZES = [1_000, 10_000, 100_000];

function record(i: number): PredictionInput {
  return {
    id: randomUUID(),
    modelVersion: 'benchmark',
    createdAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
    top5: [
      { classId: 'Tomato___Late_blight', confidence: 0.8 },
      { classId: 'Tomato___Early_blight', confidence: 0.1 },
      { classId: 'Tomato___healthy', confidence: 0.05 },
      { classId: 'Potato___Late_blight', confidence: 0.03 },
      { classId: 'Pepper,_bell___healthy', confidence: 0.02 },
    ],
    unsure: false,
    crop: 'tomato',
    photoCount: 1,
  };
}

function otherLoad(): string {
  let training = 'no model training process seen';
  try {
    const ps = execFileSync('ps', ['-eo', 'pid,pcpu,args'], { encoding: 'utf8' });
    const lines = ps.split('\n').filter((l) => /mobileplantvit\.train/.test(l) && !/grep/.test(l));
    if (lines.length > 0)
      training = `model training running (${lines.map((l) => l.trim().split(/\s+/).slice(0, 2).join(' pid, ') + '% CPU').join('; ')})`;
  } catch {
    training = 'could not list processes';
  }
  return `${cpus().length} cores, load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}; ${training}`;
}

async function main(): Promise<void> {
  const tempRoot = await mkdtemp(join(tmpdir(), 'phyto-bench-'));
  let mongo: EmbeddedMongo | undefined;
  const mongoUri =
    process.env.MONGODB_URI ?? (mongo = await startEmbeddedMongo({ dataDir: join(tempRoot, 'db') })).uri;
  const server = await startServer({
    mongoUri,
    dbName: `phyto_bench_${process.pid}`,
    devOtpInReply: true,
    sms: { sendOtp: () => Promise.resolve() },
    // 50 simulated phones sign up from this one address.
    ipLimits: {
      codeRequests: { max: 1000, windowSeconds: 60 },
      verifications: { max: 1000, windowSeconds: 60 },
    },
    log: () => undefined,
  });
  const build = (await server.db.command({ buildInfo: 1 })) as { version?: string; ferretdb?: unknown };
  const dbLabel = mongo
    ? `embedded FerretDB v1.24.2 (SQLite backend, MongoDB ${build.version} protocol)`
    : `MONGODB_URI server, version ${build.version}${build.ferretdb ? ' (FerretDB)' : ''}`;

  try {
    const post = async (path: string, body: unknown, token?: string) => {
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<unknown>;
    };
    const signUp = async (phone: string) => {
      const { devCode, challengeId } = OtpRequestReplySchema.parse(
        await post('/api/auth/signup/request-otp', { phone }),
      );
      return AuthReplySchema.parse(
        await post('/api/auth/signup/verify', {
          phone,
          challengeId,
          code: devCode,
          name: 'Bench',
          language: 'en',
        }),
      ).token;
    };
    const token = await signUp('+254712000999');

    const syncBatches = async (count: number, offset: number) => {
      const batches = Array.from({ length: count / BATCH }, (_, b) =>
        Array.from({ length: BATCH }, (_, i) => record(offset + b * BATCH + i)),
      );
      const times: number[] = [];
      const started = performance.now();
      for (const records of batches) {
        const t0 = performance.now();
        const { results } = SyncPushReplySchema.parse(
          await post('/api/predictions/sync', { records }, token),
        );
        times.push(performance.now() - t0);
        if (results.some((r) => r.status !== 'stored')) throw new Error('a record was not stored');
      }
      return { batches, times, seconds: (performance.now() - started) / 1000 };
    };

    console.log(`Database: ${dbLabel}`);
    console.log(`Machine:  ${otherLoad()}`);
    console.log(`Server:   in-process Hono on ${server.url}, real HTTP from this process\n`);

    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const historyTimes = async (page: number, as: string) => {
      const times: number[] = [];
      for (let i = 0; i < HISTORY_SAMPLES; i++) {
        const t0 = performance.now();
        const res = await fetch(`${server.url}/api/predictions/history?page=${page}&limit=20`, {
          headers: { authorization: `Bearer ${as}` },
        });
        await res.json();
        times.push(performance.now() - t0);
      }
      return `p50 ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}`;
    };
    // A farmer with 5 records while the collection grows with everyone else's (100 records a user).
    const smallCode = OtpRequestReplySchema.parse(
      await post('/api/auth/signup/request-otp', { phone: '+254712000998' }),
    );
    const small = AuthReplySchema.parse(
      await post('/api/auth/signup/verify', {
        phone: '+254712000998',
        challengeId: smallCode.challengeId,
        code: smallCode.devCode,
        name: 'Small',
        language: 'en',
      }),
    );
    await post(
      '/api/predictions/sync',
      { records: Array.from({ length: 5 }, (_, i) => record(i)) },
      small.token,
    );
    const others = createRepositories(server.db).predictions;
    console.log(`\nhistory of a user with 5 records as the whole collection grows (other users' records):`);
    for (const target of HISTORY_COLLECTION_SIZES) {
      for (
        let count = await server.db.collection('predictions').estimatedDocumentCount();
        count < target;
        count += 100
      ) {
        const userId = randomUUID();
        const docs = Array.from({ length: 100 }, (_, i): PredictionDoc => {
          const { id, modelVersion, top5, unsure, createdAt } = record(i);
          const at = new Date(createdAt);
          return {
            _id: predictionKey(userId, id),
            userId,
            clientId: id,
            modelVersion,
            top5,
            unsure,
            photoCount: 1,
            createdAt: at,
            revision: 0,
            syncedAt: at,
            updatedAt: at,
            uploadedPhotos: [],
            photos: {},
          };
        });
        await others.insertIdempotent(userId, docs);
      }
      console.log(`  ${target.toLocaleString('en')} documents: page 1 ${await historyTimes(1, small.token)}`);
    }

    const first = await syncBatches(SYNC_RECORDS, 0);
    console.log(`sync ${SYNC_RECORDS} new records in batches of ${BATCH}:`);
    console.log(
      `  ${(SYNC_RECORDS / first.seconds).toFixed(0)} records/s; per batch p50 ${ms(percentile(first.times, 0.5))}, p95 ${ms(percentile(first.times, 0.95))}, max ${ms(Math.max(...first.times))}`,
    );

    const retryTimes: number[] = [];
    for (const records of first.batches) {
      const t0 = performance.now();
      await post('/api/predictions/sync', { records }, token);
      retryTimes.push(performance.now() - t0);
    }
    console.log(
      `  re-sending the same ${SYNC_RECORDS} (all duplicates): per batch p50 ${ms(percentile(retryTimes, 0.5))}, p95 ${ms(percentile(retryTimes, 0.95))}`,
    );

    const fill = await syncBatches(HISTORY_RECORDS - SYNC_RECORDS, SYNC_RECORDS);
    console.log(
      `  filling to ${HISTORY_RECORDS}: ${((HISTORY_RECORDS - SYNC_RECORDS) / fill.seconds).toFixed(0)} records/s; per batch p50 ${ms(percentile(fill.times, 0.5))}, p95 ${ms(percentile(fill.times, 0.95))}`,
    );

    console.log(
      `\nhistory at ${HISTORY_RECORDS} records of this user (limit 20, ${HISTORY_SAMPLES} requests each):`,
    );
    for (const page of [1, 250]) console.log(`  page ${page}: ${await historyTimes(page, token)}`);

    // 50 phones syncing at once for 30 s, 10 new records a request.
    const phones = [];
    for (let i = 0; i < CLIENTS; i++) phones.push(await signUp(`+25471300${String(i).padStart(4, '0')}`));
    const rssBefore = process.memoryUsage().rss;
    const latencies: number[] = [];
    let errors = 0;
    const until = performance.now() + CLIENT_SECONDS * 1000;
    await Promise.all(
      phones.map(async (as, p) => {
        for (let n = 0; performance.now() < until; n++) {
          const t0 = performance.now();
          try {
            const records = Array.from({ length: 10 }, (_, i) => record(1_000_000 + p * 10_000 + n * 10 + i));
            await post('/api/predictions/sync', { records }, as);
          } catch {
            errors += 1;
          }
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const rssAfter = process.memoryUsage().rss;
    console.log(
      `\n${CLIENTS} clients syncing for ${CLIENT_SECONDS} s (10 records a request): ${latencies.length} requests, ${errors} errors; p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, p99 ${ms(percentile(latencies, 0.99))}; RSS of this process (API + clients) ${mb(rssBefore)} → ${mb(rssAfter)}`,
    );

    // 16 phones uploading a 12 Mpx photo each at once.
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#4a7a3a' } })
      .jpeg({ quality: 90 })
      .toBuffer();
    const owners = Array.from({ length: 16 }, () => randomUUID());
    const uploads = owners.map((id) => ({ ...record(0), id }));
    await post('/api/predictions/sync', { records: uploads }, token);
    const upload = async (id: string) => {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/predictions/${id}/image?index=0`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' },
        body: new Uint8Array(big),
      });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - t0 };
    };
    const results = await Promise.all(owners.map(upload));
    console.log(
      `16 parallel 12 Mpx uploads (${(big.length / 1024).toFixed(0)} KB each): ${results.filter((r) => r.status === 201).length} stored, ${results.filter((r) => r.status === 503).length} told to retry (503); p95 ${ms(
        percentile(
          results.map((r) => r.ms),
          0.95,
        ),
      )}; peak RSS of this process ${mb(peakRss())}`,
    );
  } finally {
    await server.db.dropDatabase().catch(() => undefined);
    await server.close();
    await mongo?.stop();
    await rm(tempRoot, { recursive: true, force: true });
  }
  const agentRecords = Number(args['agent-records']);
  if (agentRecords > 0) {
    console.log(`\nfield agent, the app in Chromium (its own embedded database and API):`);
    console.log(`  ${await fieldAgentSync(agentRecords, Number(args['agent-photo-kb']))}`);
  }
}

await main();
