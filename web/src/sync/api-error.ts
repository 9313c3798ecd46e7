import type { ApiErrorCode } from '@phyto/shared';

/** `network`: no reply at all (offline, DNS, reset); `bad_reply`: a reply that does not match the contract. */
export type ClientErrorCode = ApiErrorCode | 'network' | 'bad_reply';

/** Every failure of an API call, with the server's `{ error: { code, message } }` when there was one. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ApiRequestError';
  }

  get unauthorized(): boolean {
    return this.status === 401;
  }
}
