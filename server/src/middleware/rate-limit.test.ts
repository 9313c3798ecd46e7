import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server.ts';
import { randomPhone, startTestServer, type TestServer } from '../testing/test-server.ts';

const LIMITS = {
  codeRequests: { max: 3, windowSeconds: 60 },
  verifications: { max: 100, windowSeconds: 60 },
};
const DEVICE = '0b6c7b1e-4a53-4c3e-9a57-6c2f8f6f1d10';

let first: TestServer;
let second: RunningServer;
beforeAll(async () => {
  first = await startTestServer({
    ipLimits: LIMITS,
    deviceLimits: { ...LIMITS, codeRequests: { max: 2, windowSeconds: 60 } },
  });
  // A second API process on the same database, as behind a load balancer.
  second = await startServer({
    mongoUri: first.mongoUri,
    dbName: first.db.databaseName,
    clock: first.clock,
    devOtpInReply: true,
    sms: { sendOtp: () => Promise.resolve() },
    ipLimits: LIMITS,
    log: () => undefined,
  });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

async function askForCode(base: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(`${base}/api/auth/signin/request-otp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ phone: randomPhone() }),
  });
  return res.status;
}

describe('rate limits counted in the database', () => {
  it('one limit across two API processes: alternating between them buys nothing', async () => {
    const statuses = [];
    for (const base of [first.url, second.url, first.url, second.url]) statuses.push(await askForCode(base));
    expect(statuses).toEqual([200, 200, 200, 429]);
    first.clock.advance(61);
    expect(await askForCode(second.url)).toBe(200);
  });

  it('limits a device apart from its address, and ignores a device id that is not a UUID', async () => {
    first.clock.advance(61);
    const device = { 'x-device-id': DEVICE };
    expect([await askForCode(first.url, device), await askForCode(first.url, device)]).toEqual([200, 200]);
    expect(await askForCode(first.url, device)).toBe(429);
    first.clock.advance(61);
    const junk = { 'x-device-id': 'not-a-uuid' };
    expect([
      await askForCode(first.url, junk),
      await askForCode(first.url, junk),
      await askForCode(first.url, junk),
    ]).toEqual([200, 200, 200]);
  });

  it('counts parallel requests exactly', async () => {
    first.clock.advance(61);
    const statuses = await Promise.all(
      Array.from({ length: 16 }, (_, i) => askForCode(i % 2 ? first.url : second.url)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(13);
  });
});
