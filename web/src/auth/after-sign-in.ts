import { syncProfile } from '../settings/profile-sync.ts';
import { syncEngine } from '../sync/sync.ts';
import { sessionStore } from './session.ts';

/**
 * After sign-in and at start-up: the profile, then a sync, whose last stage pulls the account's history
 * (all of it on a new phone, what changed since on a known one).
 */
export async function catchUpAccount(): Promise<void> {
  if (sessionStore.get() === null) return;
  await syncProfile();
  await syncEngine.sync();
}
