import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import type { CropId } from '@phyto/shared';
import { calibratedProbabilities, isLeaf } from '@phyto/shared/inference/postprocess';
import { preprocess } from '@phyto/shared/inference/preprocess';
import { judge, type PhotoReading } from '@phyto/shared/inference/verdict';
import { ModelMetadataSchema, type ModelMetadata } from '@phyto/shared/model-metadata';
import type { TestImage } from './dataset.ts';
import { repoRoot } from './paths.ts';

/**
 * The shipped model run in Node (onnxruntime-node, shared preprocessing): the reference the browser must
 * agree with. It is also how the tests pick a leaf the model gets right, so that retraining the model
 * does not turn the end-to-end test into a test of the model's accuracy.
 */
export class ReferenceModel {
  private constructor(
    private readonly session: ort.InferenceSession,
    readonly metadata: ModelMetadata,
  ) {}

  static async load(): Promise<ReferenceModel> {
    const metadata = ModelMetadataSchema.parse(
      JSON.parse(readFileSync(join(repoRoot, 'models', 'metadata.json'), 'utf8')),
    );
    const session = await ort.InferenceSession.create(join(repoRoot, 'models', metadata.files.int8.path));
    return new ReferenceModel(session, metadata);
  }

  /** The photo as the app reads it: calibrated probabilities and the not-a-leaf rule. */
  async reading(path: string): Promise<PhotoReading> {
    const { data, info } = await sharp(path).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const size = this.metadata.inputSize;
    const input = preprocess(data, info.width, info.height, this.metadata);
    const outputs = await this.session.run({
      [this.metadata.inputName]: new ort.Tensor('float32', input, [1, 3, size, size]),
    });
    const logits = outputs[this.metadata.outputName]?.data as Float32Array;
    const notLeafScore = Number(outputs[this.metadata.notLeaf.output]?.data[0]);
    return {
      probabilities: calibratedProbabilities(logits, this.metadata.temperature),
      isLeaf: isLeaf(notLeafScore, this.metadata.notLeaf),
    };
  }

  /** What the app answers for these photos of one plant under `crop`: the verdict, its top class, and the
   *  crop the leaves look like when it is not the picked one. */
  async judge(
    paths: readonly string[],
    crop: CropId | null,
  ): Promise<{ verdict: string; top1: string; likelyCrop: CropId | null }> {
    const readings = await Promise.all(paths.map((p) => this.reading(p)));
    const judgement = judge(readings, this.metadata.classes, crop, this.metadata.unsure);
    return {
      verdict: judgement?.verdict ?? 'none',
      top1: judgement?.top5[0]?.classId ?? '',
      likelyCrop: judgement?.likelyCrop ?? null,
    };
  }

  /** The first of `images` the app answers confidently and correctly under every crop given, or null. */
  async firstConfident(
    images: readonly TestImage[],
    crops: readonly (CropId | null)[],
  ): Promise<TestImage | null> {
    for (const image of images) {
      const answers = await Promise.all(crops.map((crop) => this.judge([image.path], crop)));
      if (answers.every((a) => a.verdict === 'confident' && a.top1 === image.classId)) return image;
    }
    return null;
  }

  /** The first of `paths` whose verdict (no crop picked) is `verdict`, or null. */
  async firstWithVerdict(paths: readonly string[], verdict: string): Promise<string | null> {
    for (const path of paths) if ((await this.judge([path], null)).verdict === verdict) return path;
    return null;
  }
}
