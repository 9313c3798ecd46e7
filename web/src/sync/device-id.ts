const STORAGE_KEY = 'phyto.deviceId';

/**
 * This browser's random id, made once and kept: it names no person (a shared phone has one id for all its
 * users) and only lets the server count code requests and guesses per device. Falls back to an id for this
 * page alone when storage is refused.
 */
export function deviceId(): string {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored) return stored;
    const made = crypto.randomUUID();
    localStorage.setItem(STORAGE_KEY, made);
    return made;
  } catch {
    return pageId;
  }
}

const pageId = crypto.randomUUID();
