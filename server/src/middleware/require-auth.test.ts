import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '@phyto/shared/api-error';
import { JWT_AUDIENCE, JWT_ISSUER, JWT_TTL_SECONDS } from '@phyto/shared/jwt-claims';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const SECRET = 'test-jwt-secret-0123456789abcdef0123456789';
const key = new TextEncoder().encode(SECRET);
let t: TestServer;
let userId: string;
let goodToken: string;

beforeAll(async () => {
  t = await startTestServer({ jwtSecret: SECRET });
  const reply = await t.signUp();
  userId = reply.user.id;
  goodToken = reply.token;
});
afterAll(async () => {
  await t?.close();
});

function nowSeconds(): number {
  return Math.floor(t.clock.now().getTime() / 1000);
}

function token(
  overrides: { aud?: string; iss?: string; sub?: string; exp?: number; signWith?: Uint8Array } = {},
) {
  const iat = nowSeconds();
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(overrides.sub ?? userId)
    .setIssuer(overrides.iss ?? JWT_ISSUER)
    .setAudience(overrides.aud ?? JWT_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(overrides.exp ?? iat + 3600)
    .sign(overrides.signWith ?? key);
}

async function me(bearer: string) {
  return t.call('GET', '/api/auth/me', { headers: { authorization: `Bearer ${bearer}` } });
}

describe('bearer tokens', () => {
  it('accepts the token it issued and one we sign the same way (the control case)', async () => {
    expect((await me(goodToken)).status).toBe(200);
    expect((await me(await token())).status).toBe(200);
  });

  it('issues tokens that live 30 days', () => {
    const [, payload = ''] = goodToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(JWT_TTL_SECONDS);
  });

  it.each([
    [
      'alg none',
      () =>
        Promise.resolve(
          new UnsecuredJWT({ sub: userId })
            .setIssuer(JWT_ISSUER)
            .setAudience(JWT_AUDIENCE)
            .setIssuedAt()
            .setExpirationTime('1h')
            .encode(),
        ),
    ],
    [
      'a wrong key',
      () => token({ signWith: new TextEncoder().encode('another-secret-0123456789abcdef0123') }),
    ],
    ['a wrong audience', () => token({ aud: 'someone-else' })],
    ['a wrong issuer', () => token({ iss: 'evil' })],
    ['an expiry in the past', () => token({ exp: nowSeconds() - 10 })],
    ['an unknown user', () => token({ sub: 'no-such-user' })],
  ])('refuses a token with %s', async (_name, make) => {
    const res = await me(await make());
    expect(res.status).toBe(401);
    expect(ApiErrorSchema.parse(res.body).error.code).toBe('unauthorized');
  });

  it('refuses a token whose payload was edited', async () => {
    const [header, , signature] = goodToken.split('.');
    const forged = Buffer.from(
      JSON.stringify({ sub: 'x', iss: JWT_ISSUER, aud: JWT_AUDIENCE, iat: 1, exp: 9e9 }),
    ).toString('base64url');
    expect((await me(`${header}.${forged}.${signature}`)).status).toBe(401);
  });

  it('expires its own tokens after 30 days', async () => {
    t.clock.advance(JWT_TTL_SECONDS + 1);
    try {
      expect((await me(goodToken)).status).toBe(401);
    } finally {
      t.clock.advance(-(JWT_TTL_SECONDS + 1));
    }
  });

  it('refuses missing and malformed Authorization headers', async () => {
    expect((await t.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await t.call('GET', '/api/auth/me', { headers: { authorization: goodToken } })).status).toBe(401);
    expect((await me('not a token')).status).toBe(401);
  });
});

describe('sign out of all phones', () => {
  it('makes every earlier token of the account 401 at once; a new sign-in works; other accounts are untouched', async () => {
    const { user, token: firstPhone } = await t.signUp();
    const other = await t.signUp();
    t.clock.advance(61);
    const requested = await t.call('POST', '/api/auth/signin/request-otp', { json: { phone: user.phone } });
    const { devCode, challengeId } = requested.body as { devCode: string; challengeId: string };
    const signin = await t.call('POST', '/api/auth/signin/verify', {
      json: { phone: user.phone, challengeId, code: devCode },
    });
    const secondPhone = (signin.body as { token: string }).token;
    expect((await me(firstPhone)).status).toBe(200);
    expect((await me(secondPhone)).status).toBe(200);

    const out = await t.call('POST', '/api/auth/signout-everywhere', { token: secondPhone });
    expect(out.status).toBe(200);
    for (const old of [firstPhone, secondPhone]) {
      const res = await me(old);
      expect(res.status).toBe(401);
      expect(ApiErrorSchema.parse(res.body).error.message).toMatch(/signed out/);
    }
    expect((await me(other.token)).status).toBe(200);

    t.clock.advance(61);
    const again = await t.call('POST', '/api/auth/signin/request-otp', { json: { phone: user.phone } });
    const code = again.body as { devCode: string; challengeId: string };
    const fresh = await t.call('POST', '/api/auth/signin/verify', {
      json: { phone: user.phone, challengeId: code.challengeId, code: code.devCode },
    });
    expect((await me((fresh.body as { token: string }).token)).status).toBe(200);
  });
});
