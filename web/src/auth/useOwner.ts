import { useSyncExternalStore } from 'react';
import { sessionStore } from './session.ts';

/** Whose records the app shows and keeps now (sessionStore.ownerId), re-rendering when it changes. */
export function useOwner(): string {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.ownerId);
}
