import { useSyncExternalStore } from 'react';
import { useOwner } from '../auth/useOwner.ts';
import { getMeta } from '../db/meta.ts';
import { countBySyncState } from '../db/predictions.ts';
import { countUploadsWaiting } from '../db/outbox.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';
import { useServices } from '../services/context.ts';
import type { SyncEngineState } from './sync-engine.ts';

export interface SyncStatus extends SyncEngineState {
  /** False until the counts were read once: until then "all synced" would be a lie. */
  loaded: boolean;
  /** Diagnoses not yet on the server. */
  waiting: number;
  rejected: number;
  photosWaiting: number;
  lastSyncedAt: string | null;
}

export function useSyncStatus(): SyncStatus {
  const { db, syncEngine } = useServices();
  const engine = useSyncExternalStore(syncEngine.subscribe, () => syncEngine.state);
  const owner = useOwner();
  const counts = useLiveQuery(
    async () => ({
      waiting: await countBySyncState(db, owner, 'pending'),
      rejected: await countBySyncState(db, owner, 'rejected'),
      photosWaiting: await countUploadsWaiting(db, owner),
      lastSyncedAt: await getMeta(db, 'lastSyncedAt'),
    }),
    [owner, db],
  );
  return {
    ...engine,
    loaded: counts !== undefined,
    waiting: 0,
    rejected: 0,
    photosWaiting: 0,
    lastSyncedAt: null,
    ...counts,
  };
}
