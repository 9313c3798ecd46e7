import { InferenceError, type QualityIssue } from '../protocol.ts';
import { QUALITY_SIDE, checkQuality } from './quality.ts';
import { squarePixels, type PhotoSquare } from '../square.ts';

export const PHOTO_MAX_SIDE = 1024;
export const THUMBNAIL_MAX_SIDE = 160;
const PHOTO_QUALITY = 0.85;
const THUMBNAIL_QUALITY = 0.75;

export interface PreparedPhoto {
  /** What the model reads: the framed square of the photo (at most PHOTO_MAX_SIDE px), or the whole photo
   *  when nothing was framed (preprocessing then takes its centred square). */
  pixels: ImageData;
  quality: { ok: boolean; issues: QualityIssue[] };
  photo: Blob;
  thumbnail: Blob;
}

/** Size that fits in `maxSide` keeping the aspect ratio; never upscales. */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function draw(source: CanvasImageSource, width: number, height: number): OffscreenCanvasRenderingContext2D {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new InferenceError('errors.modelFailed', 'no 2D context in the worker');
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  return context;
}

/**
 * Decodes a photo once (in the worker, so a 12 MP JPEG never blocks the page), then derives from the
 * decoded bitmap everything the app keeps: the compressed photo, the thumbnail, the quality verdict and
 * the pixels the model will read.
 */
export async function preparePhoto(
  file: Blob,
  minSide: number,
  square: PhotoSquare | null,
): Promise<PreparedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file); // honours EXIF orientation ('from-image' is the default)
  } catch (error) {
    throw new InferenceError('errors.notAnImage', error instanceof Error ? error.message : String(error));
  }
  try {
    const original = { width: bitmap.width, height: bitmap.height };
    const size = fitWithin(original.width, original.height, PHOTO_MAX_SIDE);
    const main = draw(bitmap, size.width, size.height);
    const region = square === null ? null : squarePixels(square, size.width, size.height);
    const pixels =
      region === null
        ? main.getImageData(0, 0, size.width, size.height)
        : main.getImageData(region.x, region.y, region.side, region.side);

    const small = fitWithin(size.width, size.height, QUALITY_SIDE);
    const smallPixels = draw(main.canvas, small.width, small.height).getImageData(
      0,
      0,
      small.width,
      small.height,
    );
    const issues = checkQuality(smallPixels.data, small.width, small.height, original, minSide);

    const thumb = fitWithin(size.width, size.height, THUMBNAIL_MAX_SIDE);
    const [photo, thumbnail] = await Promise.all([
      main.canvas.convertToBlob({ type: 'image/jpeg', quality: PHOTO_QUALITY }),
      draw(main.canvas, thumb.width, thumb.height).canvas.convertToBlob({
        type: 'image/jpeg',
        quality: THUMBNAIL_QUALITY,
      }),
    ]);
    return { pixels, quality: { ok: issues.length === 0, issues }, photo, thumbnail };
  } finally {
    bitmap.close();
  }
}
