import type { CropId } from '@phyto/shared';

type Shape = 'round' | 'cluster' | 'ear' | 'pod' | 'heart';

/** Each crop as a shape and a colour: plain SVG draws on every phone (emoji like 🫛 need Android 14). */
const CROPS: Record<CropId, { shape: Shape; fill: string }> = {
  apple: { shape: 'round', fill: '#d32f2f' },
  blueberry: { shape: 'cluster', fill: '#3949ab' },
  cherry: { shape: 'cluster', fill: '#b71c1c' },
  corn: { shape: 'ear', fill: '#fbc02d' },
  grape: { shape: 'cluster', fill: '#6a1b9a' },
  orange: { shape: 'round', fill: '#fb8c00' },
  peach: { shape: 'round', fill: '#ffab91' },
  pepper: { shape: 'pod', fill: '#43a047' },
  potato: { shape: 'ear', fill: '#a1887f' },
  raspberry: { shape: 'cluster', fill: '#e91e63' },
  soybean: { shape: 'pod', fill: '#9ccc65' },
  squash: { shape: 'round', fill: '#ef6c00' },
  strawberry: { shape: 'heart', fill: '#e53935' },
  tomato: { shape: 'round', fill: '#e53935' },
};

const STEM = '#2e7d32';

function body(shape: Shape, fill: string) {
  switch (shape) {
    case 'round':
      return <circle cx="16" cy="18" r="11" fill={fill} />;
    case 'cluster':
      return (
        <g fill={fill}>
          <circle cx="11" cy="15" r="5" />
          <circle cx="21" cy="15" r="5" />
          <circle cx="16" cy="23" r="5" />
        </g>
      );
    case 'ear':
      return <ellipse cx="16" cy="18" rx="7" ry="12" fill={fill} />;
    case 'pod':
      return <path d="M7 24 C 9 10, 20 6, 26 8 C 24 18, 16 26, 7 24 Z" fill={fill} />;
    case 'heart':
      return <path d="M6 12 C 6 6, 26 6, 26 12 C 26 20, 19 26, 16 29 C 13 26, 6 20, 6 12 Z" fill={fill} />;
  }
}

/** A small picture of the crop, beside its name (decorative: the name says it). */
export function CropIcon({ crop }: { crop: CropId }) {
  const { shape, fill } = CROPS[crop];
  return (
    <svg
      className="crop-icon"
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      {body(shape, fill)}
      <path d="M16 8 C 16 5, 18 3, 21 3" stroke={STEM} strokeWidth="2" fill="none" strokeLinecap="round" />
    </svg>
  );
}
