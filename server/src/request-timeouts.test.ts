// A client that sends a body slowly, or not at all, loses its socket instead of holding it for minutes.
// The limits are shortened here (the real ones: REQUEST_TIMEOUTS in server.ts) so the test takes seconds.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/test-server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ timeouts: { requestMs: 2_000, headersMs: 1_500, idleMs: 1_000 } });
});
afterAll(async () => {
  await t?.close();
});

/** Opens a socket, sends the headers of a 1,000-byte POST; resolves with the socket and when it closed. */
async function slowPost(): Promise<{ socket: Socket; closed: Promise<number> }> {
  const { port } = new URL(t.url);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  const started = Date.now();
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - started)));
  socket.on('error', () => undefined);
  socket.write(
    'POST /api/auth/signin/request-otp HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
  );
  return { socket, closed };
}

it('closes a socket whose body stalls after the idle limit', async () => {
  const { closed } = await slowPost();
  const ms = await closed;
  expect(ms).toBeGreaterThanOrEqual(900);
  expect(ms).toBeLessThan(5_000);
});

it('closes a socket that trickles its body past the request limit', async () => {
  const { socket, closed } = await slowPost();
  // One byte every 300 ms keeps the socket busy (never idle for 1 s) but the request never finishes.
  const trickle = setInterval(() => socket.writable && socket.write(' '), 300);
  const ms = await closed;
  clearInterval(trickle);
  expect(ms).toBeGreaterThanOrEqual(1_900);
  expect(ms).toBeLessThan(6_000);
  // The API is still there for everyone else.
  expect((await t.call('GET', '/api/health')).status).toBe(200);
});
