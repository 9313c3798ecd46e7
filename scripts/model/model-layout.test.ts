import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR } from './model-paths.ts';

const PACKAGE = join(MODELS_DIR, 'mobileplantvit');

/**
 * models/mobileplantvit is a library with entry points on top: a module with a main() is a command (train,
 * distill, release, …) and no module imports one, so running a command never drags in another's arguments or
 * start-up, and the library reads top-down.
 */
describe('models/mobileplantvit layout', () => {
  const sources = new Map(
    readdirSync(PACKAGE)
      .filter((f) => f.endsWith('.py'))
      .map((f) => [f.slice(0, -3), readFileSync(join(PACKAGE, f), 'utf8')]),
  );
  const entryPoints = [...sources].filter(([, text]) => /^def main\(/m.test(text)).map(([name]) => name);

  it('has entry points', () => {
    expect(entryPoints).toEqual(expect.arrayContaining(['distill', 'release', 'teacher', 'recipe']));
  });

  it('no module imports an entry point', () => {
    const offenders = [...sources].flatMap(([name, text]) =>
      entryPoints
        .filter((entry) => entry !== name && new RegExp(`^from \\.${entry} import`, 'm').test(text))
        .map((entry) => `${name} imports ${entry}`),
    );
    expect(offenders).toEqual([]);
  });
});
