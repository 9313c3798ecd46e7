import { sessionStore } from '../auth/session.ts';
import { dropUploadedPhotos, storageUnderPressure } from '../db/photo-retention.ts';
import { PhytoDb } from '../db/schema.ts';
import { InferenceClient } from '../ml/inference-client.ts';
import type { Services } from '../services/context.ts';
import { syncProfile } from '../settings/profile-sync.ts';
import { createApiClient } from '../sync/api-client.ts';
import { deviceId } from '../sync/device-id.ts';
import { SyncEngine } from '../sync/sync-engine.ts';

/**
 * The one place the app's services are made and wired: where a diagnosis is saved (`db`, through
 * `diagnosis/useDiagnosis`), pushed and pulled (`syncEngine`: records, photos, notes, then the change feed)
 * and what starts them (`startServices`). Tests build their own instances of each class instead.
 */
export function createServices(): Services {
  const db = new PhytoDb('phyto', undefined, sessionStore.ownerId);
  // Same origin (Vite proxies /api in development); the token is read at every request.
  const api = createApiClient({ getToken: () => sessionStore.token(), deviceId });
  const syncEngine = new SyncEngine({
    db,
    api,
    account: () => (sessionStore.token() === null ? null : (sessionStore.get()?.user.id ?? null)),
    onSessionExpired: () => sessionStore.expire(),
  });
  let inference: InferenceClient | null = null;
  return {
    db,
    api,
    syncEngine,
    // One worker for the whole page: the model is large, so every screen shares the same session.
    inference: () =>
      (inference ??= new InferenceClient(
        () =>
          new Worker(new URL('../ml/worker/inference.worker.ts', import.meta.url), {
            type: 'module',
            name: 'inference',
          }),
      )),
  };
}

/**
 * At start-up: sync now and whenever the network comes back or the app is shown again, catch the
 * signed-in account up, and free room taken by photos the server already holds. Returns a stop function.
 */
export function startServices(services: Services): () => void {
  const stop = services.syncEngine.start();
  void catchUpAccount(services);
  void freeRoom(services);
  return stop;
}

/**
 * After sign-in and at start-up: the profile, then a sync, whose last stage pulls the account's history
 * (all of it on a new phone, what changed since on a known one).
 */
export async function catchUpAccount({ api, syncEngine }: Services): Promise<void> {
  if (sessionStore.get() === null) return;
  await syncProfile(api);
  await syncEngine.sync();
}

/** Whole photos the server already holds go after 30 days, or at once on a full phone. */
async function freeRoom({ db }: Services): Promise<void> {
  try {
    await dropUploadedPhotos(db, Date.now(), await storageUnderPressure());
  } catch (error) {
    // Housekeeping only: a failure here must not stop the app; the next start tries again.
    console.warn('could not free room', error);
  }
}
