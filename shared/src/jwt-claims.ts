import * as z from 'zod/mini';

export const JWT_ISSUER = 'phyto-api';
export const JWT_AUDIENCE = 'phyto-app';
export const JWT_ALGORITHM = 'HS256';
export const JWT_TTL_SECONDS = 30 * 24 * 60 * 60;

export const JwtClaimsSchema = z.object({
  sub: z.string().check(z.minLength(1)),
  iss: z.literal(JWT_ISSUER),
  aud: z.union([
    z.literal(JWT_AUDIENCE),
    z.array(z.string()).check(z.refine((a) => a.includes(JWT_AUDIENCE))),
  ]),
  iat: z.int(),
  exp: z.int(),
  /** The account's token version when signed: "sign out of all phones" bumps it (absent: 0). */
  tv: z.optional(z.int().check(z.nonnegative())),
});
export type JwtClaims = z.infer<typeof JwtClaimsSchema>;
