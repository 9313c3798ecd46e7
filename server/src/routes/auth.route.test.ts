import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '@phyto/shared/api-error';
import { OtpRequestReplySchema } from '@phyto/shared/otp';
import { AuthReplySchema, MeReplySchema } from '@phyto/shared/user';
import { randomPhone, startTestServer, type TestServer } from '../testing/test-server.ts';

const OTP_HMAC_KEY = 'test-otp-hmac-key-0123456789abcdef';
let t: TestServer;
beforeAll(async () => {
  // The test itself plays the one proxy (it connects from 127.0.0.1) and says who the phone is.
  t = await startTestServer({ otpHmacKey: OTP_HMAC_KEY, trustedProxies: ['127.0.0.1'] });
});
afterAll(async () => {
  await t?.close();
});

function errorCode(body: unknown): string {
  return ApiErrorSchema.parse(body).error.code;
}

/** Two callers behind the one trusted proxy this server is told about. */
const OWNER = '198.51.100.7';
const STRANGER = '203.0.113.66';
function from(ip: string | undefined): Record<string, string> {
  return ip ? { 'x-forwarded-for': ip } : {};
}

async function requestCode(purpose: 'signup' | 'signin', phone: string, ip?: string) {
  const res = await t.call('POST', `/api/auth/${purpose}/request-otp`, {
    json: { phone },
    headers: from(ip),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return OtpRequestReplySchema.parse(res.body);
}

/** A guess at the code of the request `sent` (its challenge id), from address `ip`. */
function verify(
  purpose: 'signup' | 'signin',
  phone: string,
  sent: { challengeId: string },
  code: string,
  ip: string,
) {
  const { challengeId } = sent;
  const json =
    purpose === 'signup'
      ? { phone, challengeId, code, name: 'A', language: 'en' }
      : { phone, challengeId, code };
  return t.call('POST', `/api/auth/${purpose}/verify`, { json, headers: from(ip) });
}

function wrongCode(code: string): string {
  return ((Number(code) + 1) % 1_000_000).toString().padStart(6, '0');
}

describe('sign-up and sign-in', () => {
  it('signs up with a 6-digit code, then signs in, and /me returns the user from the token', async () => {
    const phone = randomPhone();
    const { devCode, challengeId, expiresInSeconds } = await requestCode('signup', phone);
    expect(devCode).toMatch(/^\d{6}$/);
    expect(expiresInSeconds).toBe(300);

    const signup = await t.call('POST', '/api/auth/signup/verify', {
      json: { phone, challengeId, code: devCode, name: 'Wanjiru', language: 'sw' },
    });
    expect(signup.status).toBe(201);
    const { token, user } = AuthReplySchema.parse(signup.body);
    expect(user).toMatchObject({ phone, name: 'Wanjiru', language: 'sw', crops: [] });

    t.clock.advance(61);
    const signin = await requestCode('signin', phone);
    const res = await t.call('POST', '/api/auth/signin/verify', {
      json: { phone, challengeId: signin.challengeId, code: signin.devCode },
    });
    expect(res.status).toBe(200);
    expect(AuthReplySchema.parse(res.body).user.id).toBe(user.id);

    const me = await t.call('GET', '/api/auth/me', { token });
    expect(me.status).toBe(200);
    expect(MeReplySchema.parse(me.body).user.id).toBe(user.id);
  });

  it('normalises phone numbers to E.164, so spacing does not make a second account', async () => {
    const { user } = await t.signUp('+254 712 000 111');
    expect(user.phone).toBe('+254712000111');
    t.clock.advance(61);
    const again = await requestCode('signup', '+254-712-000-111');
    const res = await t.call('POST', '/api/auth/signup/verify', {
      json: {
        phone: '+254712000111',
        challengeId: again.challengeId,
        code: again.devCode,
        name: 'Twin',
        language: 'en',
      },
    });
    expect(res.status).toBe(409);
    expect(await t.db.collection('users').countDocuments({ phone: '+254712000111' })).toBe(1);
  });

  it('rejects numbers that are not phone numbers', async () => {
    const res = await t.call('POST', '/api/auth/signup/request-otp', { json: { phone: '+999 12345' } });
    expect(res.status).toBe(400);
    expect(errorCode(res.body)).toBe('validation_failed');
  });

  it('updates name, language and crops with PATCH /me, and ignores nothing silently', async () => {
    const { token } = await t.signUp();
    const res = await t.call('PATCH', '/api/auth/me', {
      token,
      json: { name: 'Amina', language: 'fr', crops: ['tomato', 'potato', 'tomato'] },
    });
    expect(res.status).toBe(200);
    expect(MeReplySchema.parse(res.body).user).toMatchObject({
      name: 'Amina',
      language: 'fr',
      crops: ['tomato', 'potato'],
    });

    const extra = await t.call('PATCH', '/api/auth/me', { token, json: { phone: '+254712999999' } });
    expect(extra.status).toBe(400);
    const bad = await t.call('PATCH', '/api/auth/me', { token, json: { crops: ['banana'] } });
    expect(bad.status).toBe(400);
  });
});

describe('one-time codes', () => {
  it('stores only an HMAC of the code, never the code', async () => {
    const phone = randomPhone();
    const { devCode } = await requestCode('signup', phone);
    const doc = await t.db.collection('otps').findOne({ _id: phone as never });
    expect(doc).not.toBeNull();
    expect(JSON.stringify(doc)).not.toContain(devCode);
    const expected = createHmac('sha256', OTP_HMAC_KEY).update(`signup:${phone}:${devCode}`).digest('hex');
    expect((doc?.challenges as { codeHash: string }[])[0]?.codeHash).toBe(expected);
  });

  it('expires after 5 minutes', async () => {
    const phone = randomPhone();
    const { devCode, challengeId } = await requestCode('signup', phone);
    t.clock.advance(5 * 60 + 1);
    const res = await t.call('POST', '/api/auth/signup/verify', {
      json: { phone, challengeId, code: devCode, name: 'A', language: 'en' },
    });
    expect(res.status).toBe(400);
    expect(errorCode(res.body)).toBe('otp_expired');
  });

  it('is still valid just before 5 minutes', async () => {
    const phone = randomPhone();
    const { devCode, challengeId } = await requestCode('signup', phone);
    t.clock.advance(5 * 60 - 1);
    const res = await t.call('POST', '/api/auth/signup/verify', {
      json: { phone, challengeId, code: devCode, name: 'A', language: 'en' },
    });
    expect(res.status).toBe(201);
  });

  it('works once only, even when used twice at the same moment', async () => {
    const phone = randomPhone();
    const { devCode, challengeId } = await requestCode('signup', phone);
    const body = { json: { phone, challengeId, code: devCode, name: 'A', language: 'en' } };
    const results = await Promise.all([
      t.call('POST', '/api/auth/signup/verify', body),
      t.call('POST', '/api/auth/signup/verify', body),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    const again = await t.call('POST', '/api/auth/signup/verify', body);
    expect(errorCode(again.body)).toBe('otp_invalid');
  });

  it('refuses a client after 5 wrong guesses at a code, while the code still works for its owner', async () => {
    const phone = randomPhone();
    // Even a guesser who somehow learnt the owner's request id gets 5 guesses at its code.
    const sent = await requestCode('signup', phone, OWNER);
    const devCode = sent.devCode ?? '';
    const codes = [];
    for (let i = 0; i < 6; i++) {
      const res = await verify('signup', phone, sent, wrongCode(devCode), STRANGER);
      codes.push(errorCode(res.body));
    }
    expect(codes).toEqual([
      'otp_invalid',
      'otp_invalid',
      'otp_invalid',
      'otp_invalid',
      'otp_burnt',
      'otp_burnt',
    ]);
    expect((await verify('signup', phone, sent, devCode, STRANGER)).status).toBe(429);
    expect((await verify('signup', phone, sent, devCode, OWNER)).status).toBe(201);
  });

  it('burns a code after 10 wrong guesses from all clients together', async () => {
    const phone = randomPhone();
    const sent = await requestCode('signup', phone, OWNER);
    const devCode = sent.devCode ?? '';
    const last = [];
    for (let i = 0; i < 10; i++)
      last.push(errorCode((await verify('signup', phone, sent, wrongCode(devCode), `203.0.113.${i}`)).body));
    expect(last.slice(-2)).toEqual(['otp_invalid', 'otp_burnt']);
    expect(errorCode((await verify('signup', phone, sent, devCode, OWNER)).body)).toBe('otp_invalid');
    // The owner is not locked out: a new code comes after the cool-down and works.
    t.clock.advance(61);
    const fresh = await requestCode('signup', phone, OWNER);
    expect((await verify('signup', phone, fresh, fresh.devCode ?? '', OWNER)).status).toBe(201);
  });

  it('a stranger cannot use up the number: 3 codes an hour per client, the owner still gets one', async () => {
    const phone = randomPhone();
    for (let i = 0; i < 3; i++) {
      await requestCode('signin', phone, STRANGER);
      t.clock.advance(61);
    }
    const fourth = await t.call('POST', '/api/auth/signin/request-otp', {
      json: { phone },
      headers: from(STRANGER),
    });
    expect(fourth.status).toBe(429);
    expect(errorCode(fourth.body)).toBe('too_many_requests');
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    const owners = await requestCode('signin', phone, OWNER);
    expect(owners.devCode).toMatch(/^\d{6}$/);
  });

  it("strangers' wrong guesses, 10 from two addresses, leave the owner's code valid", async () => {
    const { user } = await t.signUp();
    t.clock.advance(61);
    const owner = await requestCode('signin', user.phone, OWNER);
    for (const ip of ['203.0.113.10', '203.0.113.11']) {
      // A guesser knows no request id but its own: its guesses count against its own code, or nothing.
      const own = await requestCode('signin', user.phone, ip);
      for (let i = 0; i < 5; i++) {
        const wrong = await verify('signin', user.phone, own, wrongCode(own.devCode ?? ''), ip);
        expect(wrong.status).not.toBe(200);
        const madeUp = await verify('signin', user.phone, { challengeId: '0'.repeat(32) }, '123456', ip);
        expect(errorCode(madeUp.body)).toBe('otp_invalid');
      }
    }
    expect((await verify('signin', user.phone, owner, owner.devCode ?? '', OWNER)).status).toBe(200);
  });

  it("a stranger's code request leaves the owner's pending code valid, and does not delay the owner", async () => {
    const phone = randomPhone();
    const owner = await requestCode('signup', phone, OWNER);
    const stranger = await requestCode('signup', phone, STRANGER);
    expect(stranger.challengeId).not.toBe(owner.challengeId);
    expect((await verify('signup', phone, owner, owner.devCode ?? '', OWNER)).status).toBe(201);
    // The stranger's own code is its own: it cannot sign the owner's number up twice.
    expect((await verify('signup', phone, stranger, stranger.devCode ?? '', STRANGER)).status).toBe(409);
  });

  it('a guessing address burns only the code it asked for', async () => {
    const phone = randomPhone();
    const owner = await requestCode('signup', phone, OWNER);
    const guesser = await requestCode('signup', phone, STRANGER);
    for (let i = 0; i < 10; i++) {
      await verify('signup', phone, guesser, wrongCode(guesser.devCode ?? ''), `203.0.113.${20 + i}`);
    }
    const burnt = await verify('signup', phone, guesser, guesser.devCode ?? '', STRANGER);
    expect(errorCode(burnt.body)).toBe('otp_invalid');
    expect((await verify('signup', phone, owner, owner.devCode ?? '', OWNER)).status).toBe(201);
  });

  it('counts every wrong code sent in parallel', async () => {
    const phone = randomPhone();
    const sent = await requestCode('signup', phone);
    const devCode = sent.devCode ?? '';
    const guesses = Array.from({ length: 8 }, (_, i) =>
      ((Number(devCode) + 1 + i) % 1_000_000).toString().padStart(6, '0'),
    );
    await Promise.all(guesses.map((code) => verify('signup', phone, sent, code, STRANGER)));
    const doc = await t.db.collection('otps').findOne({ _id: phone as never });
    const [challenge] = doc?.challenges as { failures: number; codeHash: string | null }[];
    expect(challenge?.failures).toBe(5);
    expect(challenge?.codeHash).not.toBeNull();
  });

  it('enforces a resend cool-down and a per-number limit across clients', async () => {
    const phone = randomPhone();
    const first = await requestCode('signin', phone);
    expect(first.retryAfterSeconds).toBe(60);
    const tooSoon = await t.call('POST', '/api/auth/signin/request-otp', { json: { phone } });
    expect(tooSoon.status).toBe(429);
    expect(errorCode(tooSoon.body)).toBe('too_many_requests');
    expect(Number(tooSoon.headers.get('retry-after'))).toBeGreaterThan(0);

    for (let i = 1; i < 10; i++) {
      t.clock.advance(61);
      await requestCode('signin', phone, `198.51.100.${i}`);
    }
    t.clock.advance(61);
    const eleventh = await t.call('POST', '/api/auth/signin/request-otp', {
      json: { phone },
      headers: from(OWNER),
    });
    expect(eleventh.status).toBe(429);
    t.clock.advance(60 * 60);
    await requestCode('signin', phone, OWNER);
  });

  it('a sign-up code does not sign in', async () => {
    const { user } = await t.signUp();
    t.clock.advance(61);
    const { devCode, challengeId } = await requestCode('signup', user.phone);
    const res = await t.call('POST', '/api/auth/signin/verify', {
      json: { phone: user.phone, challengeId, code: devCode },
    });
    expect(errorCode(res.body)).toBe('otp_invalid');
  });
});

describe('enumeration', () => {
  it('answers sign-in code requests the same way for known and unknown numbers', async () => {
    const { user } = await t.signUp();
    t.clock.advance(61);
    const known = await t.call('POST', '/api/auth/signin/request-otp', { json: { phone: user.phone } });
    const unknown = await t.call('POST', '/api/auth/signin/request-otp', { json: { phone: randomPhone() } });
    expect(known.status).toBe(unknown.status);
    const strip = (b: unknown) => ({ ...OtpRequestReplySchema.parse(b), devCode: 'x', challengeId: 'x' });
    expect(strip(known.body)).toEqual(strip(unknown.body));
    expect(Object.keys(known.body as object).sort()).toEqual(Object.keys(unknown.body as object).sort());

    // Wrong codes are answered alike too.
    const challengeId = OtpRequestReplySchema.parse(known.body).challengeId;
    const a = await t.call('POST', '/api/auth/signin/verify', {
      json: { phone: user.phone, challengeId, code: '000000' },
    });
    const b = await t.call('POST', '/api/auth/signin/verify', {
      json: { phone: randomPhone(), challengeId, code: '000000' },
    });
    expect(a.status).toBe(400);
    expect(b.status).toBe(400);
    expect(errorCode(a.body)).toBe('otp_invalid');
    expect(errorCode(b.body)).toBe('otp_invalid');
  });
});

describe('per-IP rate limit', () => {
  it('refuses code requests beyond the per-IP limit with 429', async () => {
    const limited = await startTestServer({
      ipLimits: {
        codeRequests: { max: 3, windowSeconds: 60 },
        verifications: { max: 100, windowSeconds: 60 },
      },
    });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await limited.call('POST', '/api/auth/signin/request-otp', { json: { phone: randomPhone() } }))
            .status,
        );
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      limited.clock.advance(61);
      expect(
        (await limited.call('POST', '/api/auth/signin/request-otp', { json: { phone: randomPhone() } }))
          .status,
      ).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('client address behind proxies', () => {
  const limits = {
    codeRequests: { max: 2, windowSeconds: 60 },
    verifications: { max: 100, windowSeconds: 60 },
  };

  /** A code request from the local address `from` (the loopback has all of 127/8) with this X-Forwarded-For. */
  function requestFrom(url: string, from: string, forwardedFor: string): Promise<number> {
    const body = JSON.stringify({ phone: randomPhone() });
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        `${url}/api/auth/signin/request-otp`,
        {
          method: 'POST',
          localAddress: from,
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  async function statuses(trustedProxies: string[], from: string, forwardedFor: string[]): Promise<number[]> {
    const server = await startTestServer({ trustedProxies, ipLimits: limits });
    try {
      const out = [];
      for (const header of forwardedFor) out.push(await requestFrom(server.url, from, header));
      return out;
    } finally {
      await server.close();
    }
  }

  it('direct (no proxy): X-Forwarded-For is ignored, the socket is the client', async () => {
    expect(await statuses([], '127.0.0.1', ['198.51.100.1', '198.51.100.2', '198.51.100.3'])).toEqual([
      200, 200, 429,
    ]);
  });

  it('behind our proxy: each phone it forwards has its own limit', async () => {
    const forwarded = ['203.0.113.60', '203.0.113.61', '203.0.113.62'];
    expect(await statuses(['127.0.0.2'], '127.0.0.2', forwarded)).toEqual([200, 200, 200]);
    expect(await statuses(['127.0.0.0/30'], '127.0.0.2', forwarded)).toEqual([200, 200, 200]);
  });

  it('behind our proxy: made-up left-most entries do not buy a fresh limit', async () => {
    const spoofed = [1, 2, 3].map((i) => `198.51.100.${i}, 203.0.113.50`);
    expect(await statuses(['127.0.0.2'], '127.0.0.2', spoofed)).toEqual([200, 200, 429]);
  });

  it('a client reaching the API port directly is keyed on its socket, whatever it forwards', async () => {
    const madeUp = Array.from({ length: 5 }, (_, i) => `198.51.100.${i}`);
    expect(await statuses(['127.0.0.2'], '127.0.0.1', madeUp)).toEqual([200, 200, 429, 429, 429]);
  });
});

describe('devCode', () => {
  it('is never in the reply unless development mode asks for it', async () => {
    const prod = await startTestServer({ devOtpInReply: false });
    try {
      const res = await prod.call('POST', '/api/auth/signup/request-otp', { json: { phone: randomPhone() } });
      expect(res.status).toBe(200);
      expect(OtpRequestReplySchema.parse(res.body).devCode).toBeUndefined();
    } finally {
      await prod.close();
    }
  });
});
