export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
/** Decoding is refused above this many pixels (a decompression bomb guard). */
export const UPLOAD_MAX_PIXELS = 50_000_000;
