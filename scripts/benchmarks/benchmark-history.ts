// History with a field agent's 2,000 diagnoses on the phone, in headless Chromium on the built app:
// time from opening the page to the first row, and from typing a search to the filtered list.
// Prints numbers only (no timed assertions):  npx tsx scripts/benchmarks/benchmark-history.ts [--records 2000]
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { passFirstUse } from '../../web/e2e/app-driver.ts';
import { chromiumMissing, launchProfile } from '../../web/e2e/browser.ts';
import { buildAppIfNeeded } from '../../web/e2e/build.ts';
import { Stack } from '../../web/e2e/stack.ts';

const { values } = parseArgs({
  options: { records: { type: 'string', default: '2000' }, runs: { type: 'string', default: '5' } },
});
const RECORDS = Number(values.records);
const RUNS = Number(values.runs);

/** Writes `count` signed-out diagnoses straight into the app's IndexedDB (what months of field work leave). */
async function seed(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const classes = [
      'Tomato___Late_blight',
      'Corn_(maize)___Common_rust_',
      'Apple___Apple_scab',
      'Potato___Early_blight',
    ];
    const crops = ['tomato', 'corn', 'apple', 'potato'];
    const verdicts = ['confident', 'unsure', 'notLeaf'];
    const open = indexedDB.open('phyto');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const tx = db.transaction('predictions', 'readwrite');
    const store = tx.objectStore('predictions');
    for (let i = 0; i < n; i++) {
      const k = i % 4;
      const verdict = verdicts[i % 3];
      store.put({
        id: crypto.randomUUID(),
        owner: '',
        createdAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
        crop: crops[k],
        classes: null,
        probabilities: null,
        minConfidence: null,
        top5: [{ classId: classes[k], confidence: 0.9 }],
        unsure: verdict !== 'confident',
        verdict,
        modelVersion: 'benchmark',
        note: i % 10 === 0 ? `sprayed field ${i} near the river` : '',
        photoCount: 1,
        syncState: i % 5 === 0 ? 'pending' : 'synced',
        syncedAt: null,
        rejectReason: null,
        origin: 'device',
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, count);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const missing = chromiumMissing();
  if (missing) throw new Error(`cannot benchmark: ${missing}`);
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log(`Machine: ${cpus().length} CPU cores, load average ${load()}`);
  const stack = await Stack.start(buildAppIfNeeded(console.log));
  const profile = await mkdtemp(join(tmpdir(), 'phyto-bench-history-'));
  const context = await launchProfile(profile, stack.url);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await passFirstUse(page);
    await seed(page, RECORDS);
    const firstRow: number[] = [];
    const search: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.getByTestId('nav-home').click();
      let started = performance.now();
      await page.getByTestId('nav-history').click();
      await page.getByTestId('history-item').first().waitFor();
      firstRow.push(performance.now() - started);
      await page.getByTestId('history-count').waitFor();
      const before = await page.getByTestId('history-count').textContent();
      started = performance.now();
      await page.getByTestId('history-search').fill('river');
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="history-count"]')?.textContent !== text,
        before,
      );
      search.push(performance.now() - started);
    }
    const shown = await page.getByTestId('history-count').textContent();
    console.log(`
History with ${RECORDS} records on the phone (${RUNS} runs, median):
  open History → first row on screen   ${median(firstRow).toFixed(0)} ms   (all: ${firstRow.map((m) => m.toFixed(0)).join(', ')})
  type "river" → filtered list          ${median(search).toFixed(0)} ms   (all: ${search.map((m) => m.toFixed(0)).join(', ')}; ${shown})
Target: both under 300 ms on this machine. Load average after: ${load()}`);
  } finally {
    await context.close();
    await stack.stop();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
