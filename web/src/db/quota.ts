import { Dexie } from 'dexie';

/** The phone is out of space for the app: the UI says so instead of a generic failure. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('errors.storageFull', { cause });
    this.name = 'StorageFullError';
  }
}

/** Dexie wraps the browser's QuotaExceededError in its own error types; look through them. */
export function isQuotaExceeded(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError' || e.name === Dexie.errnames.QuotaExceeded) return true;
    e = (e as { inner?: unknown }).inner ?? e.cause;
  }
  return false;
}

/** Runs a write and turns a quota failure into a StorageFullError. */
export async function withQuotaCheck<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaExceeded(error) ? new StorageFullError(error) : error;
  }
}
