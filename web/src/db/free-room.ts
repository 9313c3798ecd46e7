import { db } from './db.ts';
import { dropUploadedPhotos, storageUnderPressure } from './photo-retention.ts';

/** At start-up: whole photos the server already holds go after 30 days, or at once on a full phone. */
export async function freeRoom(): Promise<void> {
  try {
    await dropUploadedPhotos(db, Date.now(), await storageUnderPressure());
  } catch (error) {
    // Housekeeping only: a failure here must not stop the app; the next start tries again.
    console.warn('could not free room', error);
  }
}
