import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { e2eDistDir, repoRoot } from './paths.ts';

const SOURCES = [
  'web/src',
  'web/public',
  'web/index.html',
  'web/build',
  'shared/src',
  'models',
  'vite.config.ts',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    // models/ also holds the Python venv and checkpoints: only what the app bundles counts.
    if (entry === '.venv' || entry === 'checkpoints' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * Builds the app for the browser tests into a directory of their own (.cache/e2e-dist), so that a
 * developer's `vite build` or `npm start` rebuilding web/dist cannot pull files away mid-test. Skipped
 * when that build is newer than everything it is built from. Returns the directory.
 */
export function buildAppIfNeeded(log: (line: string) => void): string {
  const index = join(e2eDistDir, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(repoRoot, s))));
  if (builtAt > sourcesAt) {
    log(`${e2eDistDir} is up to date`);
    return e2eDistDir;
  }
  log(`building the app into ${e2eDistDir} (npx vite build)…`);
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', e2eDistDir], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  return e2eDistDir;
}
