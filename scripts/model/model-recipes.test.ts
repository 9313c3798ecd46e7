import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR, missingVenv } from './model-paths.ts';

const PYTHON = join(MODELS_DIR, '.venv', 'bin', 'python');
const RECIPES = readdirSync(join(MODELS_DIR, 'recipes')).filter((f) => f.endsWith('.toml'));

/** Each recorded recipe parses, and each of its stages names a module of the package that exists and takes
 *  every option the stage gives it (a misspelt option would only fail hours into a run). */
describe('models/recipes', () => {
  const skip = missingVenv();

  it('has at least one recipe', () => {
    expect(RECIPES.length).toBeGreaterThan(0);
  });

  it.skipIf(skip !== null).each(RECIPES)(
    '%s: every stage runs an existing module (dry run)',
    (recipe) => {
      const printed = execFileSync(
        PYTHON,
        ['-m', 'mobileplantvit.recipe', join('recipes', recipe), '--dry-run'],
        {
          cwd: MODELS_DIR,
          encoding: 'utf8',
        },
      );
      const stages = printed.split('\n').filter((line) => line.startsWith('== '));
      expect(stages.length).toBeGreaterThan(0);
      const help = new Map<string, string>();
      for (const stage of stages) {
        const module = /-m (mobileplantvit\.\w+)/.exec(stage)?.[1] ?? '';
        expect(existsSync(join(MODELS_DIR, ...module.split('.')) + '.py'), stage).toBe(true);
        if (!help.has(module))
          help.set(
            module,
            execFileSync(PYTHON, ['-m', module, '--help'], { cwd: MODELS_DIR, encoding: 'utf8' }),
          );
        for (const [flag] of stage.matchAll(/--[a-z][a-z0-9-]*/g))
          expect(help.get(module), `${recipe}: ${module} has no ${flag}`).toContain(flag);
      }
    },
    120_000,
  );
});
