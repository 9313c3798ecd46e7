import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { TrustedProxies } from './trusted-proxies.ts';

/** The caller's address for per-IP limits: X-Forwarded-For is read only when our own proxy sent it. */
export function clientIp(c: Context, proxies: TrustedProxies): string {
  return proxies.clientOf(getConnInfo(c).remote.address ?? 'unknown', c.req.header('x-forwarded-for'));
}
