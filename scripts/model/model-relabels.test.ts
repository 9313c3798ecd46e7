import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadMetadata, missingData, MODELS_DIR } from './model-paths.ts';
import { skipOrFail } from '../harness/skip-or-fail.ts';
import { readTsv as tsv } from './tsv.ts';

const MANIFEST = join(DATA_DIR, 'field-176', 'manifest.tsv');

/** models/relabels/field-176.tsv names real photos under their given label, a real other class, and why. */
describe('models/relabels/field-176.tsv', () => {
  const skip = skipOrFail(missingData(MANIFEST));
  const relabels = tsv(join(MODELS_DIR, 'relabels', 'field-176.tsv'));

  it('gives every relabel a known class other than its label, and a reason', () => {
    const classes = new Set(loadMetadata().classes);
    expect(relabels.length).toBeGreaterThan(0);
    for (const r of relabels) {
      expect(classes.has(r.relabelled ?? ''), `${r.path}: ${r.relabelled}`).toBe(true);
      expect(r.relabelled, r.path).not.toBe(r.labelled);
      expect((r.reason ?? '').length, r.path).toBeGreaterThan(20);
    }
  });

  it.skipIf(skip !== null)('names photos of field-176 under the label the data gives them', () => {
    const labelOf = new Map(tsv(MANIFEST).map((row) => [row.path, row.class]));
    for (const r of relabels) expect(labelOf.get(r.path ?? ''), r.path).toBe(r.labelled);
  });
});
