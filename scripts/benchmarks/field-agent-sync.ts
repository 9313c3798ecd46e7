// A field agent's backlog synced over a slow link, in headless Chromium on the built app: N diagnoses
// with one photo each wait in IndexedDB, the link is throttled to 1.6 Mbps both ways (CDP network
// emulation, 150 ms latency), the app is opened (it syncs when it starts online), and the server is watched
// (unthrottled) until every record and then every photo is there. Part of scripts/benchmarks/benchmark-sync.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ChangesPageSchema } from '@phyto/shared/changes';
import { authenticate, storedToken } from '../../web/e2e/app-driver.ts';
import { chromiumMissing, launchProfile } from '../../web/e2e/browser.ts';
import { buildAppIfNeeded } from '../../web/e2e/build.ts';
import { Stack } from '../../web/e2e/stack.ts';

const LINK_BYTES_PER_S = 1_600_000 / 8;

/** A JPEG of about `kb` KB: noise compresses badly, like the texture of a leaf photo. */
async function photoOfAbout(kb: number): Promise<Buffer> {
  let side = 256;
  for (;;) {
    const noise = Buffer.alloc(side * side * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) % 251;
    const jpeg = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
      .jpeg({ quality: 80 })
      .toBuffer();
    if (jpeg.length >= kb * 1024 || side >= 1024) return jpeg;
    side += 64;
  }
}

/**
 * How many of the account's records the server holds, and how many of their photos. By id: a record whose
 * photo lands while the feed is read moves to its end and is read twice.
 */
async function serverCounts(base: string, token: string): Promise<{ records: number; photos: number }> {
  const withPhoto = new Map<string, boolean>();
  let after = '';
  for (;;) {
    const res = await fetch(`${base}/api/predictions/changes?after=${after}&limit=100`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = ChangesPageSchema.parse(await res.json());
    for (const r of page.items) withPhoto.set(r.id, r.uploadedPhotos.length > 0);
    after = page.next;
    if (!page.more)
      return { records: withPhoto.size, photos: [...withPhoto.values()].filter(Boolean).length };
  }
}

/** Runs the scenario with `RECORDS` diagnoses of a photo of about `PHOTO_KB` KB; returns the report. */
export async function fieldAgentSync(RECORDS: number, PHOTO_KB: number): Promise<string> {
  const missing = chromiumMissing();
  if (missing) return `field agent over a slow link: not measured (${missing})`;
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  const before = `${cpus().length} CPU cores, load average ${load()}`;
  const stack = await Stack.start(buildAppIfNeeded(console.log));
  const profile = await mkdtemp(join(tmpdir(), 'phyto-bench-agent-'));
  const context = await launchProfile(profile, stack.url);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await authenticate(page, 'signup', '+254712000999', 'Agent');
    const token = await storedToken(page);
    const jpeg = await photoOfAbout(PHOTO_KB);
    // The backlog, written as the app writes a diagnosis: record, photo and push entry.
    await page.evaluate(
      async ({ n, photoBase64 }) => {
        const session = JSON.parse(localStorage.getItem('phyto.session') ?? '{}') as {
          user?: { id?: string };
        };
        const owner = session.user?.id ?? '';
        const bytes = Uint8Array.from(atob(photoBase64), (c) => c.charCodeAt(0));
        const photo = new Blob([bytes], { type: 'image/jpeg' });
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('phyto');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(new Error(String(open.error)));
        });
        const tx = db.transaction(['predictions', 'photos', 'outbox'], 'readwrite');
        for (let i = 0; i < n; i++) {
          const id = crypto.randomUUID();
          const createdAt = new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
          tx.objectStore('predictions').put({
            id,
            owner,
            createdAt,
            crop: 'tomato',
            classes: null,
            probabilities: null,
            minConfidence: null,
            top5: [{ classId: 'Tomato___Late_blight', confidence: 0.9 }],
            unsure: false,
            verdict: 'confident',
            modelVersion: 'benchmark',
            note: '',
            photoCount: 1,
            revision: 0,
            syncState: 'pending',
            syncedAt: null,
            rejectReason: null,
            origin: 'device',
          });
          tx.objectStore('photos').put({
            predictionId: id,
            index: 0,
            photo,
            thumbnail: photo,
            probabilities: [],
            qualityIssues: [],
            uploaded: false,
          });
          tx.objectStore('outbox').put({
            key: `push:${id}`,
            kind: 'push',
            predictionId: id,
            owner,
            createdAt,
            attempts: 0,
            nextAttemptAt: 0,
            lastError: null,
          });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(String(tx.error)));
        });
        db.close();
      },
      { n: RECORDS, photoBase64: jpeg.toString('base64') },
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: LINK_BYTES_PER_S,
      uploadThroughput: LINK_BYTES_PER_S,
    });
    // The app syncs by itself when it starts online: reopening it is the whole gesture.
    const started = performance.now();
    await page.reload();
    let allRecords = Number.NaN;
    let allPhotos = Number.NaN;
    const progress: string[] = [];
    while (Number.isNaN(allPhotos)) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const counts = await serverCounts(stack.url, token);
      const seconds = (performance.now() - started) / 1000;
      if (Number.isNaN(allRecords) && counts.records >= RECORDS) allRecords = seconds;
      if (counts.photos >= RECORDS) allPhotos = seconds;
      if (progress.length === 0 || Math.round(seconds) % 30 < 2)
        progress.push(`${seconds.toFixed(0)} s: ${counts.records} records, ${counts.photos} photos`);
      if (seconds > 3_600) throw new Error(`not done after an hour: ${JSON.stringify(counts)}`);
    }
    const card = await page.getByTestId('sync-status').textContent();
    const photoBytes = jpeg.length * RECORDS;
    return `${RECORDS} diagnoses with one ${(jpeg.length / 1024).toFixed(0)} KB photo each, over 1.6 Mbps / 150 ms (CDP):
  every record on the server     ${allRecords.toFixed(1)} s
  every photo on the server      ${allPhotos.toFixed(1)} s   (the photos alone are ${(photoBytes / 1e6).toFixed(1)} MB: ${(photoBytes / LINK_BYTES_PER_S).toFixed(0)} s at line rate)
  the sync card at the end       "${card}"
  progress: ${progress.join('; ')}
  machine: ${before} before, load average ${load()} after`;
  } finally {
    await context.close();
    await stack.stop();
    await rm(profile, { recursive: true, force: true });
  }
}
