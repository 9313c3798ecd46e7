import sharp from 'sharp';

/** A real, tiny JPEG (40×30, one colour): what a photo upload test needs when the picture does not matter. */
export function smallJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7d2c' } })
    .jpeg()
    .toBuffer();
}
