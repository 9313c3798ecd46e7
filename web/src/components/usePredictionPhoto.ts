import { useEffect } from 'react';
import type { PhotoSize } from '@phyto/shared';
import { getPhoto } from '../db/photos.ts';
import type { StoredPrediction } from '../db/predictions.ts';
import { getRemotePhoto } from '../db/remote-photos.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';
import { useServices } from '../services/context.ts';
import { fetchServerPhoto } from '../sync/server-photos.ts';

/**
 * Photo `index` of a diagnosis: this phone's own copy, else one fetched from the server for a record made
 * on another device (or whose whole photo this phone dropped to free room) — the small thumbnail first (it
 * shows within seconds on 2G), then, when `size` is 'full', the whole photo. Undefined while there is none
 * (the caller shows a placeholder); offline, it waits for the next time the photo is shown.
 */
export function usePredictionPhoto(
  prediction: StoredPrediction,
  index: number,
  size: PhotoSize,
): Blob | undefined {
  const { db, api } = useServices();
  const { id } = prediction;
  const found = useLiveQuery(async () => {
    const local = await getPhoto(db, id, index);
    if (local !== undefined && size === 'thumbnail') return { blob: local.thumbnail, complete: true };
    if (local?.photo) return { blob: local.photo, complete: true };
    const full = await getRemotePhoto(db, id, index, 'full');
    if (full !== undefined) return { blob: full.blob, complete: true };
    // This phone's thumbnail of a photo it dropped to free room, or one fetched from the server.
    const thumbnail = local?.thumbnail ?? (await getRemotePhoto(db, id, index, 'thumbnail'))?.blob;
    return { blob: thumbnail, complete: size === 'thumbnail' && thumbnail !== undefined };
  }, [id, index, size, db]);
  const onServer = prediction.serverPhotos?.includes(index) ?? prediction.syncState === 'synced';

  useEffect(() => {
    if (found === undefined || found.complete || !onServer) return;
    const sizes: PhotoSize[] =
      found.blob !== undefined ? ['full'] : size === 'full' ? ['thumbnail', 'full'] : ['thumbnail'];
    void (async () => {
      for (const next of sizes) await fetchServerPhoto(db, api, id, index, next);
    })().catch(() => undefined); // offline or refused: the placeholder stays, the next showing tries again
  }, [found, onServer, id, index, size, api, db]);

  return found?.blob;
}
