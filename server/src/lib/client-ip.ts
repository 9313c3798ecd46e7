import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The caller's address for per-IP limits. Each of our `trustedHops` proxies appends the address it saw to
 * X-Forwarded-For, so the client is the entry that many hops from the right of [...X-Forwarded-For, socket];
 * entries further left are whatever the client claimed, and are never believed.
 */
export function clientIp(c: Context, trustedHops: number): string {
  const socket = getConnInfo(c).remote.address ?? 'unknown';
  if (trustedHops === 0) return socket;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const chain = [...forwarded, socket];
  // Fewer entries than proxies: the request did not come through all of them; the left-most is the best we have.
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? socket;
}
