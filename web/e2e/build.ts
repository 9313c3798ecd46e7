import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, repoRoot } from './paths.ts';

const SOURCES = ['web/src', 'web/public', 'web/index.html', 'shared/src', 'models', 'vite.config.ts'];

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

/** Runs `vite build` when web/dist is missing or older than anything it is built from. */
export function buildAppIfNeeded(log: (line: string) => void): void {
  const index = join(distDir, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(repoRoot, s))));
  if (builtAt > sourcesAt) return log('web/dist is up to date');
  log('building the app (npx vite build)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
}
