// Peak memory of the API process while 16 phones upload a 12 Mpx photo each at once: decoding is bounded
// (two at a time, eight waiting, the rest 503 + Retry-After), so the peak stays far below what 16 decodes
// at once took (1.5 GB before the bound).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import sharp from 'sharp';
import { kill, post, signUp, spawnServer, type ServerProcess } from './testing/server-process.ts';
import { prediction } from './testing/test-server.ts';

const PEAK_LIMIT_MB = 400;
const dbName = `phyto_memory_${process.pid}`;
let server: ServerProcess;

beforeAll(async () => {
  const mongoUri = process.env.MONGODB_URI ?? process.env.PHYTO_TEST_MONGODB_URI;
  if (!mongoUri) throw new Error('no database: run through vitest (scripts/vitest-global-setup.ts)');
  server = await spawnServer(mongoUri, dbName);
});
afterAll(async () => {
  if (server) await kill(server.child);
});

/** The process's high-water mark of resident memory (Linux). */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

it.skipIf(process.platform !== 'linux')(
  `16 parallel 12 Mpx uploads keep the API under ${PEAK_LIMIT_MB} MB and each gets 201 or 503`,
  async () => {
    const { token } = await signUp(server.url);
    const records = Array.from({ length: 16 }, () => prediction());
    expect((await post(server.url, '/api/predictions/sync', { records }, token)).status).toBe(200);
    // 4000 × 3000: a camera original, far more pixels than the app ever sends (≤ 1024 px).
    const photo = await sharp({
      create: { width: 4000, height: 3000, channels: 3, background: '#4a7a3a' },
    })
      .jpeg({ quality: 90 })
      .toBuffer();
    const before = peakRssMb(server.child.pid ?? 0);
    const statuses = await Promise.all(
      records.map(async (r) => {
        const res = await fetch(`${server.url}/api/predictions/${r.id}/image?index=0`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' },
          body: new Uint8Array(photo),
        });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    const peak = peakRssMb(server.child.pid ?? 0);
    console.info(
      `API peak RSS ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB after 16 uploads: ${statuses.join(' ')}`,
    );
    expect(statuses.every((s) => s === 201 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(2);
    expect(peak).toBeLessThan(PEAK_LIMIT_MB);
  },
  120_000,
);
