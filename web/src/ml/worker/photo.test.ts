import { describe, expect, it } from 'vitest';
import { fitWithin } from './photo.ts';

describe('fitWithin', () => {
  it('scales a 12 MP photo down to the longest side, keeping the aspect ratio', () => {
    expect(fitWithin(4000, 3000, 1024)).toEqual({ width: 1024, height: 768 });
    expect(fitWithin(3000, 4000, 160)).toEqual({ width: 120, height: 160 });
  });

  it('never upscales and never returns 0', () => {
    expect(fitWithin(128, 128, 1024)).toEqual({ width: 128, height: 128 });
    expect(fitWithin(5000, 2, 160)).toEqual({ width: 160, height: 1 });
  });
});
