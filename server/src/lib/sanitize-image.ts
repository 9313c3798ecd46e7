import sharp, { type Metadata } from 'sharp';
import { UPLOAD_MAX_PIXELS } from '@phyto/shared/upload';
import { HttpError } from './http-error.ts';
import { createBusyLimiter } from './limiter.ts';

// libvips keeps a cache of decoded images and starts a thread per core for each: neither helps one-off
// uploads, and both multiply the memory a burst of them takes.
sharp.cache(false);
sharp.concurrency(1);
/** Images decoded at once: each may take up to UPLOAD_MAX_PIXELS × 4 bytes while it is re-encoded. Beyond
 *  DECODE_QUEUE waiting, an upload is answered 503 + Retry-After (the app retries it with backoff). */
const DECODE_QUEUE = 8;
const decoding = createBusyLimiter(2, DECODE_QUEUE, 'Busy with other photos; try again shortly');

export interface CleanImage {
  data: Buffer;
  mime: 'image/jpeg' | 'image/png';
  extension: 'jpg' | 'png';
  width: number;
  height: number;
}

const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Accepts a JPG or PNG only if its bytes say so and it decodes completely, then re-encodes it: the
 * orientation is applied to the pixels and all metadata (EXIF, GPS) is dropped. Never trusts the
 * Content-Type or a file name.
 */
export async function sanitizeImage(bytes: Uint8Array): Promise<CleanImage> {
  const kind = startsWith(bytes, JPEG_MAGIC) ? 'jpeg' : startsWith(bytes, PNG_MAGIC) ? 'png' : null;
  if (!kind) throw new HttpError(415, 'unsupported_media_type', 'Only JPG and PNG images are accepted');

  // limitInputPixels is checked from the header before any pixel is decoded (decompression bombs);
  // failOn 'warning' turns a truncated or corrupt file into an error instead of a grey half-image.
  const options = { limitInputPixels: UPLOAD_MAX_PIXELS, failOn: 'warning' } as const;
  let meta: Metadata;
  try {
    // Reads the header only, so no pixel limit is needed yet: it lets us tell a bomb (413) from junk.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw undecodable(err);
  }
  if (meta.format !== kind)
    throw new HttpError(415, 'unsupported_media_type', 'The image content is not JPG or PNG');
  if ((meta.width ?? 0) * (meta.height ?? 0) > UPLOAD_MAX_PIXELS) {
    throw new HttpError(413, 'payload_too_large', `The image has more than ${UPLOAD_MAX_PIXELS} pixels`);
  }

  try {
    const { data, info } = await decoding(() => {
      // Bake in the EXIF orientation before EXIF is dropped, and keep at most STORED_MAX_SIDE a side: the
      // app sends ≤ 1024 px, and a JPEG shrunk while it is decoded takes a fraction of the memory (16
      // parallel 12 Mpx uploads: see upload-memory.test.ts).
      const pipeline = sharp(bytes, options)
        .rotate()
        .resize(STORED_MAX_SIDE, STORED_MAX_SIDE, { fit: 'inside', withoutEnlargement: true });
      const encoded = kind === 'jpeg' ? pipeline.jpeg({ quality: 90 }) : pipeline.png();
      return encoded.toBuffer({ resolveWithObject: true });
    });
    return kind === 'jpeg'
      ? { data, mime: 'image/jpeg', extension: 'jpg', width: info.width, height: info.height }
      : { data, mime: 'image/png', extension: 'png', width: info.width, height: info.height };
  } catch (err) {
    throw err instanceof HttpError ? err : undecodable(err);
  }
}

/** Longest side of a stored photo: twice what the app sends, room for other clients' sharper photos. At most half
 *  a 12 Mpx camera side (4000 px), so libjpeg decodes such a photo at half size (shrink-on-load needs a
 *  factor of 2): a quarter of the memory. */
export const STORED_MAX_SIDE = 2000;

/** Longest side of the small copy a phone shows in lists before it fetches the whole photo. */
export const THUMBNAIL_SIZE = 256;

/** A small JPEG of a photo this server stored (already sanitized), under the same decoding limit. */
export function thumbnail(bytes: Uint8Array): Promise<Buffer> {
  return decoding(() =>
    sharp(bytes, { limitInputPixels: UPLOAD_MAX_PIXELS })
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer(),
  );
}

function undecodable(cause: unknown): HttpError {
  return new HttpError(400, 'bad_request', 'The image could not be decoded (truncated or corrupt)', {
    cause,
  });
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
