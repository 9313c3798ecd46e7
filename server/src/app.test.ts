import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '@phyto/shared/api-error';
import { HealthReplySchema } from '@phyto/shared/health';
import { SyncPushReplySchema } from '@phyto/shared/sync';
import { startEmbeddedMongo } from '../../scripts/harness/embedded-mongo.ts';
import { JSON_BODY_MAX_BYTES } from './app.ts';
import { startServer } from './server.ts';
import { prediction, randomPhone, startTestServer, type TestServer } from './testing/test-server.ts';

const ALLOWED_ORIGIN = 'https://app.phyto.example';
let t: TestServer;
let webDist: string;
/** A compressible stand-in for the ONNX Runtime wasm, with its brotli twin as the build writes it. */
const RUNTIME = Buffer.from('\0asm'.repeat(50_000));

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'phyto-dist-'));
  await mkdir(join(webDist, 'assets'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Phyto</title>');
  await writeFile(join(webDist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(webDist, 'assets', 'index-abc123.js'), 'console.log(1);');
  await writeFile(join(webDist, 'assets', 'runtime-abc123.wasm'), RUNTIME);
  await writeFile(join(webDist, 'assets', 'runtime-abc123.wasm.br'), brotliCompressSync(RUNTIME));
  t = await startTestServer({ staticDir: webDist, corsOrigins: [ALLOWED_ORIGIN] });
});
afterAll(async () => {
  await t?.close();
  await rm(webDist, { recursive: true, force: true });
});

function errorOf(body: unknown) {
  return ApiErrorSchema.parse(body).error;
}

describe('client mistakes are 4xx with { error: { code, message } }', () => {
  it('malformed JSON → 400', async () => {
    const res = await t.call('POST', '/api/auth/signin/request-otp', {
      body: '{"phone": "+2547',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.body)).toMatchObject({ code: 'bad_request' });
  });

  it('a body that is not JSON → 400', async () => {
    const res = await t.call('POST', '/api/auth/signin/request-otp', {
      body: 'phone=1',
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).code).toBe('validation_failed');
  });

  it('a JSON body over the limit → 413, while a full 100-record batch fits', async () => {
    const { token } = await t.signUp();
    const huge = { records: [{ note: 'x'.repeat(JSON_BODY_MAX_BYTES) }] };
    const res = await t.call('POST', '/api/predictions/sync', { token, json: huge });
    expect(res.status).toBe(413);
    expect(errorOf(res.body).code).toBe('payload_too_large');

    const full = Array.from({ length: 100 }, () => prediction({ note: 'n'.repeat(2000) }));
    const ok = await t.call('POST', '/api/predictions/sync', { token, json: { records: full } });
    expect(ok.status).toBe(200);
    expect(SyncPushReplySchema.parse(ok.body).results.every((r) => r.status === 'stored')).toBe(true);
  });

  it('an unknown API path → 404 JSON, not the web app', async () => {
    const res = await t.call('GET', '/api/nope');
    expect(res.status).toBe(404);
    expect(errorOf(res.body).code).toBe('not_found');
  });
});

describe('headers', () => {
  it('sends a CSP that lets the model run (wasm, blob workers) and nothing from elsewhere', async () => {
    const res = await t.call('GET', '/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
  });

  it('allows CORS only for the configured origin', async () => {
    const preflight = (origin: string) =>
      t.call('OPTIONS', '/api/predictions/sync', {
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
    expect((await preflight(ALLOWED_ORIGIN)).headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    // Note edits go out as PUT: a preflight that leaves it out fails note sync across origins.
    expect((await preflight(ALLOWED_ORIGIN)).headers.get('access-control-allow-methods')).toContain('PUT');
  });
});

describe('the built web app', () => {
  it('is served with SPA fallback and the right caching', async () => {
    const index = await t.call('GET', '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Phyto</title>');
    expect(index.headers.get('cache-control')).toBe('no-cache');

    const route = await t.call('GET', '/history/some-page');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Phyto</title>');

    expect((await t.call('GET', '/sw.js')).headers.get('cache-control')).toBe('no-cache');
    const asset = await t.call('GET', '/assets/index-abc123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');

    const missing = await t.call('GET', '/assets/missing-123.js');
    expect(missing.status).toBe(404);
  });

  it('sends the precompressed twin to a client that accepts it, the plain file to one that does not', async () => {
    const br = await fetch(`${t.url}/assets/runtime-abc123.wasm`, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(Number(br.headers.get('content-length'))).toBeLessThan(RUNTIME.length / 10);
    expect(Buffer.from(await br.arrayBuffer()).equals(RUNTIME)).toBe(true);

    const plain = await fetch(`${t.url}/assets/runtime-abc123.wasm`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-type')).toBe('application/wasm');
    expect(Number(plain.headers.get('content-length'))).toBe(RUNTIME.length);
  });
});

describe('GET /api/health', () => {
  it('reports the database up, then down when it goes away', async () => {
    const up = await t.call('GET', '/api/health');
    expect(up.status).toBe(200);
    expect(HealthReplySchema.parse(up.body)).toMatchObject({ status: 'ok', database: 'up' });

    const dataDir = await mkdtemp(join(tmpdir(), 'phyto-health-'));
    const mongo = await startEmbeddedMongo({ dataDir });
    const server = await startServer({ mongoUri: mongo.uri, log: () => undefined, devOtpInReply: true });
    try {
      const phone = randomPhone();
      const post = (path: string, body: unknown, token?: string) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
          body: JSON.stringify(body),
        });
      const { devCode, challengeId } = (await (
        await post('/api/auth/signup/request-otp', { phone })
      ).json()) as {
        devCode: string;
        challengeId: string;
      };
      const signedUp = await post('/api/auth/signup/verify', {
        phone,
        challengeId,
        code: devCode,
        name: 'K',
        language: 'en',
      });
      const { token } = (await signedUp.json()) as { token: string };
      await mongo.stop();
      const res = await fetch(`${server.url}/api/health`);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(HealthReplySchema.parse(await res.json())).toMatchObject({
        status: 'degraded',
        database: 'down',
      });
      // Every endpoint that needs the database says so, with when to retry, instead of a 500: the sync
      // (insertMany, whose driver error comes wrapped in a MongoBulkWriteError) included.
      const record = prediction();
      const replies = [
        await post('/api/auth/signin/request-otp', { phone: randomPhone() }),
        await post('/api/predictions/sync', { records: [record] }, token),
        await fetch(`${server.url}/api/predictions/history`, {
          headers: { authorization: `Bearer ${token}` },
        }),
        await fetch(`${server.url}/api/predictions/${record.id}/note`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ note: 'x', baseRevision: 0 }),
        }),
      ];
      for (const reply of replies) {
        expect([reply.url, reply.status, reply.headers.get('retry-after')]).toEqual([reply.url, 503, '5']);
      }
    } finally {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
