import { presentDetails } from '@phyto/shared/field-details';
import type { PredictionRecord } from '@phyto/shared/prediction';
import type { PredictionDoc } from '../repositories/prediction.repository.ts';

/** A stored record as the API returns it (the contract's shape, not the document's). */
export function toPredictionRecord(doc: PredictionDoc): PredictionRecord {
  return {
    id: doc.clientId,
    modelVersion: doc.modelVersion,
    createdAt: doc.createdAt.toISOString(),
    top5: doc.top5,
    unsure: doc.unsure,
    ...(doc.verdict !== undefined && { verdict: doc.verdict }),
    ...(doc.crop !== undefined && { crop: doc.crop }),
    photoCount: doc.photoCount,
    ...(doc.leaves !== undefined && { leaves: doc.leaves }),
    revision: doc.revision ?? 0,
    ...(doc.note !== undefined && { note: doc.note }),
    noteRevision: doc.noteRevision ?? 0,
    ...presentDetails(doc),
    syncedAt: doc.syncedAt.toISOString(),
    uploadedPhotos: [...doc.uploadedPhotos].sort((a, b) => a - b),
  };
}
