import { useSyncExternalStore } from 'react';
import { sessionStore, type Session } from './session.ts';

export interface SessionView {
  session: Session | null;
  /** The server refused the last token: show "sign in again to sync". */
  expired: boolean;
}

let lastView: SessionView = { session: null, expired: false };

function snapshot(): SessionView {
  const session = sessionStore.get();
  const expired = session === null && sessionStore.isExpired();
  if (session !== lastView.session || expired !== lastView.expired) lastView = { session, expired };
  return lastView;
}

/** The current session; re-renders on sign-in, sign-out, expiry and changes made in other tabs. */
export function useSession(): SessionView {
  return useSyncExternalStore(sessionStore.subscribe, snapshot);
}
