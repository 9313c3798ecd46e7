import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/src/server.ts';
import { prediction, startTestServer, type TestServer } from '../server/src/testing/test-server.ts';
import { REPO_DIR } from './model/model-paths.ts';
import { skipOrFail } from './harness/skip-or-fail.ts';

// docker-compose's nginx, run for real with deploy/nginx.conf (only its upstream, root and port changed)
// in front of two real API processes on one database: what compose deploys, without a Docker engine.
const NGINX = '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/** Every replica must sign and check tokens and codes with the same keys (compose passes one .env to all). */
const SHARED_SECRETS = {
  jwtSecret: 'nginx-test-jwt-secret-0123456789abcdef',
  otpHmacKey: 'nginx-test-otp-hmac-key-0123456789abcdef',
};

const skip = skipOrFail(existsSync(NGINX) ? null : `${NGINX} is missing (apt-get install nginx)`);

describe.skipIf(skip !== null)('deploy/nginx.conf in front of the API', () => {
  let api: TestServer;
  let second: RunningServer;
  let nginx: ChildProcess;
  let base = '';
  const dir = mkdtempSync(join(tmpdir(), 'phyto-nginx-'));

  beforeAll(async () => {
    api = await startTestServer({
      ...SHARED_SECRETS,
      trustedProxies: ['127.0.0.1'],
      ipLimits: {
        codeRequests: { max: 2, windowSeconds: 60 },
        verifications: { max: 100, windowSeconds: 60 },
      },
    });
    second = await startServer({
      ...SHARED_SECRETS,
      mongoUri: api.mongoUri,
      dbName: api.db.databaseName,
      clock: api.clock,
      trustedProxies: ['127.0.0.1'],
      devOtpInReply: true,
      sms: { sendOtp: () => Promise.resolve() },
      ipLimits: {
        codeRequests: { max: 2, windowSeconds: 60 },
        verifications: { max: 100, windowSeconds: 60 },
      },
      log: () => undefined,
    });
    chmodSync(dir, 0o755); // nginx's workers run as another user
    mkdirSync(join(dir, 'html', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'html', 'index.html'), '<!doctype html><title>Phyto</title>');
    writeFileSync(join(dir, 'html', 'sw.js'), '// service worker');
    writeFileSync(join(dir, 'html', 'assets', 'app-1a2b3c.js'), 'console.log(1);');
    const port = await freePort();
    const site = readFileSync(join(REPO_DIR, 'deploy', 'nginx.conf'), 'utf8')
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replace('root /usr/share/nginx/html;', `root ${join(dir, 'html')};`)
      .replace('server api:3000;', `server ${new URL(api.url).host}; server ${new URL(second.url).host};`);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((name) => `${name}_temp_path ${join(dir, name)};`)
      .join(' ');
    writeFileSync(
      join(dir, 'nginx.conf'),
      `pid ${join(dir, 'nginx.pid')}; error_log ${join(dir, 'error.log')};\n` +
        `events {}\nhttp { include /etc/nginx/mime.types; access_log off; ${temp}\n${site}\n}\n`,
    );
    nginx = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], {
      stdio: 'inherit',
    });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${base}/`).then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`nginx did not answer: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
  });
  afterAll(async () => {
    nginx?.kill('SIGTERM');
    await second?.close();
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the app with the headers the API would set, and the cache rules', async () => {
    for (const path of ['/', '/sw.js', '/assets/app-1a2b3c.js', '/history']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toContain("'wasm-unsafe-eval'");
      expect(res.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(res.headers.get('cross-origin-embedder-policy'), path).toBe('require-corp');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect((await fetch(`${base}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${base}/assets/app-1a2b3c.js`)).headers.get('cache-control')).toMatch(
      /max-age=\d{8,}/,
    );
  });

  it('hands the API the address it saw: made-up X-Forwarded-For entries buy no fresh per-IP limit', async () => {
    const statuses = [];
    for (let i = 1; i <= 3; i++) {
      const res = await fetch(`${base}/api/auth/signin/request-otp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}` },
        body: JSON.stringify({ phone: `+2547123400${i}${i}` }),
      });
      statuses.push(res.status);
      // One copy of each security header on API replies too.
      expect(res.headers.get('content-security-policy')?.split('default-src').length).toBe(2);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('behaves as one API across two instances: photos readable through either, records stored once', async () => {
    const call = (path: string, init: RequestInit & { token?: string } = {}) =>
      fetch(`${base}${path}`, {
        ...init,
        headers: {
          ...(init.token && { authorization: `Bearer ${init.token}` }),
          ...(typeof init.body === 'string' && { 'content-type': 'application/json' }),
          'x-forwarded-for': '203.0.113.99',
          ...(init.headers as Record<string, string> | undefined),
        },
      });
    api.clock.advance(61); // a fresh window of this suite's tiny per-address code limit
    const { token } = await api.signUp();
    const batch = Array.from({ length: 10 }, () => prediction());
    const body = JSON.stringify({ records: batch });
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => call('/api/predictions/sync', { method: 'POST', token, body })),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(
      await api.db.collection('predictions').countDocuments({ clientId: { $in: batch.map((p) => p.id) } }),
    ).toBe(10);

    const [first] = batch;
    const png = new Uint8Array(readFileSync(join(REPO_DIR, 'web', 'public', 'icons', 'icon-192.png')));
    const upload = await call(`/api/predictions/${first?.id}/image?index=0`, {
      method: 'POST',
      token,
      body: png,
      headers: { 'content-type': 'image/png' },
    });
    expect(upload.status).toBe(201);
    // nginx takes turns between the two instances: four reads reach both.
    for (let i = 0; i < 4; i++) {
      const read = await call(`/api/predictions/${first?.id}/image?index=0`, { token });
      expect(read.status).toBe(200);
      expect((await read.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });
});
