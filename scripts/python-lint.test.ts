import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR, missingVenv } from './model-paths.ts';

const RUFF = join(MODELS_DIR, '.venv', 'bin', 'ruff');

/** The Python in models/ is linted and formatted like the TypeScript (settings in models/pyproject.toml). */
describe('Python in models/', () => {
  const skip = missingVenv();
  const ruff = (...args: string[]) => execFileSync(RUFF, args, { cwd: MODELS_DIR, encoding: 'utf8' });

  it.skipIf(skip !== null)(
    'passes ruff check (errors, imports, bugbear, annotations on every signature)',
    () => {
      expect(ruff('check', 'mobileplantvit')).toMatch(/All checks passed/);
    },
  );

  it.skipIf(skip !== null)('is formatted by ruff format', () => {
    expect(() => ruff('format', '--check', 'mobileplantvit')).not.toThrow();
  });
});
