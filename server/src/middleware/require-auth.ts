import type { MiddlewareHandler } from 'hono';
import type { JwtClaims } from '@phyto/shared/jwt-claims';
import { InvalidTokenError, type TokenSigner } from '../clients/token-signer.ts';
import { HttpError } from '../lib/http-error.ts';
import type { UserDoc, UserRepository } from '../repositories/user.repository.ts';

export interface AuthEnv {
  Variables: { user: UserDoc };
}

/** Bearer-token guard. The user always comes from the verified token, never from the request body. */
export function requireAuth(options: {
  tokens: TokenSigner;
  users: UserRepository;
}): MiddlewareHandler<AuthEnv> {
  const { tokens, users } = options;
  return async function requireAuthMiddleware(c, next) {
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(c.req.header('authorization') ?? '');
    if (!match?.[1]) throw unauthorized('Missing bearer token');
    let claims: JwtClaims;
    try {
      claims = await tokens.verify(match[1]);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw unauthorized(err.message, err);
      throw err;
    }
    // The one `_id` read every request makes anyway: it also says whether the account signed out everywhere.
    const user = await users.findById(claims.sub);
    if (!user || user.erasing !== undefined)
      throw unauthorized('The account for this token no longer exists');
    if ((claims.tv ?? 0) !== (user.tokenVersion ?? 0))
      throw unauthorized('This phone was signed out (sign out of all phones); sign in again');
    c.set('user', user);
    await next();
  };
}

function unauthorized(message: string, cause?: unknown): HttpError {
  return new HttpError(401, 'unauthorized', message, { cause, headers: { 'WWW-Authenticate': 'Bearer' } });
}
