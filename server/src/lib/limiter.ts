import { HttpError } from './http-error.ts';

/** Thrown at once, without running the task, when the limiter's queue is full. */
export class LimiterFullError extends Error {
  constructor() {
    super('Too much work queued; try again shortly');
    this.name = 'LimiterFullError';
  }
}

/**
 * At most `max` calls of `run` at once; up to `maxWaiting` more wait their turn in order, and beyond that a
 * call fails at once with LimiterFullError (the caller answers 503 + Retry-After instead of queuing without
 * bound). Decoding an image takes memory in proportion to its pixels, so a burst of uploads is decoded a
 * few at a time instead of all at once.
 */
export function createLimiter(
  max: number,
  maxWaiting = Number.POSITIVE_INFINITY,
): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) {
      if (waiting.length >= maxWaiting) throw new LimiterFullError();
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/**
 * A limiter whose full queue answers 503 + Retry-After (the app retries with backoff) instead of
 * LimiterFullError: for work a burst of requests must not all do at once.
 */
export function createBusyLimiter(
  max: number,
  maxWaiting: number,
  message: string,
): <T>(task: () => Promise<T>) => Promise<T> {
  const limited = createLimiter(max, maxWaiting);
  return async <T>(task: () => Promise<T>): Promise<T> => {
    try {
      return await limited(task);
    } catch (err) {
      if (err instanceof LimiterFullError)
        throw new HttpError(503, 'unavailable', message, { headers: { 'Retry-After': '5' } });
      throw err;
    }
  };
}
