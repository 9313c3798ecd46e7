import { Hono } from 'hono';
import type { Db } from 'mongodb';
import type { HealthReply } from '@phyto/shared/health';
import { DATABASE_RETRY_AFTER_SECONDS } from '../middleware/error-handler.ts';

const PING_TIMEOUT_MS = 2_000;

export function healthRoute(deps: { db: Db; version: string }) {
  return new Hono().get('/', async (c) => {
    const up = await ping(deps.db);
    const body: HealthReply = {
      status: up ? 'ok' : 'degraded',
      database: up ? 'up' : 'down',
      version: deps.version,
    };
    c.header('Cache-Control', 'no-store');
    if (!up) c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    return c.json(body, up ? 200 : 503);
  });
}

async function ping(db: Db): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.command({ ping: 1 }).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
