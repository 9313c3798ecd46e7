import {
  ApiErrorSchema,
  errorCodeForStatus,
  AuthReplySchema,
  ChangesPageSchema,
  HistoryPageSchema,
  MeReplySchema,
  AccountDeletedReplySchema,
  OtpRequestReplySchema,
  PredictionDeletedReplySchema,
  PredictionRecordSchema,
  SyncPushReplySchema,
  type AccountDeleteBody,
  type AuthReply,
  type FieldDetails,
  type ChangesPage,
  type HistoryPage,
  type OtpRequestBody,
  type OtpRequestReply,
  type PhotoSize,
  type PredictionInput,
  type PredictionNoteBody,
  type PredictionRecord,
  type ProfileUpdateBody,
  type SigninVerifyBody,
  type SignupVerifyBody,
  type SyncPushReply,
  type User,
} from '@phyto/shared';
import * as z from 'zod/mini';
import { ApiRequestError } from './api-error.ts';

export interface ApiClientOptions {
  /** '' in the app (same origin, or Vite's dev proxy); a full origin in tests. */
  baseUrl?: string;
  /** Read at every request, so a sign-in or sign-out between two batches is honoured. */
  getToken: () => string | null;
  /** A random id of this browser, sent with every request: the server limits code guesses per device too. */
  deviceId?: () => string;
  fetch?: typeof fetch;
  /** A request with no answer after this long fails (and is retried later) instead of hanging for ever:
   *  captive portals and half-open 2G links accept a connection and never answer. */
  timeoutMs?: number;
}

/** One request: a JSON or raw body, extra headers, and whether the token goes with it. */
interface ApiRequestOptions {
  method?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** False for the sign-in calls, which go without a token. */
  auth?: boolean;
}

/** Uploads also get this much time per byte on top of the timeout: 8 KB/s, a poor 2G link. */
const UPLOAD_MS_PER_BYTE = 1 / 8;

export type AuthFlow = 'signup' | 'signin';

/**
 * The typed client of the Phyto API: every reply is parsed with the shared zod schema, every failure is an
 * ApiRequestError carrying the API's error code.
 *
 * @example
 * const api = createApiClient({ getToken: () => session.token });
 * const { results } = await api.pushPredictions(records);
 */
export function createApiClient({
  baseUrl = '',
  getToken,
  deviceId,
  fetch: fetchImpl = globalThis.fetch,
  timeoutMs = 30_000,
}: ApiClientOptions) {
  /** Sends one request with a timeout; a failure (network, timeout, non-2xx) is an ApiRequestError. */
  async function send(path: string, init: ApiRequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    if (deviceId) headers['x-device-id'] = deviceId();
    if (init.auth !== false) {
      const token = getToken();
      if (token === null) throw new ApiRequestError(401, 'unauthorized', 'Not signed in');
      headers.authorization = `Bearer ${token}`;
    }
    const bytes = init.body instanceof Blob ? init.body.size : 0;
    const signal = AbortSignal.timeout(Math.round(timeoutMs + bytes * UPLOAD_MS_PER_BYTE));
    try {
      const response = await fetchImpl(`${baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
        signal,
      });
      if (!response.ok) {
        const payload: unknown = await response.json().catch(() => undefined);
        const parsed = ApiErrorSchema.safeParse(payload);
        if (parsed.success) {
          throw new ApiRequestError(response.status, parsed.data.error.code, parsed.data.error.message);
        }
        throw new ApiRequestError(
          response.status,
          errorCodeForStatus(response.status),
          `HTTP ${response.status}`,
        );
      }
      return response;
    } catch (error) {
      if (error instanceof ApiRequestError) throw error;
      const message = signal.aborted ? 'The server did not answer in time' : 'No connection to the server';
      throw new ApiRequestError(0, 'network', message, { cause: error });
    }
  }

  /** A JSON reply, parsed with the shared schema. */
  async function request<S extends z.ZodMiniType>(
    schema: S,
    path: string,
    init: ApiRequestOptions = {},
  ): Promise<z.infer<S>> {
    const response = await send(path, init);
    let payload: unknown;
    try {
      // The body is read under the same timeout: a reply that stalls mid-body fails here.
      payload = await response.json();
    } catch (error) {
      throw new ApiRequestError(0, 'network', 'The reply was cut off', { cause: error });
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      throw new ApiRequestError(response.status, 'bad_reply', `Unexpected reply from ${path}`, {
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  return {
    requestOtp(flow: AuthFlow, body: OtpRequestBody): Promise<OtpRequestReply> {
      return request(OtpRequestReplySchema, `/api/auth/${flow}/request-otp`, {
        method: 'POST',
        json: body,
        auth: false,
      });
    },
    verifySignup(body: SignupVerifyBody): Promise<AuthReply> {
      return request(AuthReplySchema, '/api/auth/signup/verify', { method: 'POST', json: body, auth: false });
    },
    verifySignin(body: SigninVerifyBody): Promise<AuthReply> {
      return request(AuthReplySchema, '/api/auth/signin/verify', { method: 'POST', json: body, auth: false });
    },
    async me(): Promise<User> {
      return (await request(MeReplySchema, '/api/auth/me')).user;
    },
    /** Every token of the account stops working, this phone's too: the caller signs out next. */
    async signOutEverywhere(): Promise<void> {
      await request(SignedOutReplySchema, '/api/auth/signout-everywhere', { method: 'POST' });
    },
    /** A fresh code to the account's own number, which deleting the account needs. */
    requestDeletionCode(): Promise<OtpRequestReply> {
      return request(OtpRequestReplySchema, '/api/auth/delete-account/request-otp', { method: 'POST' });
    },
    /** Deletes the account for good: every token of it stops working, this phone's too. */
    async deleteAccount(body: AccountDeleteBody): Promise<void> {
      await request(AccountDeletedReplySchema, '/api/auth/delete-account', { method: 'POST', json: body });
    },
    async updateMe(body: ProfileUpdateBody): Promise<User> {
      return (await request(MeReplySchema, '/api/auth/me', { method: 'PATCH', json: body })).user;
    },
    pushPredictions(records: PredictionInput[]): Promise<SyncPushReply> {
      return request(SyncPushReplySchema, '/api/predictions/sync', { method: 'POST', json: { records } });
    },
    /** Deletes the record, its photos and notes from the server (a 404: it never had it). */
    async deletePrediction(predictionId: string): Promise<void> {
      await request(PredictionDeletedReplySchema, `/api/predictions/${encodeURIComponent(predictionId)}`, {
        method: 'DELETE',
      });
    },
    /** The photo goes as the raw request body; the server checks its bytes, not this header. */
    async uploadPhoto(predictionId: string, index: number, photo: Blob): Promise<void> {
      await request(
        UploadReplySchema,
        `/api/predictions/${encodeURIComponent(predictionId)}/image?index=${index}`,
        {
          method: 'POST',
          body: photo,
          headers: { 'content-type': photo.type || 'image/jpeg' },
        },
      );
    },
    /** An edit made from `baseRevision` of the note; the answer is the record as it now stands (409: the
     *  note was changed elsewhere and both together are too long). */
    setNote(predictionId: string, body: PredictionNoteBody): Promise<PredictionRecord> {
      return request(PredictionRecordSchema, `/api/predictions/${encodeURIComponent(predictionId)}/note`, {
        method: 'PUT',
        json: body,
      });
    },
    /** Whose field, as it now stands (empty values clear it); the server keeps the last edit it receives. */
    async setFieldDetails(predictionId: string, body: FieldDetails): Promise<void> {
      await request(PredictionRecordSchema, `/api/predictions/${encodeURIComponent(predictionId)}/details`, {
        method: 'PUT',
        json: body,
      });
    },
    /** The account's records changed after `after` (a cursor from the previous page, '' from the start). */
    changes(after: string, limit?: number): Promise<ChangesPage> {
      const query = new URLSearchParams({ after, ...(limit !== undefined && { limit: String(limit) }) });
      return request(ChangesPageSchema, `/api/predictions/changes?${query}`);
    },
    /** A photo the server holds, whole or as a small thumbnail (a phone that does not have it). */
    async photo(predictionId: string, index: number, size: PhotoSize): Promise<Blob> {
      const path = `/api/predictions/${encodeURIComponent(predictionId)}/image?index=${index}&size=${size}`;
      const response = await send(path, { headers: { accept: 'image/*' } });
      try {
        return await response.blob();
      } catch (error) {
        throw new ApiRequestError(0, 'network', 'The photo was cut off', { cause: error });
      }
    },
    /** The account's whole history from the server (every phone's records) as a CSV file. */
    async accountCsv(): Promise<Blob> {
      const response = await send('/api/predictions/export.csv', { headers: { accept: 'text/csv' } });
      try {
        return await response.blob();
      } catch (error) {
        throw new ApiRequestError(0, 'network', 'The file was cut off', { cause: error });
      }
    },
    history(page: number, limit: number): Promise<HistoryPage> {
      return request(HistoryPageSchema, `/api/predictions/history?page=${page}&limit=${limit}`);
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The upload reply's body is not needed: a 2xx means the server holds the photo. */
const UploadReplySchema = z.unknown();
const SignedOutReplySchema = z.object({ signedOut: z.literal(true) });
