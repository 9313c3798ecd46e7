import { db } from '../db/db.ts';
import { sessionStore } from '../auth/session.ts';
import { api } from './api.ts';
import { SyncEngine } from './sync-engine.ts';

/** The app's one sync engine (other tabs are kept out by a Web Lock). */
export const syncEngine = new SyncEngine({
  db,
  api,
  account: () => (sessionStore.token() === null ? null : (sessionStore.get()?.user.id ?? null)),
  onSessionExpired: () => sessionStore.expire(),
});
