import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../lib/http-error.ts';
import type { AuthEnv } from './require-auth.ts';

/**
 * At most `max` of these requests per signed-in user at once in this instance; more get 429 at once. A
 * history read costs database work in proportion to the collection on FerretDB: one person opening history
 * on several tabs or retrying in a loop must not take the database from everyone else.
 */
export function perUserConcurrency(max: number): MiddlewareHandler<AuthEnv> {
  const inFlight = new Map<string, number>();
  return async function perUserConcurrencyMiddleware(c, next) {
    const userId = c.var.user._id;
    const running = inFlight.get(userId) ?? 0;
    if (running >= max) {
      throw new HttpError(429, 'too_many_requests', 'Too many history requests at once; wait for the first', {
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
