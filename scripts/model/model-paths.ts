import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModelMetadataSchema, type ModelMetadata } from '@phyto/shared/model-metadata';
import { skipOrFail } from '../harness/skip-or-fail.ts';

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MODELS_DIR = join(REPO_DIR, 'models');

/** The shared datasets folder, read in place: PHYTO_DATA_DIR, else ../shared/datasets beside the repo. */
export const DATA_DIR = resolve(process.env.PHYTO_DATA_DIR ?? join(REPO_DIR, '..', 'shared', 'datasets'));
export const TEST_TAR = join(DATA_DIR, 'plantvillage-128', 'test.tar');
export const NOT_LEAF_TAR = join(DATA_DIR, 'not-leaf-128', 'not-leaf.tar');
export const FIELD_VAL_TAR = join(DATA_DIR, 'field-176', 'val.tar');

/** models/metadata.json, validated: a shipped model is never used on unchecked metadata. */
export function loadMetadata(dir = MODELS_DIR): ModelMetadata {
  return ModelMetadataSchema.parse(JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')));
}

export function modelPath(metadata: ModelMetadata, precision: 'int8' | 'fp32', dir = MODELS_DIR): string {
  return join(dir, metadata.files[precision].path);
}

/**
 * For tests that read the datasets: the reason to skip when a file is missing (printed), or null when all
 * are present. Under CI=true a missing dataset is a failure, never a silent skip.
 */
export function missingData(...paths: string[]): string | null {
  const missing = paths.filter((p) => !existsSync(p));
  return skipOrFail(
    missing.length === 0 ? null : `dataset missing: ${missing.join(', ')} (set PHYTO_DATA_DIR)`,
  );
}

/** The Python env models/setup.sh makes (torch, onnxruntime, ruff). */
export const PYTHON = join(MODELS_DIR, '.venv', 'bin', 'python');

/** Why the Python env cannot be used here (printed), or null: skipped locally, a failure under CI=true. */
export function missingVenv(): string | null {
  return skipOrFail(existsSync(PYTHON) ? null : `${PYTHON} is missing: run models/setup.sh`);
}
