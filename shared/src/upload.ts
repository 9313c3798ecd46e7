import * as z from 'zod/mini';

export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
/** Decoding is refused above this many pixels (a decompression bomb guard). The app sends photos of at
 *  most 1024 px a side; 24 Mpx still takes a camera original from another client. */
export const UPLOAD_MAX_PIXELS = 24_000_000;

/** A stored photo as uploaded, or a small copy for lists (fetched first by a phone that lacks it). */
export const PhotoSizeSchema = z.enum(['full', 'thumbnail']);
export type PhotoSize = z.infer<typeof PhotoSizeSchema>;
