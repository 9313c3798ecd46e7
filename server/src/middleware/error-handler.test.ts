import { Hono } from 'hono';
import { MongoNetworkError, MongoServerError, MongoTopologyClosedError } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './error-handler.ts';

async function statusFor(err: Error): Promise<{ status: number; code: string }> {
  const app = new Hono();
  app.onError(errorHandler(() => undefined));
  app.get('/', () => {
    throw err;
  });
  const res = await app.request('/');
  const body = (await res.json()) as { error: { code: string } };
  return { status: res.status, code: body.error.code };
}

describe('errorHandler', () => {
  it('answers 503 whenever the database went away mid-request, however the driver says it', async () => {
    const retryable = new MongoServerError({ message: 'connection reset during insertMany' });
    retryable.addErrorLabel('RetryableWriteError');
    for (const err of [new MongoNetworkError('socket closed'), new MongoTopologyClosedError(), retryable]) {
      expect(await statusFor(err)).toEqual({ status: 503, code: 'unavailable' });
    }
  });

  it('keeps 500 for a bug', async () => {
    expect(await statusFor(new TypeError('undefined is not a function'))).toEqual({
      status: 500,
      code: 'internal',
    });
  });
});
