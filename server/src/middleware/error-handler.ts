import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  MongoBulkWriteError,
  MongoError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoServerClosedError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
} from 'mongodb';
import { errorCodeForStatus, type ApiError, type ApiErrorCode } from '@phyto/shared/api-error';
import { HttpError } from '../lib/http-error.ts';

/** Seconds a client should wait before retrying when the database is unavailable (every 503 says it). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The one place errors become `{ error: { code, message } }`; unknown errors are logged, not shown. */
export function errorHandler(log: (message: string, err: unknown) => void = console.error): ErrorHandler {
  return function onError(err, c) {
    if (err instanceof HttpError) {
      for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
      return reply(c, err.status, err.code, err.message, err.details);
    }
    if (err instanceof HTTPException) {
      // Hono's own: malformed JSON (400), body limit (413) and the like.
      return reply(c, err.status, errorCodeForStatus(err.status), err.message || 'Request refused');
    }
    if (c.req.raw.signal.aborted) {
      // The client left and its database work was stopped with it: nobody reads this reply.
      return reply(c, 400, 'bad_request', 'The request was abandoned');
    }
    if (isDatabaseUnavailable(err)) {
      log('[api] database unavailable', err);
      c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return reply(c, 503, 'unavailable', 'The database is unavailable; try again shortly');
    }
    log(`[api] unexpected error on ${c.req.method} ${c.req.path}`, err);
    return reply(c, 500, 'internal', 'Internal server error');
  };
}

/** The database went away (killed, restarting, unreachable) rather than refusing this request: 503, retry. */
function isDatabaseUnavailable(err: unknown): boolean {
  return (
    wrapsDriverError(err) ||
    err instanceof MongoServerSelectionError ||
    err instanceof MongoNetworkError ||
    err instanceof MongoNotConnectedError ||
    err instanceof MongoTopologyClosedError ||
    err instanceof MongoServerClosedError ||
    (err instanceof MongoError &&
      (err.hasErrorLabel('RetryableWriteError') || err.hasErrorLabel('ResetPool')))
  );
}

/**
 * insertMany/bulkWrite wrap whatever stopped a batch in a MongoBulkWriteError. One the server answered has a
 * code or write errors; one with neither wraps a driver error (the driver: "a driver related error not a bulk
 * op error"): a closed socket, no server to select. The original is not kept, only its fields.
 */
function wrapsDriverError(err: unknown): boolean {
  return (
    err instanceof MongoBulkWriteError && err.code === undefined && [err.writeErrors].flat().length === 0
  );
}

export const notFoundHandler: NotFoundHandler = (c) => reply(c, 404, 'not_found', 'No such endpoint');

function reply(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  details?: unknown,
) {
  const body: ApiError = { error: { code, message, ...(details !== undefined && { details }) } };
  return c.json(body, status);
}
