import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { HistoryPageSchema } from '@phyto/shared/history';
import { repoRoot } from './paths.ts';

/** Waits until a service worker controls the page (first visit: install, activate, clients.claim). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Without clients.claim() the first page load stays uncontrolled until a reload.
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Dismisses the first-use screens (disclaimer, "my crops") when they are shown. */
export async function passFirstUse(page: Page): Promise<void> {
  // The first render puts the disclaimer's <dialog> in the page, closed; it opens in an effect a moment
  // later. So: wait for that render, then click (which waits for the dialog to open) if it is there.
  await page.locator('header.app-header').waitFor({ state: 'attached' });
  const accept = page.getByTestId('disclaimer-accept');
  if ((await accept.count()) > 0) await accept.click();
  const skipCrops = page.getByTestId('my-crops-skip');
  if ((await skipCrops.count()) > 0) await skipCrops.click();
}

/**
 * Records every state of the model's progress bar from the first paint on (call before `goto`), so a test
 * can check that the download was reported as it happened, not just that it finished.
 */
export async function recordModelProgress(
  page: Page,
): Promise<() => Promise<{ value: number; max: number }[]>> {
  const seen: { value: number; max: number }[] = [];
  await page.exposeFunction('__recordModelProgress', (value: number, max: number) =>
    seen.push({ value, max }),
  );
  await page.addInitScript(() => {
    const record = (window as unknown as { __recordModelProgress: (v: number, m: number) => void })
      .__recordModelProgress;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="model-status"] progress');
      if (bar) record(bar.value, bar.max);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  return () => Promise.resolve(seen);
}

export async function waitForModelReady(page: Page, timeout = 180_000): Promise<void> {
  await page.locator('[data-testid="model-status"][data-state="ready"]').waitFor({ timeout });
}

/**
 * Signs up or in through the UI. The server runs with devOtpInReply, so the code is read from the real
 * request-otp reply, as a phone would read the SMS.
 */
export async function authenticate(
  page: Page,
  flow: 'signup' | 'signin',
  phone: string,
  name = 'Amina',
): Promise<void> {
  await page.goto(`/${flow}`);
  await passFirstUse(page);
  if (flow === 'signup') await page.getByTestId('name-input').fill(name);
  await page.getByTestId('phone-input').fill(phone);
  let reply = await requestCode(page, flow);
  if (reply.status() === 429) {
    // The server's resend cooldown also covers a code just used on another device: wait as a person would.
    const seconds = Number(reply.headers()['retry-after'] ?? '60');
    await page.waitForTimeout((seconds + 1) * 1000);
    reply = await requestCode(page, flow);
  }
  if (!reply.ok()) throw new Error(`request-otp answered ${reply.status()}: ${await reply.text()}`);
  const { devCode } = (await reply.json()) as { devCode?: string };
  if (!devCode) throw new Error('request-otp reply has no devCode (server not in dev OTP mode?)');
  await page.getByTestId('otp-input').fill(devCode);
  const [verified] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/auth/${flow}/verify`)),
    page.getByTestId('verify-otp').click(),
  ]);
  if (!verified.ok()) throw new Error(`verify answered ${verified.status()}: ${await verified.text()}`);
  await page.waitForURL((url) => url.pathname === '/');
}

async function requestCode(page: Page, flow: 'signup' | 'signin'): Promise<Response> {
  const [reply] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/auth/${flow}/request-otp`)),
    page.getByTestId('request-otp').click(),
  ]);
  return reply;
}

/** Waits for the result page's answer, whatever it is: a disease, "can't tell", "not a leaf" or "wrong crop". */
export async function waitForVerdict(page: Page, timeout = 30_000): Promise<void> {
  const headings = ['result-top1', 'result-unsure', 'result-not-leaf', 'result-wrong-crop'];
  await page
    .locator(headings.map((id) => `[data-testid="${id}"]`).join(', '))
    .first()
    .waitFor({ timeout });
}

/** The token the app stored at sign-in, for checking the server side directly. */
export async function storedToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    const raw = localStorage.getItem('phyto.session');
    return raw === null ? null : ((JSON.parse(raw) as { token?: string }).token ?? null);
  });
  if (!token) throw new Error('no session token in localStorage');
  return token;
}

export async function serverHistory(baseUrl: string, token: string) {
  const response = await fetch(`${baseUrl}/api/predictions/history?limit=100`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok)
    throw new Error(`GET /api/predictions/history: ${response.status} ${await response.text()}`);
  return HistoryPageSchema.parse(await response.json());
}

/** A diagnosis as this phone's IndexedDB holds it: its probabilities and its first photo's square and size. */
export async function storedDiagnosis(
  page: Page,
  id: string,
): Promise<{ probabilities: number[]; square: unknown; photoBytes: number }> {
  return page.evaluate(async (predictionId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('phyto');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
    });
    // No named helpers in here: tsx would wrap them in a __name() call the page does not have.
    const read = [
      ['predictions', predictionId],
      ['photos', [predictionId, 0]],
    ] as const;
    const [prediction, photo] = await Promise.all(
      read.map(
        ([store, key]) =>
          new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
            const request = db
              .transaction(store)
              .objectStore(store)
              .get(key as IDBValidKey);
            request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
            request.onerror = () => reject(request.error ?? new Error('get failed'));
          }),
      ),
    );
    db.close();
    return {
      probabilities: (prediction?.probabilities as number[] | undefined) ?? [],
      square: photo?.square ?? null,
      photoBytes: (photo?.photo as Blob | undefined)?.size ?? 0,
    };
  }, id);
}

/**
 * With PHYTO_SCREENSHOTS=<folder> set, saves the page as a 390 px wide phone shows it (the README's
 * screenshots come from here); otherwise does nothing.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.PHYTO_SCREENSHOTS;
  if (!folder) return;
  const before = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
  if (before) await page.setViewportSize(before);
}

/** axe-core's WCAG 2.x A/AA violations on the page as it is now: "rule: target" lines, empty when clean. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected <script>.
  await page.evaluate(readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** A finger needs about 44 × 44 px: what a farmer taps, where it is smaller than that (selector and size). */
export async function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 44;
    const targets = document.querySelectorAll<HTMLElement>(
      'a[href], button, select, summary, input:not([type="hidden"]), [role="button"]',
    );
    const small: string[] = [];
    for (const element of Array.from(targets)) {
      const rect = element.getBoundingClientRect();
      // Not shown, or off-screen until focused (the skip link).
      if (rect.width === 0 || rect.height === 0 || rect.right <= 0 || rect.bottom <= 0) continue;
      // A checkbox or radio is tapped through its label, which is the target.
      const label = element.closest('label');
      const viaLabel =
        label !== null && element instanceof HTMLInputElement && /checkbox|radio|file/.test(element.type);
      const box = viaLabel ? label.getBoundingClientRect() : rect;
      if (box.height + 0.5 < MIN || box.width + 0.5 < MIN) {
        const name = element.getAttribute('data-testid') ?? element.textContent?.trim().slice(0, 30) ?? '';
        small.push(
          `${element.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}
