import { afterEach, expect, it, vi } from 'vitest';
import { freshDb } from '../testing/fixtures.ts';
import { createApiClient } from './api-client.ts';
import { SyncEngine } from './sync-engine.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it('syncs at start, then every few minutes while the app is shown and online, and not after stop', () => {
  vi.useFakeTimers();
  const page = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const network = { onLine: true };
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', page);
  vi.stubGlobal('navigator', network);
  const engine = new SyncEngine({
    db: freshDb(),
    api: createApiClient({ getToken: () => null }),
    account: () => null,
    onSessionExpired: () => undefined,
    pullEveryMs: 1_000,
  });
  const sync = vi.spyOn(engine, 'sync').mockResolvedValue({ kind: 'signed-out' });

  const stop = engine.start();
  expect(sync).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(3_000);
  expect(sync).toHaveBeenCalledTimes(4);
  page.visibilityState = 'hidden'; // another app in front: no pulls
  vi.advanceTimersByTime(3_000);
  expect(sync).toHaveBeenCalledTimes(4);
  page.visibilityState = 'visible';
  network.onLine = false;
  vi.advanceTimersByTime(3_000);
  expect(sync).toHaveBeenCalledTimes(4);
  network.onLine = true;
  vi.advanceTimersByTime(1_000);
  expect(sync).toHaveBeenCalledTimes(5);
  stop();
  vi.advanceTimersByTime(10_000);
  expect(sync).toHaveBeenCalledTimes(5);
});
