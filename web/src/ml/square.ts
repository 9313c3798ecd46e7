/**
 * The square of a photo the farmer framed, in fractions so that it survives any resizing of the photo:
 * `size` of the photo's shorter side, `left` of its width, `top` of its height. The model sees only this
 * square; the record keeps the whole photo and the square.
 */
export interface PhotoSquare {
  left: number;
  top: number;
  size: number;
}

/** Smallest square the farmer may frame: a quarter of the shorter side (smaller is mostly blur). */
export const MIN_SQUARE = 0.25;

/** The largest centred square: what the model saw before framing existed. */
export function centreSquare(width: number, height: number): PhotoSquare {
  const side = Math.min(width, height);
  return { left: (width - side) / 2 / width, top: (height - side) / 2 / height, size: 1 };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The same square moved and resized as asked, kept inside the photo and no smaller than MIN_SQUARE. */
export function adjustSquare(
  square: PhotoSquare,
  width: number,
  height: number,
  change: { dx?: number; dy?: number; scale?: number },
): PhotoSquare {
  const short = Math.min(width, height);
  const size = clamp(square.size * (change.scale ?? 1), MIN_SQUARE, 1);
  const side = size * short;
  // Resizing keeps the square's centre where it was.
  const centreX = square.left * width + (square.size * short) / 2 + (change.dx ?? 0) * width;
  const centreY = square.top * height + (square.size * short) / 2 + (change.dy ?? 0) * height;
  const x = clamp(centreX - side / 2, 0, width - side);
  const y = clamp(centreY - side / 2, 0, height - side);
  return { left: x / width, top: y / height, size };
}

/** The square in whole pixels of a photo of this size, inside it. */
export function squarePixels(
  square: PhotoSquare,
  width: number,
  height: number,
): { x: number; y: number; side: number } {
  const side = Math.max(1, Math.min(Math.round(square.size * Math.min(width, height)), width, height));
  const x = clamp(Math.round(square.left * width), 0, width - side);
  const y = clamp(Math.round(square.top * height), 0, height - side);
  return { x, y, side };
}
