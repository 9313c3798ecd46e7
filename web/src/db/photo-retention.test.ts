import { describe, expect, it } from 'vitest';
import { createPrediction } from './predictions.ts';
import { photosOf } from './photos.ts';
import { dropUploadedPhotos, KEEP_UPLOADED_PHOTOS_DAYS } from './photo-retention.ts';
import { freshDb, newPhoto, newPrediction } from '../testing/fixtures.ts';

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 1);

async function fixture() {
  const db = freshDb();
  const photo = new Blob([new Uint8Array(5000)], { type: 'image/jpeg' });
  const make = async (syncedDaysAgo: number | null, uploaded: boolean) => {
    const p = newPrediction();
    await createPrediction(db, p, [{ ...newPhoto(photo), thumbnail: new Blob(['t']) }]);
    if (syncedDaysAgo !== null)
      await db.predictions.update(p.id, {
        syncState: 'synced',
        syncedAt: new Date(now - syncedDaysAgo * DAY).toISOString(),
      });
    await db.photos.update([p.id, 0], { uploaded });
    return p.id;
  };
  const ids = {
    old: await make(KEEP_UPLOADED_PHOTOS_DAYS + 1, true),
    recent: await make(2, true),
    oldNotUploaded: await make(KEEP_UPLOADED_PHOTOS_DAYS + 1, false),
    pending: await make(null, false),
  };
  const full = async (id: string) => (await photosOf(db, id))[0]?.photo ?? null;
  const thumb = async (id: string) => (await photosOf(db, id))[0]?.thumbnail;
  return { db, ids, full, thumb };
}

describe('dropUploadedPhotos', () => {
  it('drops whole photos uploaded more than 30 days ago and keeps their thumbnails', async () => {
    const { db, ids, full, thumb } = await fixture();
    expect(await dropUploadedPhotos(db, now, false)).toBe(5000);
    expect(await full(ids.old)).toBeNull();
    expect(await thumb(ids.old)).toBeDefined();
    for (const id of [ids.recent, ids.oldNotUploaded, ids.pending]) expect(await full(id)).not.toBeNull();
    expect(await dropUploadedPhotos(db, now, false)).toBe(0);
  });

  it('under storage pressure drops every uploaded photo, never one the server lacks', async () => {
    const { db, ids, full } = await fixture();
    expect(await dropUploadedPhotos(db, now, true)).toBe(10_000);
    expect(await full(ids.recent)).toBeNull();
    expect(await full(ids.oldNotUploaded)).not.toBeNull();
    expect(await full(ids.pending)).not.toBeNull();
  });
});
