// Renders the PWA icons (web/public/icons/*.png) from icon.svg. Run after changing the SVG:
//   npx tsx scripts/make-icons.ts
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const dir = fileURLToPath(new URL('../web/public/icons/', import.meta.url));
const svg = await readFile(`${dir}icon.svg`);

for (const size of [192, 512]) {
  await sharp(svg, { density: 300 }).resize(size, size).png().toFile(`${dir}icon-${size}.png`);
}

// Maskable: launchers crop to a circle or squircle of 80 % of the side, so shrink the art into that safe
// zone on a full-bleed background of the same green.
const inner = Math.round(512 * 0.72);
const art = await sharp(svg, { density: 300 }).resize(inner, inner).png().toBuffer();
await sharp({ create: { width: 512, height: 512, channels: 4, background: '#2e7d32' } })
  .composite([{ input: art, gravity: 'center' }])
  .png()
  .toFile(`${dir}maskable-512.png`);
