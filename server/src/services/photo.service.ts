import type { PredictionRecord } from '@phyto/shared/prediction';
import type { PhotoSize } from '@phyto/shared/upload';
import type { PhotoStore } from '../clients/photo-store.ts';
import type { Clock } from '../lib/clock.ts';
import { HttpError } from '../lib/http-error.ts';
import { KeyedMutex } from '../lib/keyed-mutex.ts';
import { sanitizeImage, thumbnail } from '../lib/sanitize-image.ts';
import { predictionKey, type PredictionRepository } from '../repositories/prediction.repository.ts';
import { toPredictionRecord } from './prediction-record.ts';

/** Photos of synced diagnoses. Lookups go through the owner's key, so another user's record is a 404. */
export class PhotoService {
  /** FerretDB rewrites the whole document on update: parallel uploads to one record must queue. */
  private readonly perRecord = new KeyedMutex();

  constructor(
    private readonly predictions: PredictionRepository,
    private readonly store: PhotoStore,
    private readonly clock: Clock,
  ) {}

  /** Stores (or replaces) photo `index` of the record; re-sending the same photo is harmless. */
  async upload(
    userId: string,
    clientId: string,
    index: number,
    bytes: Uint8Array,
  ): Promise<PredictionRecord> {
    const record = await this.predictions.findOne(userId, clientId);
    if (!record) throw notFound();
    if (index >= record.photoCount) {
      throw new HttpError(
        400,
        'validation_failed',
        `index must be below the record's photoCount (${record.photoCount})`,
      );
    }
    const image = await sanitizeImage(bytes);
    const file = await this.store.save(image.data, image.extension);
    const photo = {
      file,
      mime: image.mime,
      bytes: image.data.length,
      width: image.width,
      height: image.height,
      uploadedAt: this.clock.now(),
    };
    const before = await this.perRecord
      .run(predictionKey(userId, clientId), async () => {
        const previous = await this.predictions.setPhoto(userId, clientId, index, photo);
        const replaced = previous?.photos[String(index)];
        if (replaced) await this.store.remove(replaced.file);
        return previous;
      })
      .catch(async (err: unknown) => {
        await this.store.remove(file);
        throw err;
      });
    if (!before) {
      await this.store.remove(file);
      throw notFound();
    }
    const uploaded = new Set([...before.uploadedPhotos, index]);
    return { ...toPredictionRecord(before), uploadedPhotos: [...uploaded].sort((a, b) => a - b) };
  }

  /** The stored photo, or a small JPEG of it for lists (a new phone fetches these first). */
  async read(
    userId: string,
    clientId: string,
    index: number,
    size: PhotoSize,
  ): Promise<{ bytes: Buffer; mime: string }> {
    const record = await this.predictions.findOne(userId, clientId);
    const photo = record?.photos[String(index)];
    if (!photo) throw notFound();
    const bytes = await this.store.read(photo.file);
    return size === 'thumbnail'
      ? { bytes: await thumbnail(bytes), mime: 'image/jpeg' }
      : { bytes, mime: photo.mime };
  }
}

function notFound(): HttpError {
  return new HttpError(404, 'not_found', 'No such photo or record');
}
