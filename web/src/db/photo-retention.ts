import type { PhytoDb } from './schema.ts';

/** A whole photo stays on the phone this long after the server confirmed it; the thumbnail stays for good. */
export const KEEP_UPLOADED_PHOTOS_DAYS = 30;
/** Above this share of the browser's quota, every uploaded photo's full copy goes, whatever its age. */
export const STORAGE_PRESSURE = 0.8;

/**
 * Frees room on a full phone: the whole photo of a diagnosis whose photo is on the server is dropped after
 * 30 days, or at once under storage pressure; the thumbnail stays for lists, and the result page fetches
 * the photo again when it is opened. A photo not uploaded yet is never touched. Returns the bytes freed.
 */
export async function dropUploadedPhotos(db: PhytoDb, now: number, underPressure: boolean): Promise<number> {
  const cutoff = new Date(now - KEEP_UPLOADED_PHOTOS_DAYS * 86_400_000).toISOString();
  return db.transaction('rw', [db.photos, db.predictions], async () => {
    let freed = 0;
    const uploaded = await db.photos.filter((p) => p.uploaded && p.photo !== null).toArray();
    const records = await db.predictions.bulkGet(uploaded.map((p) => p.predictionId));
    for (const [i, photo] of uploaded.entries()) {
      const syncedAt = records[i]?.syncedAt ?? null;
      if (!underPressure && (syncedAt === null || syncedAt > cutoff)) continue;
      freed += photo.photo?.size ?? 0;
      await db.photos.update([photo.predictionId, photo.index], { photo: null });
    }
    return freed;
  });
}

/** Whether the origin uses more than STORAGE_PRESSURE of its quota (false when the browser will not say). */
export async function storageUnderPressure(): Promise<boolean> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (estimate?.usage === undefined || !estimate.quota) return false;
  return estimate.usage / estimate.quota > STORAGE_PRESSURE;
}
