import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { UserDoc } from '../repositories/user.repository.ts';
import { errorHandler } from './error-handler.ts';
import { perUserConcurrency } from './per-user-concurrency.ts';
import type { AuthEnv } from './require-auth.ts';

function appWithSlowRoute(release: Promise<void>) {
  return new Hono<AuthEnv>()
    .use((c, next) => {
      c.set('user', { _id: c.req.header('x-user') ?? '' } as UserDoc);
      return next();
    })
    .use(perUserConcurrency(2))
    .get('/slow', async (c) => {
      await release;
      return c.text('ok');
    })
    .onError(errorHandler(() => undefined));
}

describe('perUserConcurrency', () => {
  it('lets two requests of one user run, refuses the third with 429, and never limits another user', async () => {
    let release = () => undefined as void;
    const app = appWithSlowRoute(new Promise<void>((resolve) => (release = resolve)));
    const get = (user: string) => app.request('/slow', { headers: { 'x-user': user } });
    const running = [get('a'), get('a')];
    const third = await get('a');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('2');
    const other = get('b');
    release();
    expect((await Promise.all([...running, other])).map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await get('a')).status).toBe(200); // the slots were given back
  });
});
