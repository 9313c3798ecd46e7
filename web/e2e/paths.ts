import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the browser tests and the web benchmark build the app (see build.ts). */
export const e2eDistDir = join(repoRoot, '.cache', 'e2e-dist');
