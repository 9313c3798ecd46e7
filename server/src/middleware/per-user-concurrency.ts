import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../lib/http-error.ts';
import type { AuthEnv } from './require-auth.ts';

/**
 * At most `max` of these requests per signed-in user at once in this instance; more get 429 at once. A list
 * read (history, change feed, export) costs one `_id` read per record of the user: one person opening it on
 * several tabs or retrying in a loop must not take the database from everyone else. A streamed export holds
 * its slot only until its first bytes go out.
 */
export function perUserConcurrency(max: number): MiddlewareHandler<AuthEnv> {
  const inFlight = new Map<string, number>();
  return async function perUserConcurrencyMiddleware(c, next) {
    const userId = c.var.user._id;
    const running = inFlight.get(userId) ?? 0;
    if (running >= max) {
      throw new HttpError(429, 'too_many_requests', 'Too many list requests at once; wait for the first', {
        headers: { 'Retry-After': '2' },
      });
    }
    inFlight.set(userId, running + 1);
    try {
      await next();
    } finally {
      const left = (inFlight.get(userId) ?? 1) - 1;
      if (left === 0) inFlight.delete(userId);
      else inFlight.set(userId, left);
    }
  };
}
