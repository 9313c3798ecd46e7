import type { Context, MiddlewareHandler } from 'hono';
import type { Clock } from '../lib/clock.ts';
import { HttpError } from '../lib/http-error.ts';

export interface RateLimitOptions {
  /** Requests allowed per key in one window. */
  max: number;
  windowSeconds: number;
  key: (c: Context) => string;
  clock: Clock;
}

/**
 * Fixed-window limit held in this process's memory: enough for one API process; several processes
 * would each allow `max` (the per-number OTP limits live in the database and hold regardless).
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  if (!(options.max > 0) || !(options.windowSeconds > 0))
    throw new Error('rateLimit: max and windowSeconds must be > 0');
  const windowMs = options.windowSeconds * 1000;
  const windows = new Map<string, { start: number; count: number }>();

  return async function rateLimitMiddleware(c, next) {
    const now = options.clock.now().getTime();
    if (windows.size > 10_000) {
      for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
    }
    const key = options.key(c);
    let current = windows.get(key);
    if (!current || now - current.start >= windowMs) {
      current = { start: now, count: 0 };
      windows.set(key, current);
    }
    current.count += 1;
    if (current.count > options.max) {
      const retryAfter = Math.max(1, Math.ceil((current.start + windowMs - now) / 1000));
      throw new HttpError(429, 'too_many_requests', 'Too many requests from this address; slow down', {
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
    await next();
  };
}
