import { useCallback } from 'react';
import type { CropId } from '@phyto/shared';
import { useInference } from '../ml/useInference.ts';
import { sessionStore } from '../auth/session.ts';
import type { PhytoDb } from '../db/schema.ts';
import { useServices } from '../services/context.ts';
import { createPrediction, getPrediction, unsureRuleOf, updateDiagnosis } from '../db/predictions.ts';
import { photosOf, type NewPhoto } from '../db/photos.ts';
import type { PhotoDiagnosis } from '../ml/useInference.ts';
import type { PhotoSquare } from '../ml/square.ts';
import { readingOf, summarize } from './summarize.ts';

function toNewPhoto(d: PhotoDiagnosis, square: PhotoSquare | null): NewPhoto {
  return {
    ...(square === null ? {} : { square }),
    photo: d.photo,
    thumbnail: d.thumbnail,
    probabilities: d.probabilities,
    isLeaf: d.isLeaf,
    qualityIssues: d.quality.issues,
  };
}

/**
 * Diagnoses photos and keeps the result on the phone: a new prediction, another leaf of the same plant,
 * or the same leaves under another crop (from the stored probabilities: the model need not run again).
 * Errors carry an i18n key as their message.
 */
export function useDiagnosis() {
  const { db } = useServices();
  const { status, retry, diagnosePhoto } = useInference();

  const diagnose = useCallback(
    async (file: Blob, crop: CropId | null, square: PhotoSquare | null = null): Promise<string> => {
      const d = await diagnosePhoto(file, square);
      const summary = summarize([readingOf(d)], d.classes, crop, d.unsureRule);
      if (summary === null) throw new Error('errors.cropNotCovered');
      const id = crypto.randomUUID();
      await createPrediction(
        db,
        {
          id,
          owner: sessionStore.ownerId(),
          createdAt: new Date().toISOString(),
          crop,
          classes: d.classes,
          minConfidence: d.unsureRule.minConfidence,
          unsureAppliesTo: d.unsureRule.appliesTo,
          ...(d.unsureRule.minCropShare !== undefined && { minCropShare: d.unsureRule.minCropShare }),
          ...(d.unsureRule.leafEvidence !== undefined && { leafEvidence: d.unsureRule.leafEvidence }),
          modelVersion: d.modelVersion,
          photoCount: 1,
          ...summary,
        },
        [toNewPhoto(d, square)],
      );
      return id;
    },
    [diagnosePhoto, db],
  );

  const addLeaf = useCallback(
    async (id: string, file: Blob): Promise<void> => {
      const [prediction, photos, d] = await Promise.all([
        getPrediction(db, id),
        photosOf(db, id),
        diagnosePhoto(file),
      ]);
      if (prediction === undefined) throw new Error('errors.notFound');
      if (prediction.modelVersion !== d.modelVersion) throw new Error('errors.modelChanged');
      const leaves = [...photos, d].map(readingOf);
      const summary = summarize(leaves, d.classes, prediction.crop, d.unsureRule);
      if (summary === null) throw new Error('errors.cropNotCovered');
      await updateDiagnosis(db, id, { crop: prediction.crop, ...summary }, toNewPhoto(d, null));
    },
    [diagnosePhoto, db],
  );

  return { status, retry, diagnose, addLeaf };
}

/** The same leaves judged under another crop; needs no model, so it works before the model loads. */
export async function changeCrop(db: PhytoDb, id: string, crop: CropId | null): Promise<void> {
  const [prediction, photos] = await Promise.all([getPrediction(db, id), photosOf(db, id)]);
  const rule = prediction === undefined ? null : unsureRuleOf(prediction);
  if (prediction?.classes == null || rule === null) throw new Error('errors.notFound');
  const summary = summarize(photos.map(readingOf), prediction.classes, crop, rule);
  if (summary === null) throw new Error('errors.cropNotCovered');
  await updateDiagnosis(db, id, { crop, ...summary });
}
