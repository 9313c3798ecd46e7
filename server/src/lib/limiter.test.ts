import { describe, expect, it } from 'vitest';
import { createLimiter, LimiterFullError } from './limiter.ts';

describe('createLimiter', () => {
  it('runs at most `max` tasks at once and all of them in the end, failures included', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let most = 0;
    const task = (fail: boolean) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running -= 1;
      if (fail) throw new Error('bad image');
      return 'ok';
    };
    const results = await Promise.allSettled(
      [false, true, false, false, true, false].map((f) => limit(task(f))),
    );
    expect(most).toBe(2);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
  });
});

describe('createLimiter with a bounded queue', () => {
  it('refuses at once what does not fit, and runs the rest', async () => {
    const limit = createLimiter(1, 2);
    let release = () => undefined as void;
    const blocker = new Promise<void>((resolve) => (release = resolve));
    const calls = [0, 1, 2, 3].map((i) => limit(() => (i === 0 ? blocker : Promise.resolve())).then(() => i));
    const settled = Promise.allSettled(calls);
    release();
    const results = await settled;
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect(results[3]).toMatchObject({ reason: new LimiterFullError() });
  });
});
