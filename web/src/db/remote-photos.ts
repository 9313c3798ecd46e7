import type { PhotoSize } from '@phyto/shared';
import type { PhytoDb } from './schema.ts';

/**
 * A copy of a photo fetched from the server, for a record whose own photos are not on this phone (made on
 * another device). Kept apart from StoredPhoto: it has no probabilities and is never uploaded.
 */
export interface RemotePhoto {
  predictionId: string;
  index: number;
  size: PhotoSize;
  blob: Blob;
  fetchedAt: string;
}

export function getRemotePhoto(
  db: PhytoDb,
  predictionId: string,
  index: number,
  size: PhotoSize,
): Promise<RemotePhoto | undefined> {
  return db.remotePhotos.get([predictionId, index, size]);
}

export async function putRemotePhoto(db: PhytoDb, photo: RemotePhoto): Promise<void> {
  await db.remotePhotos.put(photo);
}
