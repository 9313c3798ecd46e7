import { SignJWT, jwtVerify, errors } from 'jose';
import {
  JWT_ALGORITHM,
  JWT_AUDIENCE,
  JWT_ISSUER,
  JWT_TTL_SECONDS,
  JwtClaimsSchema,
  type JwtClaims,
} from '@phyto/shared/jwt-claims';
import type { Clock } from '../lib/clock.ts';

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/** Issues and checks the API's bearer tokens: HS256 only, iss/aud/sub/iat/exp all required. */
export class TokenSigner {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly clock: Clock,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** `tokenVersion`: the account's, so that bumping it voids every token signed before. */
  sign(userId: string, tokenVersion: number): Promise<string> {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return new SignJWT({ tv: tokenVersion })
      .setProtectedHeader({ alg: JWT_ALGORITHM, typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(JWT_ISSUER)
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + JWT_TTL_SECONDS)
      .sign(this.key);
  }

  /** Throws InvalidTokenError for anything but a valid, unexpired token of ours. */
  async verify(token: string): Promise<JwtClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [JWT_ALGORITHM], // pinned: `none` and RS/HS confusion are refused
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        requiredClaims: ['sub', 'iat', 'exp'],
        currentDate: this.clock.now(),
      });
      return JwtClaimsSchema.parse(payload);
    } catch (err) {
      const message = err instanceof errors.JWTExpired ? 'Token expired' : 'Invalid token';
      throw new InvalidTokenError(message, { cause: err });
    }
  }
}
