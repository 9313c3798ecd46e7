import { db } from '../db/db.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { syncProfile } from '../settings/profile-sync.ts';
import { api } from '../sync/api.ts';
import { pullHistory } from '../sync/history-pull.ts';
import { syncEngine } from '../sync/sync.ts';
import { ApiRequestError } from '../sync/api-error.ts';
import { sessionStore } from './session.ts';

/**
 * Once per account on this phone: pull the account's history (a new device sees its past diagnoses),
 * then send what waits. Re-run at start-up until a pull has succeeded.
 */
export async function catchUpAccount(): Promise<void> {
  const session = sessionStore.get();
  if (session === null) return;
  await syncProfile();
  if ((await getMeta(db, 'historyPulledFor')) !== session.user.id) {
    try {
      await pullHistory(db, api, session.user.id);
      await setMeta(db, 'historyPulledFor', session.user.id);
    } catch (error) {
      if (error instanceof ApiRequestError && error.unauthorized) sessionStore.expire();
      // Offline or server down: the next start or sign-in tries again.
    }
  }
  await syncEngine.sync();
}
