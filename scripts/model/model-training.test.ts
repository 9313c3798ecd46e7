import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelMetadataSchema } from '@phyto/shared/model-metadata';
import { DATA_DIR, MODELS_DIR, PYTHON, missingData, missingVenv } from './model-paths.ts';

describe('CPU smoke run: teacher → student → fold models → release (export, quantize, rules fitted out of fold) on a few images', () => {
  const skip =
    missingVenv() ??
    missingData(join(DATA_DIR, 'plantvillage-128', 'train-0.tar')) ??
    missingData(join(DATA_DIR, 'field-176', 'train.tar'));
  const out = mkdtempSync(join(tmpdir(), 'phyto-smoke-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const python = (...args: string[]) =>
    execFileSync(PYTHON, ['-m', ...args], {
      cwd: MODELS_DIR,
      encoding: 'utf8',
      env: { ...process.env, PYTHONWARNINGS: 'ignore' },
    });
  const small = ['--limit-per-class', '2', '--threads', '1'];

  it.skipIf(skip !== null)(
    'produces a teacher, a distilled student and a release whose int8 file runs with both outputs',
    async () => {
      const teacher = python(
        'mobileplantvit.teacher',
        '--steps',
        '2',
        '--eval-every',
        '2',
        ...small,
        // A fold's teacher: the cross-fitting recipe trains one without each fold.
        ...['--holdout-fold', '0'],
        '--out',
        join(out, 'teacher'),
      );
      expect(teacher).toMatch(/field val: apple/);
      expect(teacher).toMatch(/fold 0 held out: 726 field train photos/);
      const student = python(
        'mobileplantvit.distill',
        ...['--teacher', join(out, 'teacher', 'teacher.fp16.pt'), '--steps', '2', '--eval-every', '2'],
        // Not the default 128 px: the size must travel from the checkpoint into the files and metadata.
        ...['--size', '144', '--blend', '0.5', '--feature-loss', '0.5'],
        // The shipped architecture, started on the smoke teacher's blocks.
        ...['--architecture', 'mobileplantvit-lite0'],
        ...small,
        ...['--out', join(out, 'student')],
      );
      expect(student).toMatch(/field val: apple/);
      // The shorter front starts from the longer one's weights, without the blocks it lacks.
      const shortFront = python(
        'mobileplantvit.distill',
        ...['--teacher', join(out, 'teacher', 'teacher.fp16.pt'), '--steps', '1', '--eval-every', '1'],
        ...['--architecture', 'mobileplantvit-lite0-9blocks', '--init', join(out, 'student', 'student.pt')],
        ...small,
        ...['--out', join(out, 'short-front')],
      );
      expect(shortFront).toMatch(/init: left out blocks \[9, 10\]/);
      // Cross-fitting: a fold model never sees its fold, and predicts it at the end.
      for (const fold of ['0', '1', '2', '3']) {
        const foldRun = python(
          'mobileplantvit.distill',
          ...['--teacher', join(out, 'teacher', 'teacher.fp16.pt'), '--steps', '1', '--eval-every', '1'],
          ...['--architecture', 'mobileplantvit-lite0-9blocks'],
          ...['--holdout-fold', fold, '--oof-out', join(out, 'crossfit', `fold-${fold}.npz`)],
          ...small,
          ...['--out', join(out, `fold-${fold}`)],
        );
        expect(foldRun).toMatch(new RegExp(`fold ${fold} held out: 7\\d\\d field train photos`));
        expect(foldRun).toMatch(/saved 7\d\d out-of-fold predictions/);
      }
      const release = python(
        'mobileplantvit.release',
        ...['--checkpoint', join(out, 'student', 'student.pt'), '--mirror', '--out', out],
        ...['--out-of-fold', join(out, 'crossfit')],
        ...small,
      );
      const diff = Number(/largest difference ([\d.e+-]+)/.exec(release)?.[1]);
      expect(diff).toBeLessThan(1e-3);

      const metadata = ModelMetadataSchema.parse(
        JSON.parse(readFileSync(join(out, 'metadata.json'), 'utf8')),
      );
      expect(metadata.inputSize).toBe(144);
      const report = JSON.parse(readFileSync(join(out, 'reports', 'release.json'), 'utf8')) as {
        rules: { fittedOn: string; crossFit: { folds: number[]; temperature: number } };
      };
      expect(report.rules.fittedOn).toBe('out-of-fold predictions of field train');
      expect(report.rules.crossFit.folds).toEqual([0, 1, 2, 3]);
      expect(metadata.temperature).toBe(report.rules.crossFit.temperature);
      expect(metadata.version).toMatch(/^mobileplantvit-lite0-144-field-/);
      // The next run can start from a release alone: its weights and architecture come back from the fp32 file.
      const recovered = python(
        'mobileplantvit.onnx_weights',
        ...['--onnx', join(out, metadata.files.fp32.path), '--out', join(out, 'recovered.pt')],
      );
      expect(recovered).toMatch(/\(mobileplantvit-lite0, 144 px\)/);
      const session = await ort.InferenceSession.create(join(out, metadata.files.int8.path));
      const size = metadata.inputSize;
      const result = await session.run({
        image: new ort.Tensor('float32', new Float32Array(3 * size * size), [1, 3, size, size]),
      });
      expect(result[metadata.outputName]?.dims).toEqual([1, 34]);
      expect(result[metadata.notLeaf.output]?.dims).toEqual([1, 1]);
      expect(Array.from(result[metadata.outputName]?.data as Float32Array).every(Number.isFinite)).toBe(true);
      await session.release();
    },
    900_000,
  );
});
