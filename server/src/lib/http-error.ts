import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode } from '@phyto/shared/api-error';

/** An error meant for the client: the one `onError` turns it into `{ error: { code, message } }`. */
export class HttpError extends HTTPException {
  readonly code: ApiErrorCode;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: ApiErrorCode,
    message: string,
    options: { details?: unknown; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(status, { message, cause: options.cause });
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

/**
 * A 413 that also closes the connection: the rest of the body is never read, so the socket cannot be
 * reused, and saying so stops keep-alive clients from sending their next request into it.
 */
export function payloadTooLarge(message: string): HttpError {
  return new HttpError(413, 'payload_too_large', message, { headers: { Connection: 'close' } });
}
