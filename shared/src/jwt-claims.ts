import { z } from 'zod';

export const JWT_ISSUER = 'phyto-api';
export const JWT_AUDIENCE = 'phyto-app';
export const JWT_ALGORITHM = 'HS256';
export const JWT_TTL_SECONDS = 30 * 24 * 60 * 60;

export const JwtClaimsSchema = z.object({
  sub: z.string().min(1),
  iss: z.literal(JWT_ISSUER),
  aud: z.union([z.literal(JWT_AUDIENCE), z.array(z.string()).refine((a) => a.includes(JWT_AUDIENCE))]),
  iat: z.number().int(),
  exp: z.number().int(),
});
export type JwtClaims = z.infer<typeof JwtClaimsSchema>;
