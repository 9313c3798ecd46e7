import type { Context, MiddlewareHandler } from 'hono';
import type { Clock } from '../lib/clock.ts';
import { HttpError } from '../lib/http-error.ts';
import type { RateLimitRepository } from '../repositories/rate-limit.repository.ts';

export interface RateLimitOptions {
  /** Names the limit, so that two limits on one key count apart. */
  name: string;
  /** Requests allowed per key in one window. */
  max: number;
  windowSeconds: number;
  /** Whom to count; undefined: this request is not counted by this limit. */
  key: (c: Context) => string | undefined;
  clock: Clock;
  windows: RateLimitRepository;
}

/** Fixed-window limit counted in the database, so that it holds across every API instance. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  if (!(options.max > 0) || !(options.windowSeconds > 0))
    throw new Error('rateLimit: max and windowSeconds must be > 0');
  const windowMs = options.windowSeconds * 1000;

  return async function rateLimitMiddleware(c, next) {
    const key = options.key(c);
    if (key !== undefined) {
      const now = options.clock.now().getTime();
      const start = now - (now % windowMs);
      const end = start + windowMs;
      const allowed = await options.windows.claim(
        `${options.name}:${key}:${start}`,
        options.max,
        new Date(end),
      );
      if (!allowed) {
        const retryAfter = Math.max(1, Math.ceil((end - now) / 1000));
        throw new HttpError(429, 'too_many_requests', 'Too many requests from here; slow down', {
          headers: { 'Retry-After': String(retryAfter) },
        });
      }
    }
    await next();
  };
}
