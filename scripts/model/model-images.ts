import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import { findClass } from '@phyto/shared/classes';
import type { ModelMetadata } from '@phyto/shared/model-metadata';
import { calibratedProbabilities, isLeaf } from '@phyto/shared/inference/postprocess';
import type { PhotoReading } from '@phyto/shared/inference/verdict';
import { preprocess, type PreprocessSpec } from '@phyto/shared/inference/preprocess';
import { readTar } from './model-tar.ts';

export interface LabelledImage {
  /** `<Class>/<file>` inside the tar or folder. */
  name: string;
  label: string;
  data: Buffer;
}

/** Every image of a dataset tar or a `<Class>/<image>` folder, read in place. */
export function* listImages(source: string): Generator<LabelledImage> {
  if (statSync(source).isDirectory()) {
    for (const label of readdirSync(source).sort()) {
      if (!statSync(join(source, label)).isDirectory()) continue;
      for (const file of readdirSync(join(source, label)).sort()) {
        yield { name: `${label}/${file}`, label, data: readFileSync(join(source, label, file)) };
      }
    }
    return;
  }
  for (const entry of readTar(source)) {
    const slash = entry.name.indexOf('/');
    yield { name: entry.name, label: slash > 0 ? entry.name.slice(0, slash) : '', data: entry.data };
  }
}

/** Encoded JPEG/PNG → the model input, through the same preprocessing the app uses. */
export async function imageToInput(data: Buffer, spec: PreprocessSpec): Promise<Float32Array> {
  // sharp applies no colour management on raw output; its JPEG decode matched PIL's bit for bit here.
  const { data: rgba, info } = await sharp(data)
    .rotate()
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return preprocess(rgba, info.width, info.height, spec);
}

export const argmax = (values: readonly number[]) =>
  values.reduce((best, v, i) => (v > (values[best] ?? -1) ? i : best), 0);

export const cropOf = (classId: string) => findClass(classId)?.crop ?? null;

export interface Scored extends PhotoReading {
  name: string;
  label: number;
  probabilities: number[];
}

/**
 * Every image of a tar or folder as the app reads it: calibrated probabilities (metadata.temperature) and
 * the not-a-leaf rule (metadata.notLeaf). Images of unknown classes are skipped.
 */
export async function scoreImages(
  session: ort.InferenceSession,
  metadata: ModelMetadata,
  source: string,
  labelled = true,
): Promise<Scored[]> {
  const size = metadata.inputSize;
  const scored: Scored[] = [];
  for (const image of listImages(source)) {
    const label = labelled ? metadata.classes.indexOf(image.label) : -1;
    if (labelled && label < 0) continue;
    const input = await imageToInput(image.data, metadata);
    const output = await session.run({
      [metadata.inputName]: new ort.Tensor('float32', input, [1, 3, size, size]),
    });
    const logits = output[metadata.outputName]?.data as Float32Array;
    const notLeafScore = Number(output[metadata.notLeaf.output]?.data[0]);
    scored.push({
      name: image.name,
      label,
      probabilities: calibratedProbabilities(logits, metadata.temperature),
      isLeaf: isLeaf(notLeafScore, metadata.notLeaf),
    });
  }
  return scored;
}
