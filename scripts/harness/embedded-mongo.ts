// Starts the project's embedded MongoDB-protocol server (FerretDB v1 + SQLite, tools/ferretdb-launcher).
// No MongoDB server can be installed on the development machines, so tests, `npm start` and the web
// end-to-end tests all use this; production points MONGODB_URI at real MongoDB instead.
import { spawn, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcherDir = join(repoRoot, 'tools', 'ferretdb-launcher');
const READY_TIMEOUT_MS = 30_000;

export interface EmbeddedMongoOptions {
  /** Directory for the SQLite files; created if missing. Data survives restarts. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
}

export interface EmbeddedMongo {
  /** e.g. `mongodb://127.0.0.1:41234/` — no database name and no credentials. */
  uri: string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). Safe to call twice. */
  stop(): Promise<void>;
  /** Settles when the process has exited, whether stopped or killed from outside. */
  exited: Promise<void>;
  /** The launcher's process id (fault-injection benchmarks kill it). */
  pid: number;
}

/**
 * Starts FerretDB on 127.0.0.1 and resolves once it accepts connections. The launcher binary is built
 * with Go on first use (≈ 3 min cold) and cached under `.cache/` keyed by its source and go.sum.
 *
 * @example
 * const mongo = await startEmbeddedMongo({ dataDir: await mkdtemp(join(tmpdir(), 'phyto-db-')) });
 * const client = new MongoClient(mongo.uri);
 * // ...
 * await client.close();
 * await mongo.stop();
 */
export async function startEmbeddedMongo(options: EmbeddedMongoOptions): Promise<EmbeddedMongo> {
  const binary = await ensureLauncherBuilt();
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(
    binary,
    ['--port', String(options.port ?? 0), '--data-dir', resolve(options.dataDir), '--exit-on-stdin-eof'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const stderr: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));

  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const uri = await new Promise<string>((resolveUri, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ferretdb-launcher was not ready after ${READY_TIMEOUT_MS} ms: ${stderr.join('')}`));
    }, READY_TIMEOUT_MS);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^ready (mongodb:\/\/\S+)$/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUri(match[1]);
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ferretdb-launcher exited with ${code}: ${stderr.join('')}`));
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri,
    exited,
    pid: child.pid ?? 0,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(force);
      })();
      return stopping;
    },
  };
}

/** Path of the cached launcher binary for the current sources; builds it when missing. */
export async function ensureLauncherBuilt(): Promise<string> {
  const hash = createHash('sha256');
  const sources = readdirSync(launcherDir)
    .filter((file) => file.endsWith('.go'))
    .sort();
  for (const file of ['go.mod', 'go.sum', ...sources])
    hash.update(file).update(readFileSync(join(launcherDir, file)));
  const binary = join(repoRoot, '.cache', `ferretdb-launcher-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(binary)) return binary;

  mkdirSync(dirname(binary), { recursive: true });
  // Build to a unique temporary name and rename, so parallel first runs never see a half-written file.
  const partial = `${binary}.${process.pid}.partial`;
  process.stderr.write('Building tools/ferretdb-launcher (first run only; takes a few minutes)…\n');
  await promisify(execFile)(
    'go',
    ['build', '-tags', 'ferretdb_no_postgresql', '-ldflags=-s -w', '-o', partial, '.'],
    { cwd: launcherDir, maxBuffer: 16 * 1024 * 1024 },
  );
  renameSync(partial, binary);
  return binary;
}
