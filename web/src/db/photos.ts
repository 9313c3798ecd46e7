import type { PhytoDb } from './schema.ts';
import type { PhotoSquare } from '../ml/square.ts';

/** One leaf photo of a prediction (a prediction holds 1–6). */
export interface StoredPhoto {
  predictionId: string;
  /** 0-based position in the prediction; also the `index` of its upload. */
  index: number;
  /** Compressed JPEG (longest side ≤ 1024 px): what is uploaded, the whole photo. Null once dropped to free
   *  room (db/photo-retention.ts): the server holds it and it is fetched again when opened. */
  photo: Blob | null;
  /** The square the farmer framed and the model read; absent: the centred square. */
  square?: PhotoSquare;
  /** Small JPEG for lists. */
  thumbnail: Blob;
  /** This leaf's own softmax, so each photo's top-1 can be shown beside the combined answer. */
  probabilities: number[];
  /** False when the model called this photo not a leaf; absent on photos from before the rule (a leaf). */
  isLeaf?: boolean;
  /** Quality problems found before diagnosis (too_dark, too_blurry, …); empty when fine. */
  qualityIssues: string[];
  uploaded: boolean;
}

export type NewPhoto = Omit<StoredPhoto, 'predictionId' | 'index' | 'uploaded' | 'photo'> & { photo: Blob };

export function photosOf(db: PhytoDb, predictionId: string): Promise<StoredPhoto[]> {
  return db.photos.where('predictionId').equals(predictionId).sortBy('index');
}

export function getPhoto(db: PhytoDb, predictionId: string, index: number): Promise<StoredPhoto | undefined> {
  return db.photos.get([predictionId, index]);
}
