import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { AccountDeleteBodySchema } from '@phyto/shared/account-deletion';
import { OtpRequestBodySchema, SigninVerifyBodySchema, SignupVerifyBodySchema } from '@phyto/shared/otp';
import { ProfileUpdateBodySchema, type MeReply } from '@phyto/shared/user';
import { validate } from '../lib/validate.ts';
import type { AuthEnv } from '../middleware/require-auth.ts';
import { toUser } from '../services/user-record.ts';
import type { AuthService } from '../services/auth.service.ts';
import type { UserService } from '../services/user.service.ts';

export interface AuthRouteDeps {
  auth: AuthService;
  users: UserService;
  requireAuth: MiddlewareHandler<AuthEnv>;
  /** The caller's address, as far as the trusted proxies vouch for it. */
  clientOf: (c: Context) => string;
  /** Per-address and per-device limits: code requests cost an SMS, verifications are guesses. */
  limitCodeRequests: MiddlewareHandler;
  limitVerifications: MiddlewareHandler;
}

export function authRoute(deps: AuthRouteDeps) {
  const { auth, users, requireAuth, clientOf, limitCodeRequests, limitVerifications } = deps;
  return new Hono<AuthEnv>()
    .post('/signup/request-otp', limitCodeRequests, validate('json', OtpRequestBodySchema), async (c) =>
      c.json(await auth.requestCode('signup', c.req.valid('json').phone, clientOf(c))),
    )
    .post('/signin/request-otp', limitCodeRequests, validate('json', OtpRequestBodySchema), async (c) =>
      c.json(await auth.requestCode('signin', c.req.valid('json').phone, clientOf(c))),
    )
    .post('/signup/verify', limitVerifications, validate('json', SignupVerifyBodySchema), async (c) =>
      c.json(await auth.signup(c.req.valid('json'), clientOf(c)), 201),
    )
    .post('/signin/verify', limitVerifications, validate('json', SigninVerifyBodySchema), async (c) =>
      c.json(await auth.signin(c.req.valid('json'), clientOf(c))),
    )
    .get('/me', requireAuth, (c) => c.json({ user: toUser(c.var.user) } satisfies MeReply))
    .post('/signout-everywhere', requireAuth, async (c) => {
      await auth.signOutEverywhere(c.var.user._id);
      return c.json({ signedOut: true });
    })
    .post('/delete-account/request-otp', requireAuth, limitCodeRequests, async (c) =>
      c.json(await auth.requestDeletionCode(c.var.user, clientOf(c))),
    )
    .post(
      '/delete-account',
      requireAuth,
      limitVerifications,
      validate('json', AccountDeleteBodySchema),
      async (c) => c.json(await auth.deleteAccount(c.var.user, c.req.valid('json'), clientOf(c))),
    )
    .patch('/me', requireAuth, validate('json', ProfileUpdateBodySchema), async (c) => {
      const user = await users.updateProfile(c.var.user._id, c.req.valid('json'));
      return c.json({ user } satisfies MeReply);
    });
}
