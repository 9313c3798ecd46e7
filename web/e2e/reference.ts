import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import { preprocess } from '@phyto/shared/inference/preprocess';
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

  async top1(path: string): Promise<string> {
    const { data, info } = await sharp(path).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const size = this.metadata.inputSize;
    const input = preprocess(data, info.width, info.height, this.metadata);
    const outputs = await this.session.run({
      [this.metadata.inputName]: new ort.Tensor('float32', input, [1, 3, size, size]),
    });
    const logits = Array.from(outputs[this.metadata.outputName]?.data as Float32Array);
    return this.metadata.classes[logits.indexOf(Math.max(...logits))] ?? '';
  }

  /** The first of `images` the model classifies correctly, or null. */
  async firstCorrect(images: readonly TestImage[]): Promise<TestImage | null> {
    for (const image of images) if ((await this.top1(image.path)) === image.classId) return image;
    return null;
  }
}
