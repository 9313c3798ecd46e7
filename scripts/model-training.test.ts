import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR, MODELS_DIR, missingData } from './model-paths.ts';

const PYTHON = join(MODELS_DIR, '.venv', 'bin', 'python');

/** The Python env is made by models/setup.sh: skipped with a message locally, a failure under CI=true. */
function missingVenv(): string | null {
  if (existsSync(PYTHON)) return null;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${PYTHON} is missing: run models/setup.sh`);
  console.warn(`SKIPPED — ${PYTHON} is missing: run models/setup.sh`);
  return 'no venv';
}

describe('CPU smoke run: train → export → quantize on a few images', () => {
  const skip = missingVenv() ?? missingData(join(DATA_DIR, 'plantvillage-128', 'train-0.tar'));
  const out = mkdtempSync(join(tmpdir(), 'phyto-smoke-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const python = (...args: string[]) =>
    execFileSync(PYTHON, ['-m', ...args], {
      cwd: MODELS_DIR,
      encoding: 'utf8',
      env: { ...process.env, PYTHONWARNINGS: 'ignore' },
    });

  it.skipIf(skip !== null)(
    'produces a checkpoint, an fp32 ONNX that matches PyTorch and an int8 ONNX that runs',
    async () => {
      const train = python(
        'mobileplantvit.train',
        ...['--epochs', '1', '--limit-per-class', '2', '--batch-size', '16', '--threads', '1', '--out', out],
      );
      expect(train).toMatch(/"val_acc"/);
      const fp32 = join(out, 'model.fp32.onnx');
      const exported = python('mobileplantvit.export', '--checkpoint', join(out, 'best.pt'), '--out', fp32);
      const diff = Number(/difference vs PyTorch: ([\d.e+-]+)/.exec(exported)?.[1]);
      expect(diff).toBeLessThan(1e-3);
      const int8 = join(out, 'model.int8.onnx');
      python('mobileplantvit.quantize', '--fp32', fp32, '--out', int8, '--per-class', '1');

      const session = await ort.InferenceSession.create(int8);
      const result = await session.run({
        image: new ort.Tensor('float32', new Float32Array(3 * 128 * 128), [1, 3, 128, 128]),
      });
      expect(result.logits?.dims).toEqual([1, 34]);
      expect(Array.from(result.logits?.data as Float32Array).every(Number.isFinite)).toBe(true);
      await session.release();
    },
    600_000,
  );
});
