import type { CropId } from '@phyto/shared';

/** A picture for each crop that needs no download and reads at any size. */
export const CROP_ICONS: Record<CropId, string> = {
  apple: '🍎',
  blueberry: '🫐',
  cherry: '🍒',
  corn: '🌽',
  grape: '🍇',
  orange: '🍊',
  peach: '🍑',
  pepper: '🫑',
  potato: '🥔',
  raspberry: '🌿',
  soybean: '🫛',
  squash: '🎃',
  strawberry: '🍓',
  tomato: '🍅',
};
