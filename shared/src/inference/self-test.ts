import type { ModelMetadata } from '../model-metadata.ts';

/**
 * The fixed self-test image as RGBA: pixel (x, y) = (40 + ⌊x/2⌋, 90 + ⌊(x+y)/4⌋, 30 + ⌊y/4⌋), a smooth
 * greenish gradient (meant for inputSize; values stay below 256 up to 430 pixels).
 * Twin of models/mobileplantvit/self_test.py; metadata.selfTest.logits were recorded from it at export.
 */
export function selfTestPixels(size: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      rgba.set([40 + (x >> 1), 90 + ((x + y) >> 2), 30 + (y >> 2), 255], (y * size + x) * 4);
    }
  }
  return rgba;
}

/** Largest absolute difference between a backend's logits for the self-test image and the recorded ones. */
export function selfTestDifference(logits: ArrayLike<number>, selfTest: ModelMetadata['selfTest']): number {
  if (logits.length !== selfTest.logits.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < logits.length; i++) {
    const diff = Math.abs((logits[i] ?? NaN) - (selfTest.logits[i] ?? NaN));
    // NaN (a broken backend) must fail, and NaN never compares greater.
    worst = Number.isNaN(diff) ? Infinity : Math.max(worst, diff);
  }
  return worst;
}

/**
 * True when a runtime reproduces the export-time logits of the self-test image within its tolerance: how
 * scripts/model/model-files.test.ts proves that the shipped model file and onnxruntime give what release.py saw.
 *
 * @example
 *   const input = preprocess(selfTestPixels(meta.inputSize), meta.inputSize, meta.inputSize, meta);
 *   expect(passesSelfTest(await runLogits(input), meta.selfTest)).toBe(true);
 */
export function passesSelfTest(logits: ArrayLike<number>, selfTest: ModelMetadata['selfTest']): boolean {
  return selfTestDifference(logits, selfTest) <= selfTest.tolerance;
}
