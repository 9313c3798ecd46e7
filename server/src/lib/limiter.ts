/**
 * At most `max` calls of `run` at once; the rest wait their turn in order. Decoding an image takes memory
 * in proportion to its pixels, so a burst of uploads is decoded a few at a time instead of all at once.
 */
export function createLimiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
