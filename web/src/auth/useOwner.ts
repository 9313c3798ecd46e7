import { useSyncExternalStore } from 'react';
import { NO_OWNER } from '../db/schema.ts';
import { sessionStore } from './session.ts';

/** Whose records the app shows and keeps now (sessionStore.ownerId), NO_OWNER when nobody's. */
export function useOwner(): string {
  return useSyncExternalStore(sessionStore.subscribe, () => sessionStore.ownerId() ?? NO_OWNER);
}
