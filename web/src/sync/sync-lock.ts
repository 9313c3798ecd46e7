export const BUSY = Symbol('busy');

/**
 * Runs `fn` only if no other tab of the app is syncing (Web Locks, held until `fn` settles and released
 * by the browser if the tab closes). Without Web Locks (old browsers, Node) it just runs: a second tab
 * would at worst send a batch twice, which the server's idempotent sync answers with the same results.
 */
export async function withSyncLock<T>(fn: () => Promise<T>, name = 'phyto-sync'): Promise<T | typeof BUSY> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks === undefined) return fn();
  return locks.request(name, { ifAvailable: true }, (lock) => (lock === null ? BUSY : fn()));
}
