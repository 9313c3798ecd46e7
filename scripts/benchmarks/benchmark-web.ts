// Web benchmark in headless Chromium: app-shell size, bytes on the wire per visit, time to first diagnosis
// (cold, warm online, warm offline) and per-photo inference time over 50 test-split leaves.
// Prints numbers only (no timed assertions):  npx tsx scripts/benchmarks/benchmark-web.ts
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { passFirstUse, waitForServiceWorker, waitForVerdict } from '../../web/e2e/app-driver.ts';
import { chromiumMissing, launchProfile } from '../../web/e2e/browser.ts';
import { buildAppIfNeeded } from '../../web/e2e/build.ts';
import { datasetMissing, extractTestImages, type TestImage } from '../../web/e2e/dataset.ts';
import { Stack } from '../../web/e2e/stack.ts';
import { percentile } from '../harness/percentile.ts';

const PHOTOS = 50;

type Category = 'model' | 'runtime' | 'app' | 'api';

function categorise(path: string): Category {
  if (path.startsWith('/api/')) return 'api';
  if (path.endsWith('.onnx')) return 'model';
  if (/\/ort[.-][^/]*\.(wasm|m?js)$/.test(path)) return 'runtime';
  return 'app';
}

/**
 * A reverse proxy in front of the API that counts the bytes each response puts on the wire. It sees what
 * the page, the inference worker and the service worker fetch alike, which no single DevTools target does.
 */
class CountingProxy {
  bytes: Record<Category, number> = { model: 0, runtime: 0, app: 0, api: 0 };
  private server: Server | null = null;

  constructor(private readonly upstream: () => URL) {}

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      const target = this.upstream();
      const category = categorise(req.url ?? '/');
      const upstream = request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (reply) => {
          res.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.on('data', (chunk: Buffer) => (this.bytes[category] += chunk.length));
          reply.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end()); // the API is stopped: like no network
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  reset(): void {
    this.bytes = { model: 0, runtime: 0, app: 0, api: 0 };
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

/** JS that index.html loads before anything else (entry + modulepreloads), gzipped: the app shell. */
function shellSize(distDir: string): { js: number; css: number; files: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  let js = 0;
  let css = 0;
  for (const ref of refs) {
    const size = gzipSync(readFileSync(join(distDir, ref)), { level: 9 }).length;
    if (ref.endsWith('.css')) css += size;
    else js += size;
  }
  return { js, css, files: refs };
}

function whatElseRuns(): string {
  const top = execFileSync('ps', ['-eo', 'pcpu,etime,args', '--sort=-pcpu'], { encoding: 'utf8' })
    .split('\n')
    .slice(1, 5)
    .map((line) => `    ${line.trim().slice(0, 110)}`)
    .join('\n');
  return `${cpus().length} CPU cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; busiest processes:\n${top}`;
}

/** Opens the app and diagnoses one photo; milliseconds from navigation to the result on screen. */
async function timeToFirstDiagnosis(page: Page, photo: TestImage): Promise<number> {
  const started = performance.now();
  await page.goto('/');
  await passFirstUse(page);
  await page.getByTestId('photo-input').setInputFiles(photo.path);
  await page.getByTestId('diagnose-button').click();
  await waitForVerdict(page, 180_000);
  return performance.now() - started;
}

async function diagnoseMany(page: Page, photos: readonly TestImage[]): Promise<number[]> {
  const endToEnd: number[] = [];
  for (const photo of photos) {
    await page.getByTestId('nav-home').click();
    await page.getByTestId('photo-input').setInputFiles(photo.path);
    const started = performance.now();
    await page.getByTestId('diagnose-button').click();
    await page.waitForURL(/\/result\//);
    await waitForVerdict(page);
    endToEnd.push(performance.now() - started);
  }
  return endToEnd;
}

function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}

async function main(): Promise<void> {
  const missing = chromiumMissing() ?? datasetMissing();
  if (missing) throw new Error(`cannot benchmark: ${missing}`);
  console.log(`Machine: ${whatElseRuns()}`);

  const distDir = buildAppIfNeeded(console.log);
  const shell = shellSize(distDir);
  const { images, dir: imagesDir } = await extractTestImages(2);
  const photos = images.slice(0, PHOTOS);
  const [first] = photos;
  if (!first) throw new Error('no test images');

  const stack = await Stack.start(distDir);
  const proxy = new CountingProxy(() => new URL(stack.url));
  const origin = await proxy.listen();
  const profile = await mkdtemp(join(tmpdir(), 'phyto-bench-'));
  let context: BrowserContext | null = null;
  const openProfile = async (): Promise<Page> => {
    await context?.close();
    context = await launchProfile(profile, origin);
    return context.pages()[0] ?? context.newPage();
  };

  try {
    // 1. Cold: empty profile, online.
    let page = await openProfile();
    const cold = await timeToFirstDiagnosis(page, first);
    await waitForServiceWorker(page); // count the precache too
    const firstVisit = { ...proxy.bytes };

    // 2. Warm, online: the app, model and runtime should all come from the device.
    page = await openProfile();
    proxy.reset();
    const warmOnline = await timeToFirstDiagnosis(page, first);
    await page.waitForTimeout(2_000); // let the service worker's update check finish
    const secondVisit = { ...proxy.bytes };

    // 3. Warm, offline: the server is gone and the browser is offline.
    await stack.stopServer();
    page = await openProfile();
    await context!.setOffline(true);
    const warmOffline = await timeToFirstDiagnosis(page, first);

    // 4. Inference over many photos, offline, in the warm page.
    const endToEnd = await diagnoseMany(page, photos);
    const inference = (await measures(page, 'phyto:inference')).slice(-photos.length);
    const photoPrep = (await measures(page, 'phyto:photo')).slice(-photos.length);

    // 5. A 12 MP camera photo: decoded in the worker, the page must stay responsive.
    const big = join(imagesDir, 'camera-12mp.jpg');
    await sharp(first.path).resize(4000, 3000, { fit: 'fill' }).jpeg({ quality: 90 }).toFile(big);
    await page.evaluate(() => {
      const w = window as unknown as { longestTask: number };
      w.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const bigEndToEnd = (await diagnoseMany(page, [{ classId: first.classId, path: big }]))[0] ?? Number.NaN;
    const bigPrep = (await measures(page, 'phyto:photo')).at(-1) ?? Number.NaN;
    const longestTask = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);

    const row = (label: string, b: Record<Category, number>): string =>
      `  ${label.padEnd(14)} model ${kb(b.model).padStart(10)}  runtime ${kb(b.runtime).padStart(11)}  ` +
      `app ${kb(b.app).padStart(10)}  api ${kb(b.api).padStart(8)}`;
    console.log(`
App shell (index.html's JS, gzip -9): ${kb(shell.js)} JS + ${kb(shell.css)} CSS  [${shell.files.join(', ')}]
Bytes on the wire (response bodies as served; the server sends the build's .br/.gz twins when accepted):
${row('first visit', firstVisit)}
${row('second visit', secondVisit)}
Time to first diagnosis (navigation → result on screen, one 128 px leaf):
  cold (empty profile, online)  ${ms(cold)}
  warm (online)                 ${ms(warmOnline)}
  warm (offline, server down)   ${ms(warmOffline)}
Per photo, ${photos.length} test-split leaves, offline (WASM, 1 thread):
  inference        p50 ${ms(percentile(inference, 0.5))}  p95 ${ms(percentile(inference, 0.95))}
  decode+resize+encode in the worker  p50 ${ms(percentile(photoPrep, 0.5))}  p95 ${ms(percentile(photoPrep, 0.95))}
  click → result page (incl. IndexedDB + render)  p50 ${ms(percentile(endToEnd, 0.5))}  p95 ${ms(percentile(endToEnd, 0.95))}
A 12 MP (4000×3000) JPEG: decode+resize+encode in the worker ${ms(bigPrep)}, click → result ${ms(bigEndToEnd)},
  longest main-thread task meanwhile ${ms(longestTask)} (0 = none over 50 ms)
Targets: shell JS ≤ 170 KB gz; second visit 0 bytes of model/runtime; warm inference p50 ≤ 50 ms.
After the run: ${whatElseRuns()}`);
  } finally {
    await (context as BrowserContext | null)?.close();
    await proxy.close();
    await stack.stop();
    await rm(profile, { recursive: true, force: true });
    await rm(imagesDir, { recursive: true, force: true });
  }
}

await main();
