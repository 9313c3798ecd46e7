import type { PhotoSize } from '@phyto/shared';
import { putRemotePhoto } from '../db/remote-photos.ts';
import type { PhytoDb } from '../db/schema.ts';
import type { ApiClient } from './api-client.ts';

const inFlight = new Map<string, Promise<void>>();

/**
 * Fetches one photo of a record made on another device and keeps it on this phone. Several screens asking
 * for the same photo at once share one request.
 */
export function fetchServerPhoto(
  db: PhytoDb,
  api: ApiClient,
  predictionId: string,
  index: number,
  size: PhotoSize,
): Promise<void> {
  const key = `${db.name}:${predictionId}:${index}:${size}`;
  let pending = inFlight.get(key);
  if (pending === undefined) {
    pending = api
      .photo(predictionId, index, size)
      .then((blob) =>
        putRemotePhoto(db, { predictionId, index, size, blob, fetchedAt: new Date().toISOString() }),
      )
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}
