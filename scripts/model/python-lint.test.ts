import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR, missingVenv } from './model-paths.ts';

const RUFF = join(MODELS_DIR, '.venv', 'bin', 'ruff');
const MYPY = join(MODELS_DIR, '.venv', 'bin', 'mypy');

/** The Python in models/ is linted, formatted and type-checked like the TypeScript (models/pyproject.toml). */
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

  it.skipIf(skip !== null)(
    'passes mypy',
    () => {
      const run = () => execFileSync(MYPY, ['mobileplantvit'], { cwd: MODELS_DIR, encoding: 'utf8' });
      expect(run()).toMatch(/Success: no issues found/);
    },
    300_000,
  );
});
