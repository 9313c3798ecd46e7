// Integration-test harness: a real API over real HTTP on a real MongoDB-protocol server. Uses
// MONGODB_URI when set (e.g. a real MongoDB), else the run's FerretDB (scripts/harness/vitest-global-setup.ts), else
// starts its own embedded FerretDB (scripts outside Vitest).
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthReplySchema, type AuthReply } from '@phyto/shared/user';
import { OtpRequestReplySchema } from '@phyto/shared/otp';
import type { PredictionInput } from '@phyto/shared/prediction';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../../scripts/harness/embedded-mongo.ts';
import { startServer, type RunningServer, type ServerOptions } from '../server.ts';
import { ManualClock } from './manual-clock.ts';
import { smallJpeg } from './small-jpeg.ts';

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface TestServer {
  url: string;
  mongoUri: string;
  clock: ManualClock;
  server: RunningServer;
  /** Restart-free access to the same database, for checking what was (not) stored. */
  db: RunningServer['db'];
  call(method: string, path: string, options?: CallOptions): Promise<ApiResponse>;
  signUp(phone?: string): Promise<AuthReply>;
  /** Uploads a small real JPEG as photo `index` of the record. */
  uploadPhoto(token: string, recordId: string, index?: number): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface CallOptions {
  json?: unknown;
  /** Sent as is, for malformed bodies and images. */
  body?: RequestInit['body'];
  token?: string;
  headers?: Record<string, string>;
}

const GENEROUS_LIMITS = {
  codeRequests: { max: 1000, windowSeconds: 60 },
  verifications: { max: 1000, windowSeconds: 60 },
};

/** Generous limits by default so that tests of one rule do not trip another. */
export async function startTestServer(overrides: Partial<ServerOptions> = {}): Promise<TestServer> {
  const tempRoot = await mkdtemp(join(tmpdir(), 'phyto-server-test-'));
  let mongo: EmbeddedMongo | undefined;
  const mongoUri =
    process.env.MONGODB_URI ??
    process.env.PHYTO_TEST_MONGODB_URI ??
    (mongo = await startEmbeddedMongo({ dataDir: join(tempRoot, 'db') })).uri;
  const clock = new ManualClock();
  const server = await startServer({
    mongoUri,
    dbName: `phyto_test_${randomUUID().slice(0, 8)}`,
    clock,
    devOtpInReply: true,
    sms: { sendOtp: () => Promise.resolve() },
    ipLimits: GENEROUS_LIMITS,
    deviceLimits: GENEROUS_LIMITS,
    log: () => undefined,
    ...overrides,
  });

  const call = async (method: string, path: string, options: CallOptions = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.json);
    }
    const res = await fetch(`${server.url}${path}`, { method, headers, body: body ?? null });
    const text = await res.text();
    let parsed: unknown = text;
    if (res.headers.get('content-type')?.includes('application/json')) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed };
  };

  return {
    url: server.url,
    mongoUri,
    clock,
    server,
    db: server.db,
    call,
    async signUp(phone = randomPhone()) {
      const requested = await call('POST', '/api/auth/signup/request-otp', { json: { phone } });
      const { devCode, challengeId } = OtpRequestReplySchema.parse(requested.body);
      const verified = await call('POST', '/api/auth/signup/verify', {
        json: { phone, challengeId, code: devCode, name: 'Test Farmer', language: 'en' },
      });
      if (verified.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(verified.body)}`);
      return AuthReplySchema.parse(verified.body);
    },
    async uploadPhoto(token, recordId, index = 0) {
      return call('POST', `/api/predictions/${recordId}/image?index=${index}`, {
        token,
        body: new Uint8Array(await smallJpeg()),
        headers: { 'content-type': 'image/jpeg' },
      });
    },
    async close() {
      await server.db.dropDatabase().catch(() => undefined);
      await server.close();
      await mongo?.stop();
      await rm(tempRoot, { recursive: true, force: true });
    },
  };
}

/** A valid Kenyan mobile number, different each call. */
export function randomPhone(): string {
  return `+254712${randomInt(0, 1_000_000).toString().padStart(6, '0')}`;
}

export function prediction(overrides: Partial<PredictionInput> = {}): PredictionInput {
  return {
    id: randomUUID(),
    modelVersion: 'mobileplantvit-test',
    createdAt: new Date().toISOString(),
    top5: [
      { classId: 'Tomato___Late_blight', confidence: 0.91 },
      { classId: 'Tomato___Early_blight', confidence: 0.05 },
    ],
    unsure: false,
    crop: 'tomato',
    photoCount: 1,
    ...overrides,
  };
}
