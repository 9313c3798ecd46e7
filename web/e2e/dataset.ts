import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths.ts';

/** ../shared/datasets, or PHYTO_DATA_DIR. Images are read in place and never copied into the repository. */
export const dataDir = resolve(process.env.PHYTO_DATA_DIR ?? join(repoRoot, '..', 'shared', 'datasets'));
const testTar = join(dataDir, 'plantvillage-128', 'test.tar');
const manifest = join(dataDir, 'plantvillage-128', 'manifest.tsv');

/** Why data-dependent checks cannot run here, or null when the test split is present. */
export function datasetMissing(): string | null {
  return existsSync(testTar) && existsSync(manifest)
    ? null
    : `PlantVillage test split not found at ${testTar}`;
}

export interface TestImage {
  classId: string;
  /** Extracted into a fresh temporary directory. */
  path: string;
}

/**
 * Extracts test-split images (in manifest order, so runs are repeatable) into a temporary directory,
 * which the caller removes.
 * `perClass` images of each class in `classes`, or of every class when it is empty.
 */
export async function extractTestImages(
  perClass: number,
  classes: readonly string[] = [],
): Promise<{ dir: string; images: TestImage[] }> {
  const rows = readFileSync(manifest, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols[2] === 'test' && (classes.length === 0 || classes.includes(cols[1] ?? '')));
  const taken = new Map<string, number>();
  const chosen: { member: string; classId: string }[] = [];
  for (const [member, classId] of rows) {
    if (!member || !classId) continue;
    const count = taken.get(classId) ?? 0;
    if (count >= perClass) continue;
    taken.set(classId, count + 1);
    chosen.push({ member, classId });
  }
  const dir = await mkdtemp(join(tmpdir(), 'phyto-leaves-'));
  await promisify(execFile)('tar', ['-xf', testTar, '-C', dir, ...chosen.map((c) => c.member)]);
  return { dir, images: chosen.map(({ member, classId }) => ({ classId, path: join(dir, member) })) };
}
