import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import { ChangesQuerySchema } from '@phyto/shared/changes';
import { FieldDetailsSchema } from '@phyto/shared/field-details';
import { HistoryQuerySchema } from '@phyto/shared/history';
import { MAX_PHOTOS_PER_PREDICTION } from '@phyto/shared/prediction';
import { PredictionNoteBodySchema } from '@phyto/shared/prediction-note';
import { SyncPushBodySchema } from '@phyto/shared/sync';
import { PhotoSizeSchema, UPLOAD_MAX_BYTES } from '@phyto/shared/upload';
import { HttpError, payloadTooLarge } from '../lib/http-error.ts';
import { createBusyLimiter } from '../lib/limiter.ts';
import { validate } from '../lib/validate.ts';
import { perUserConcurrency } from '../middleware/per-user-concurrency.ts';
import type { AuthEnv } from '../middleware/require-auth.ts';
import type { PhotoService } from '../services/photo.service.ts';
import type { PredictionService } from '../services/prediction.service.ts';

export interface PredictionsRouteDeps {
  predictions: PredictionService;
  photos: PhotoService;
  requireAuth: MiddlewareHandler<AuthEnv>;
}

const PredictionParamSchema = z.object({ id: z.uuid() });
const PhotoQuerySchema = z.object({
  index: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(MAX_PHOTOS_PER_PREDICTION - 1)), 0),
});
const PhotoReadQuerySchema = z.extend(PhotoQuerySchema, { size: z._default(PhotoSizeSchema, 'full') });
/** Multipart framing around a 10 MB photo; the photo itself is held to UPLOAD_MAX_BYTES after parsing. */
const MULTIPART_SLACK_BYTES = 64 * 1024;

/** Photo uploads received at once (each up to 10 MB in memory) and waiting for a turn; beyond, 503. */
const UPLOADS_AT_ONCE = 4;
const UPLOADS_WAITING = 8;
const receiving = createBusyLimiter(
  UPLOADS_AT_ONCE,
  UPLOADS_WAITING,
  'Busy with other photos; try again shortly',
);

export function predictionsRoute(deps: PredictionsRouteDeps) {
  const { predictions, photos, requireAuth } = deps;
  const oneUserReads = perUserConcurrency(2);
  return new Hono<AuthEnv>()
    .use(requireAuth)
    .post('/sync', validate('json', SyncPushBodySchema), async (c) =>
      c.json(await predictions.sync(c.var.user._id, c.req.valid('json').records)),
    )
    .get('/history', oneUserReads, validate('query', HistoryQuerySchema), async (c) =>
      c.json(await predictions.history(c.var.user._id, c.req.valid('query'), c.req.raw.signal)),
    )
    .get('/changes', oneUserReads, validate('query', ChangesQuerySchema), async (c) =>
      c.json(await predictions.changes(c.var.user._id, c.req.valid('query'), c.req.raw.signal)),
    )
    .delete('/:id', validate('param', PredictionParamSchema), async (c) =>
      c.json(await predictions.delete(c.var.user._id, c.req.valid('param').id)),
    )
    .get('/export.csv', oneUserReads, (c) => {
      const lines = predictions.exportCsv(c.var.user._id, c.req.raw.signal);
      return new Response(pullStream(lines), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="phyto-account-history.csv"',
          'Cache-Control': 'no-store',
        },
      });
    })
    .put(
      '/:id/details',
      validate('param', PredictionParamSchema),
      validate('json', FieldDetailsSchema),
      async (c) =>
        c.json(await predictions.setDetails(c.var.user._id, c.req.valid('param').id, c.req.valid('json'))),
    )
    .put(
      '/:id/note',
      validate('param', PredictionParamSchema),
      validate('json', PredictionNoteBodySchema),
      async (c) =>
        c.json(await predictions.setNote(c.var.user._id, c.req.valid('param').id, c.req.valid('json'))),
    )
    .post(
      '/:id/image',
      bodyLimit({
        maxSize: UPLOAD_MAX_BYTES + MULTIPART_SLACK_BYTES,
        onError: () => {
          throw tooLarge();
        },
      }),
      validate('param', PredictionParamSchema),
      validate('query', PhotoQuerySchema),
      async (c) =>
        // The body is read only once a slot is free: waiting uploads stay in the socket, not in memory.
        receiving(async () => {
          const bytes = await readPhoto(c.req.raw);
          const { id } = c.req.valid('param');
          const { index } = c.req.valid('query');
          return c.json(await photos.upload(c.var.user._id, id, index, bytes), 201);
        }),
    )
    .get(
      '/:id/image',
      validate('param', PredictionParamSchema),
      validate('query', PhotoReadQuerySchema),
      async (c) => {
        const { index, size } = c.req.valid('query');
        const { bytes, mime } = await photos.read(c.var.user._id, c.req.valid('param').id, index, size);
        c.header('Cache-Control', 'private, max-age=86400');
        return c.body(new Uint8Array(bytes), 200, { 'Content-Type': mime });
      },
    );
}

/** A body that asks for the next lines only when the client has taken the last ones (bounded memory). */
function pullStream(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await lines.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

/**
 * The photo as raw bytes (any Content-Type: the content is checked, not the label) or as the `image`
 * field of a multipart form. A form is parsed only when it has exactly one part: parsing 200,000 tiny
 * fields took seconds of CPU, and the app never sends more than the photo.
 */
async function readPhoto(request: Request): Promise<Uint8Array> {
  const body = new Uint8Array(await request.arrayBuffer());
  let bytes: Uint8Array = body;
  const contentType = request.headers.get('content-type') ?? '';
  if (contentType.toLowerCase().startsWith('multipart/form-data')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (boundary === undefined) throw new HttpError(400, 'bad_request', 'Malformed multipart body');
    if (countOccurrences(body, `--${boundary}`) > 2)
      throw new HttpError(400, 'validation_failed', 'image: send the photo as the only field of the form');
    const form = await new Response(body, { headers: { 'content-type': contentType } })
      .formData()
      .catch((err: unknown) => {
        throw new HttpError(400, 'bad_request', 'Malformed multipart body', { cause: err });
      });
    const file = form.get('image');
    if (!(file instanceof File))
      throw new HttpError(400, 'validation_failed', 'image: a file field is required');
    bytes = new Uint8Array(await file.arrayBuffer());
  }
  if (bytes.length === 0) throw new HttpError(400, 'validation_failed', 'The request has no image');
  if (bytes.length > UPLOAD_MAX_BYTES) throw tooLarge();
  return bytes;
}

/** Occurrences of `needle` in `haystack`, stopping early past 2 (all a caller needs to know). */
function countOccurrences(haystack: Uint8Array, needle: string): number {
  const buffer = Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength);
  let count = 0;
  for (
    let at = buffer.indexOf(needle);
    at !== -1 && count <= 2;
    at = buffer.indexOf(needle, at + needle.length)
  )
    count += 1;
  return count;
}

function tooLarge(): HttpError {
  return payloadTooLarge(`Images are limited to ${UPLOAD_MAX_BYTES / 1024 / 1024} MB`);
}
