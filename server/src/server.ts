import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Db } from 'mongodb';
import pkg from '../package.json' with { type: 'json' };
import { createApp, type AppDeps } from './app.ts';
import { ConsoleSmsSender } from './clients/sms-sender.ts';
import { connectDatabase } from './database.ts';
import { systemClock } from './lib/clock.ts';
import { createRepositories } from './repositories/repositories.ts';

/** How often expired OTP documents are deleted when the database has no TTL indexes (FerretDB). */
const PURGE_INTERVAL_MS = 10 * 60 * 1000;

/**
 * How long a client may take. A slow body must not hold a socket for minutes (Node's default is 300 s):
 * the whole request within 120 s (the app's photos are ≈ 75 KB, 15 s at 40 kbps on 2G; the 10 MB upload
 * limit at 2G speed would not fit, and no phone of ours sends that), headers within 15 s, and a socket
 * closed after 30 s without a byte.
 */
export const REQUEST_TIMEOUTS = { requestMs: 120_000, headersMs: 15_000, idleMs: 30_000 };
export type RequestTimeouts = typeof REQUEST_TIMEOUTS;

export interface ServerOptions extends Partial<Omit<AppDeps, 'db' | 'version'>> {
  mongoUri: string;
  /** Defaults to the URI's database name, else `phyto`. */
  dbName?: string;
  /** 0 or absent picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1; use 0.0.0.0 to accept other machines. */
  host?: string;
  /** Defaults to REQUEST_TIMEOUTS (tests shorten them). */
  timeouts?: RequestTimeouts;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  port: number;
  db: Db;
  close(): Promise<void>;
}

/**
 * Connects to MongoDB, creates the indexes and listens. Secrets not given are random per process, which
 * suits tests; `main.ts` passes the configured ones.
 *
 * @example
 * const mongo = await startEmbeddedMongo({ dataDir });
 * const server = await startServer({ mongoUri: mongo.uri, staticDir: 'web/dist', devOtpInReply: true });
 * await fetch(`${server.url}/api/health`);
 * await server.close();
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const database = await connectDatabase(options.mongoUri, options.dbName);
  const repositories = createRepositories(database.db);
  // Records stored before the change feed and the per-user index join them (a no-op once done).
  await repositories.predictions.migrate();
  const clock = options.clock ?? systemClock;
  const log = options.log ?? ((message: string, err: unknown) => console.error(message, err));

  let purgeTimer: NodeJS.Timeout | undefined;
  if (!database.ttlIndexes) {
    const purgeable = [repositories.otps, repositories.rateLimits];
    purgeTimer = setInterval(() => {
      for (const repository of purgeable)
        repository.deletePurgeable(clock.now()).catch((err: unknown) => log('[purge] failed', err));
    }, PURGE_INTERVAL_MS);
    purgeTimer.unref();
  }

  const app = createApp({
    db: database.db,
    repositories,
    clock,
    sms: options.sms ?? new ConsoleSmsSender(),
    jwtSecret: options.jwtSecret ?? randomSecret(),
    otpHmacKey: options.otpHmacKey ?? randomSecret(),
    staticDir: options.staticDir,
    corsOrigins: options.corsOrigins ?? [],
    devOtpInReply: options.devOtpInReply ?? false,
    trustedProxies: options.trustedProxies ?? [],
    phoneDefaultCountry: options.phoneDefaultCountry,
    ...(options.otpPolicy && { otpPolicy: options.otpPolicy }),
    ...(options.ipLimits && { ipLimits: options.ipLimits }),
    ...(options.deviceLimits && { deviceLimits: options.deviceLimits }),
    version: pkg.version,
    log,
  });

  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const timeouts = options.timeouts ?? REQUEST_TIMEOUTS;
    const serverOptions = {
      requestTimeout: timeouts.requestMs,
      headersTimeout: timeouts.headersMs,
      // Node checks the two limits above on this interval (default 30 s, coarser than they are).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    };
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host, serverOptions }, () =>
      resolve(s),
    );
    // A socket idle this long is destroyed (no 'timeout' listener: Node's default handling).
    s.setTimeout(timeouts.idleMs);
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    db: database.db,
    close() {
      closing ??= (async () => {
        clearInterval(purgeTimer);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive sockets would hold close() open; nothing is mid-write once the caller closes.
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await database.client.close();
      })();
      return closing;
    },
  };
}

function randomSecret(): string {
  return crypto.getRandomValues(new Uint8Array(32)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '');
}
