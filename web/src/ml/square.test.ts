import { describe, expect, it } from 'vitest';
import { adjustSquare, centreSquare, MIN_SQUARE, squarePixels } from './square.ts';

describe('the framed square', () => {
  it('starts as the centred square of the shorter side', () => {
    expect(centreSquare(400, 300)).toEqual({ left: 0.125, top: 0, size: 1 });
    expect(squarePixels(centreSquare(400, 300), 400, 300)).toEqual({ x: 50, y: 0, side: 300 });
    // The same fractions mean the same region once the photo is resized for storage.
    expect(squarePixels(centreSquare(400, 300), 200, 150)).toEqual({ x: 25, y: 0, side: 150 });
  });

  it('shrinks around its centre, moves, and never leaves the photo or gets too small', () => {
    const half = adjustSquare(centreSquare(400, 300), 400, 300, { scale: 0.5 });
    expect(squarePixels(half, 400, 300)).toEqual({ x: 125, y: 75, side: 150 });
    const moved = adjustSquare(half, 400, 300, { dx: 1, dy: -1 });
    expect(squarePixels(moved, 400, 300)).toEqual({ x: 250, y: 0, side: 150 });
    expect(adjustSquare(half, 400, 300, { scale: 0.01 }).size).toBe(MIN_SQUARE);
    expect(adjustSquare(half, 400, 300, { scale: 100 }).size).toBe(1);
  });
});
