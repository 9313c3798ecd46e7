import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type * as ort from 'onnxruntime-node';
import type { CropId } from '@phyto/shared/crops';
import { judge } from '@phyto/shared/inference/verdict';
import type { ModelMetadata } from '@phyto/shared/model-metadata';
import { argmax, cropOf, scoreImages, type Scored } from './model-images.ts';
import { NOT_LEAF_TAR } from './model-paths.ts';

/** The half of not-leaf-128 that release.py never fits on (its `half()`: first sha256 byte of the name ≥ 128). */
export const inHoldout = (name: string) =>
  (createHash('sha256').update(basename(name)).digest()[0] ?? 0) >= 128;

export interface NotLeafDiagnosed {
  photos: number;
  /** Share given a confident diagnosis with no crop picked. */
  noCrop: number;
  /** The worst case: the farmer picked the crop of the model's own best guess. */
  cropOfItsGuess: number;
}

/** How many held-out non-leaf photos the app would give a diagnosis, through its own verdict code. */
export async function notLeafDiagnosed(
  session: ort.InferenceSession,
  metadata: ModelMetadata,
): Promise<NotLeafDiagnosed> {
  const notLeaf = (await scoreImages(session, metadata, NOT_LEAF_TAR, false)).filter((s) =>
    inHoldout(s.name),
  );
  const diagnosed = (crop: (s: Scored) => CropId | null) =>
    notLeaf.filter((s) => judge([s], metadata.classes, crop(s), metadata.unsure)?.verdict === 'confident')
      .length / notLeaf.length;
  const guessedCrop = (s: Scored) => cropOf(metadata.classes[argmax(s.probabilities)] ?? '');
  return { photos: notLeaf.length, noCrop: diagnosed(() => null), cropOfItsGuess: diagnosed(guessedCrop) };
}
