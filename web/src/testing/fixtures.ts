import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { CropId } from '@phyto/shared';
import { PhytoDb } from '../db/schema.ts';
import { createPrediction, type NewPrediction } from '../db/predictions.ts';
import type { NewPhoto } from '../db/photos.ts';

/** A fresh, empty database per test (fake-indexeddb in Node; the e2e tests cover the browser's real one). */
export function freshDb(): PhytoDb {
  return new PhytoDb(`phyto-test-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });
}

/** The account the fixtures' records belong to (the sync tests sign the engine in as it). */
export const TEST_OWNER = 'test-owner';

const CLASSES = ['Tomato___Early_blight', 'Tomato___Late_blight', 'Tomato___healthy', 'Potato___Late_blight'];

export function newPrediction(overrides: Partial<NewPrediction> = {}): NewPrediction {
  return {
    id: crypto.randomUUID(),
    owner: TEST_OWNER,
    createdAt: new Date().toISOString(),
    crop: 'tomato' satisfies CropId,
    classes: CLASSES,
    probabilities: [0.1, 0.8, 0.05, 0.05],
    minConfidence: 0.5,
    unsureAppliesTo: 'crop-filtered',
    top5: [
      { classId: 'Tomato___Late_blight', confidence: 0.84 },
      { classId: 'Tomato___Early_blight', confidence: 0.11 },
    ],
    unsure: false,
    verdict: 'confident',
    modelVersion: 'mobileplantvit-test',
    photoCount: 1,
    ...overrides,
  };
}

export function newPhoto(photo: Blob): NewPhoto {
  return { photo, thumbnail: photo, probabilities: [0.1, 0.8, 0.05, 0.05], qualityIssues: [] };
}

/** Stores `count` diagnoses, each with `photos` copies of `photo`; returns their ids, oldest first. */
export async function storePredictions(
  db: PhytoDb,
  count: number,
  photo: Blob | null,
  photos = 1,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = newPrediction({
      createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(),
      photoCount: photo === null ? 1 : photos,
    });
    await createPrediction(
      db,
      p,
      photo === null ? [] : Array.from({ length: photos }, () => newPhoto(photo)),
    );
    ids.push(p.id);
  }
  return ids;
}
