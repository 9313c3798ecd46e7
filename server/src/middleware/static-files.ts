import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/** Files that name the current version must always be revalidated, or clients never see an update. */
const NEVER_CACHE = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);

/**
 * Serves the built PWA with single-page-app fallback: a GET for a route (a path without a file
 * extension) gets index.html; a missing file with an extension stays a 404, so the service worker
 * never caches HTML in place of a script. Hashed files under /assets/ are immutable.
 */
export function staticFiles(options: { root: string }): MiddlewareHandler {
  const root = resolve(options.root);
  if (!existsSync(resolve(root, 'index.html'))) throw new Error(`staticFiles: no index.html in ${root}`);
  const setCacheHeaders = (path: string, c: Context) => {
    c.header('Cache-Control', cacheControl(path));
  };
  // The build writes .br/.gz twins (web/build/precompress.ts); they go out when the client accepts them.
  const files = serveStatic({ root, precompressed: true, onFound: setCacheHeaders });
  const spaIndex = serveStatic({ root, path: 'index.html', precompressed: true, onFound: setCacheHeaders });

  return async function staticFilesMiddleware(c, next) {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    const isRoute = !(c.req.path.split('/').pop() ?? '').includes('.');
    let missing = false;
    const found = await files(c, () => {
      missing = true;
      return Promise.resolve();
    });
    if (!missing) return found;
    return isRoute ? spaIndex(c, next) : next();
  };
}

function cacheControl(path: string): string {
  if (NEVER_CACHE.has(basename(path))) return 'no-cache';
  if (/[\\/]assets[\\/]/.test(path)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=0, must-revalidate';
}
