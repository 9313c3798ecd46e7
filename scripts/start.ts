// `npm start`: builds the web app when its sources changed, starts the embedded database (unless
// MONGODB_URI points at one) and serves API + PWA on one port. Ctrl-C stops everything.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../server/src/config.ts';
import { startServer } from '../server/src/server.ts';
import { persistentDevSecrets } from '../server/src/lib/dev-secrets.ts';
import { startEmbeddedMongo, type EmbeddedMongo } from './harness/embedded-mongo.ts';

/** Pause before restarting a database that exited, so a crash loop does not spin the CPU. */
const RESTART_DELAY_MS = 1_000;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webDist = join(root, 'web', 'dist');
/** Inputs of the web build; a change in any of them makes web/dist stale. */
const webInputs = [
  'web/index.html',
  'web/src',
  'web/public',
  'web/build',
  'shared/src',
  'vite.config.ts',
].map((p) => join(root, p));

/** Returns the directory to serve, or undefined (API only) with the reason printed. */
function buildWebIfStale(): string | undefined {
  if (!existsSync(join(root, 'web', 'index.html'))) {
    console.warn('[start] web/index.html not found: the web app is not there yet, serving the API only');
    return undefined;
  }
  const builtAt = existsSync(join(webDist, 'index.html')) ? statSync(join(webDist, 'index.html')).mtimeMs : 0;
  if (builtAt > 0 && newestMtime(webInputs) <= builtAt) return webDist;

  console.log('[start] building the web app (npx vite build)…');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status === 0 && existsSync(join(webDist, 'index.html'))) return webDist;
  if (builtAt > 0) {
    console.warn('[start] the web build FAILED: serving the previous build from web/dist');
    return webDist;
  }
  console.warn('[start] the web build FAILED and there is no previous build: serving the API only');
  return undefined;
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const children = readdirSync(path).filter((name) => name !== 'node_modules' && name !== 'dist');
      newest = Math.max(newest, newestMtime(children.map((name) => join(path, name))));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

async function main(): Promise<void> {
  const staticDir = buildWebIfStale();

  let mongo: EmbeddedMongo | undefined;
  let mongoUri = process.env.MONGODB_URI;
  let stopping = false;
  if (mongoUri) {
    console.log('[start] using MONGODB_URI');
  } else {
    const dataDir = join(root, '.data', 'mongo');
    mongo = await startEmbeddedMongo({ dataDir });
    mongoUri = mongo.uri;
    console.log(`[start] embedded FerretDB at ${mongo.uri} (data in .data/mongo)`);
    // A database that dies (killed, crashed) comes back on the same port: the API reconnects by itself
    // and answers 503 only meanwhile, instead of for ever.
    const port = Number(new URL(mongo.uri).port);
    const supervise = (current: EmbeddedMongo): void => {
      void current.exited.then(async () => {
        if (stopping) return;
        console.error('[start] the embedded database exited; restarting it');
        await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
        try {
          mongo = await startEmbeddedMongo({ dataDir, port });
          supervise(mongo);
        } catch (err) {
          console.error('[start] could not restart the embedded database', err);
        }
      });
    };
    supervise(mongo);
  }

  try {
    const config = loadConfig(
      { ...process.env, MONGODB_URI: mongoUri, ...(staticDir && { STATIC_DIR: staticDir }) },
      console.warn,
      () => persistentDevSecrets(join(root, '.data', 'dev-secrets.json')),
    );
    const server = await startServer(config);
    console.log(`\n  Phyto is running at ${server.url.replace('127.0.0.1', 'localhost')}\n`);

    const stop = () => {
      if (stopping) return;
      stopping = true;
      console.log('\n[start] stopping…');
      server
        .close()
        .then(() => mongo?.stop())
        .then(
          () => process.exit(0),
          (err: unknown) => {
            console.error(err);
            process.exit(1);
          },
        );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    stopping = true;
    await mongo?.stop();
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
