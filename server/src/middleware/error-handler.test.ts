import { Hono } from 'hono';
import {
  MongoBulkWriteError,
  MongoNetworkError,
  MongoServerError,
  MongoNetworkTimeoutError,
  MongoTopologyClosedError,
} from 'mongodb';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './error-handler.ts';

async function statusFor(err: Error): Promise<{ status: number; code: string; retryAfter: string | null }> {
  const app = new Hono();
  app.onError(errorHandler(() => undefined));
  app.get('/', () => {
    throw err;
  });
  const res = await app.request('/');
  const body = (await res.json()) as { error: { code: string } };
  return { status: res.status, code: body.error.code, retryAfter: res.headers.get('retry-after') };
}

describe('errorHandler', () => {
  it('answers 503 whenever the database went away mid-request, however the driver says it', async () => {
    const retryable = new MongoServerError({ message: 'connection reset during insertMany' });
    retryable.addErrorLabel('RetryableWriteError');
    // insertMany with the database gone: the driver wraps the network error in a MongoBulkWriteError.
    const result = { insertedCount: 0 } as ConstructorParameters<typeof MongoBulkWriteError>[1];
    const wrapped = [
      new MongoBulkWriteError(new MongoNetworkError('connection 3 to 127.0.0.1:27017 closed'), result),
      new MongoBulkWriteError(new MongoNetworkTimeoutError('connection timed out'), result),
    ];
    for (const err of [
      new MongoNetworkError('socket closed'),
      new MongoTopologyClosedError(),
      retryable,
      ...wrapped,
    ]) {
      expect(await statusFor(err)).toEqual({ status: 503, code: 'unavailable', retryAfter: '5' });
    }
  });

  it('keeps a write the server refused apart from a database that went away', async () => {
    const result = { insertedCount: 0 } as ConstructorParameters<typeof MongoBulkWriteError>[1];
    const refused = new MongoBulkWriteError({ message: 'document failed validation', code: 121 }, result);
    expect((await statusFor(refused)).status).toBe(500);
  });

  it('keeps 500 for a bug', async () => {
    expect(await statusFor(new TypeError('undefined is not a function'))).toEqual({
      status: 500,
      code: 'internal',
      retryAfter: null,
    });
  });
});
