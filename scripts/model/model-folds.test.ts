import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, missingData, MODELS_DIR } from './model-paths.ts';
import { skipOrFail } from '../harness/skip-or-fail.ts';
import { readTsv } from './tsv.ts';

const MANIFEST = join(DATA_DIR, 'field-176', 'manifest.tsv');

/**
 * models/folds/field-176-train.tsv: the cross-fitting folds the honest thresholds are fitted through. A fold
 * model is scored only on photos it never trained on, so every training photo is in exactly one fold, near
 * copies share one, no val photo is in any (val stays the untouched measure), and each class is spread evenly.
 */
describe('models/folds/field-176-train.tsv', () => {
  const skip = skipOrFail(missingData(MANIFEST));
  const folds = readTsv(join(MODELS_DIR, 'folds', 'field-176-train.tsv'));

  it('keeps the photos of one group in one fold', () => {
    const foldOfGroup = new Map<string, string>();
    for (const row of folds) {
      const seen = foldOfGroup.get(row.group ?? '');
      if (seen !== undefined) expect(row.fold, `group ${row.group}`).toBe(seen);
      foldOfGroup.set(row.group ?? '', row.fold ?? '');
    }
    expect(new Set(folds.map((r) => r.fold))).toEqual(new Set(['0', '1', '2', '3']));
  });

  it.skipIf(skip !== null)(
    'holds every field training photo once, no val photo, each class spread evenly',
    () => {
      const manifest = readTsv(MANIFEST);
      const train = manifest.filter((r) => r.split === 'train').map((r) => r.path);
      expect(folds.map((r) => r.path).sort()).toEqual([...train].sort());
      const classOf = new Map(manifest.map((r) => [r.path, r.class]));
      const perClass = new Map<string, number[]>();
      for (const row of folds) {
        const counts = perClass.get(classOf.get(row.path ?? '') ?? '') ?? [0, 0, 0, 0];
        counts[Number(row.fold)] = (counts[Number(row.fold)] ?? 0) + 1;
        perClass.set(classOf.get(row.path ?? '') ?? '', counts);
      }
      for (const [name, counts] of perClass)
        expect(Math.max(...counts) - Math.min(...counts), `${name}: ${counts.join('/')}`).toBeLessThanOrEqual(
          2,
        );
    },
  );
});
