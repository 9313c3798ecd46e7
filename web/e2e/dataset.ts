import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DATA_DIR } from '../../scripts/model/model-paths.ts';

const testTar = join(DATA_DIR, 'plantvillage-128', 'test.tar');
const fieldValTar = join(DATA_DIR, 'field-176', 'val.tar');
const notLeafTar = join(DATA_DIR, 'not-leaf-128', 'not-leaf.tar');
const manifest = join(DATA_DIR, 'plantvillage-128', 'manifest.tsv');

/** Why data-dependent checks cannot run here, or null when every dataset they read is present. */
export function datasetMissing(): string | null {
  const missing = [testTar, manifest, fieldValTar, notLeafTar].filter((p) => !existsSync(p));
  return missing.length === 0 ? null : `datasets not found: ${missing.join(', ')}`;
}

/** Extracts `members` of a tar into a fresh temporary directory (the caller removes it); returns their paths. */
async function extract(tar: string, members: readonly string[]): Promise<{ dir: string; paths: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'phyto-images-'));
  await promisify(execFile)('tar', ['-xf', tar, '-C', dir, ...members]);
  return { dir, paths: members.map((m) => join(dir, m)) };
}

/** The first `count` photos (tar order) of the not-leaf set and of the field val set. */
export async function extractOtherPhotos(
  count: number,
): Promise<{ dirs: string[]; notLeaf: string[]; field: string[] }> {
  const list = async (tar: string) =>
    (await promisify(execFile)('tar', ['-tf', tar], { maxBuffer: 1 << 24 })).stdout
      .split('\n')
      .filter((m) => /\.(jpe?g|png)$/i.test(m))
      .slice(0, count);
  const notLeaf = await extract(notLeafTar, await list(notLeafTar));
  const field = await extract(fieldValTar, await list(fieldValTar));
  return { dirs: [notLeaf.dir, field.dir], notLeaf: notLeaf.paths, field: field.paths };
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
  const { dir, paths } = await extract(
    testTar,
    chosen.map((c) => c.member),
  );
  return { dir, images: chosen.map(({ classId }, i) => ({ classId, path: paths[i] ?? '' })) };
}
