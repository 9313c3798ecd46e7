// Peak memory of the API process while 16 phones upload a detailed 12 Mpx camera photo each at once:
// bodies are read four at a time (eight more wait in their sockets, the rest 503 + Retry-After), decoding is
// bounded and shrinks the JPEG while it is decoded, and the process runs with two malloc arenas as the
// Docker image does. Measured: 304-340 MB (355-427 MB reading every body at once; 449-461 MB also with
// glibc's default arenas; 1.5 GB before decoding was bounded).
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
  if (!mongoUri) throw new Error('no database: run through vitest (scripts/harness/vitest-global-setup.ts)');
  server = await spawnServer(mongoUri, dbName);
});
afterAll(async () => {
  if (server) await kill(server.child);
});

/**
 * 4000 × 3000 with a gradient and pixel noise, JPEG quality 90 (≈ 5 MB): what a phone camera's original
 * costs to decode, far more than the app ever sends (≤ 1024 px). Seeded, so every run uploads the same bytes.
 */
async function cameraPhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const raw = Buffer.alloc(width * height * 3);
  let seed = 1;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 48;
  const clamp = (v: number) => Math.max(0, Math.min(255, v));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const n = noise();
      raw[i] = clamp(60 + (x / width) * 80 + n);
      raw[i + 1] = clamp(110 + (y / height) * 90 + n);
      raw[i + 2] = clamp(40 + ((x + y) / (width + height)) * 60 + n);
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

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
    const photo = await cameraPhoto();
    // A flat one-colour JPEG of this size is 0.2 MB and decodes cheaply; a camera's is 4-8 MB of detail.
    expect(photo.length).toBeGreaterThan(4_000_000);
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
