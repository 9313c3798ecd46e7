import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { every } from 'hono/combine';
import { cors } from 'hono/cors';
import type { Db } from 'mongodb';
import { PhotoStore } from './clients/photo-store.ts';
import type { SmsSender } from './clients/sms-sender.ts';
import { TokenSigner } from './clients/token-signer.ts';
import type { Clock } from './lib/clock.ts';
import { clientIp } from './lib/client-ip.ts';
import { TrustedProxies } from './lib/trusted-proxies.ts';
import { payloadTooLarge } from './lib/http-error.ts';
import { errorHandler, notFoundHandler } from './middleware/error-handler.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { requireAuth } from './middleware/require-auth.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { staticFiles } from './middleware/static-files.ts';
import type { Repositories } from './repositories/repositories.ts';
import { authRoute } from './routes/auth.route.ts';
import { healthRoute } from './routes/health.route.ts';
import { predictionsRoute } from './routes/predictions.route.ts';
import { AccountErasureService } from './services/account-erasure.service.ts';
import { AuthService } from './services/auth.service.ts';
import { OtpService, type OtpPolicy } from './services/otp.service.ts';
import { PhotoService } from './services/photo.service.ts';
import { PredictionService } from './services/prediction.service.ts';
import { UserService } from './services/user.service.ts';

/** JSON bodies: a full 100-record sync batch is ~100 KB, so 1 MB leaves room and stops abuse. */
export const JSON_BODY_MAX_BYTES = 1024 * 1024;

export interface RequestLimit {
  max: number;
  windowSeconds: number;
}

/** Per caller, counted in the database: code requests cost an SMS, verifications are guesses. */
export interface CallerLimits {
  codeRequests: RequestLimit;
  verifications: RequestLimit;
}

export interface AppDeps {
  db: Db;
  /** Built once by the caller (startServer), which also migrates and purges through them. */
  repositories: Repositories;
  clock: Clock;
  sms: SmsSender;
  jwtSecret: string;
  otpHmacKey: string;
  /** Built PWA to serve beside the API (web/dist); absent: API only. */
  staticDir?: string | undefined;
  corsOrigins: string[];
  devOtpInReply: boolean;
  /** Addresses or CIDR blocks of our own proxies: only their X-Forwarded-For is believed. */
  trustedProxies: string[];
  phoneDefaultCountry?: string | undefined;
  otpPolicy?: OtpPolicy;
  ipLimits?: CallerLimits;
  /** Per X-Device-Id: a device behind a shared address (carrier NAT) cannot use up the address's share. */
  deviceLimits?: CallerLimits;
  version: string;
  log?: (message: string, err: unknown) => void;
}

export const DEFAULT_IP_LIMITS: CallerLimits = {
  codeRequests: { max: 20, windowSeconds: 15 * 60 },
  verifications: { max: 60, windowSeconds: 15 * 60 },
};

export const DEFAULT_DEVICE_LIMITS: CallerLimits = {
  codeRequests: { max: 6, windowSeconds: 15 * 60 },
  verifications: { max: 20, windowSeconds: 15 * 60 },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Wires repositories → services → routes. No globals: tests build as many apps as they like. */
export function createApp(deps: AppDeps) {
  const { db, clock } = deps;
  const {
    users: userRepo,
    predictions: predictionRepo,
    otps: otpRepo,
    rateLimits: windows,
  } = deps.repositories;
  const photoStore = new PhotoStore(db);
  const tokens = new TokenSigner(deps.jwtSecret, clock);
  const otp = new OtpService(otpRepo, deps.sms, clock, deps.otpHmacKey, deps.otpPolicy);
  const predictions = new PredictionService(predictionRepo, photoStore, clock);
  const log = deps.log ?? ((message: string, err: unknown) => console.error(message, err));
  const erasure = new AccountErasureService(userRepo, predictionRepo, predictions, otpRepo, log);
  // Erasures a crash left unfinished go on now (every step is a delete: a second process doing the same is harmless).
  erasure.resumePending().catch((err: unknown) => log('[erasure] resume failed', err));
  const auth = new AuthService(otp, userRepo, tokens, clock, erasure, {
    devOtpInReply: deps.devOtpInReply,
    phoneDefaultCountry: deps.phoneDefaultCountry,
  });
  const guard = requireAuth({ tokens, users: userRepo });
  const proxies = new TrustedProxies(deps.trustedProxies);
  const clientOf = (c: Context) => clientIp(c, proxies);
  const deviceOf = (c: Context) => {
    const id = c.req.header('x-device-id');
    return id && UUID.test(id) ? id.toLowerCase() : undefined;
  };
  const limit = (which: keyof CallerLimits) =>
    every(
      rateLimit({
        ...(deps.ipLimits ?? DEFAULT_IP_LIMITS)[which],
        name: `${which}-ip`,
        key: clientOf,
        clock,
        windows,
      }),
      rateLimit({
        ...(deps.deviceLimits ?? DEFAULT_DEVICE_LIMITS)[which],
        name: `${which}-device`,
        key: deviceOf,
        clock,
        windows,
      }),
    );
  const jsonLimit = bodyLimit({
    maxSize: JSON_BODY_MAX_BYTES,
    onError: () => {
      throw payloadTooLarge(`Request bodies are limited to ${JSON_BODY_MAX_BYTES} bytes`);
    },
  });

  const api = new Hono()
    .use(
      cors({
        origin: (origin) => (deps.corsOrigins.includes(origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'X-Device-Id'],
        maxAge: 600,
      }),
    )
    // Photo uploads carry their own, larger limit.
    .use((c, next) => (c.req.path.endsWith('/image') ? next() : jsonLimit(c, next)))
    .route('/health', healthRoute({ db, version: deps.version }))
    .route(
      '/auth',
      authRoute({
        auth,
        users: new UserService(userRepo),
        requireAuth: guard,
        clientOf,
        limitCodeRequests: limit('codeRequests'),
        limitVerifications: limit('verifications'),
      }),
    )
    .route(
      '/predictions',
      predictionsRoute({
        predictions,
        photos: new PhotoService(predictionRepo, photoStore, clock),
        requireAuth: guard,
      }),
    );

  const app = new Hono().use(securityHeaders()).route('/api', api);
  if (deps.staticDir) app.use(staticFiles({ root: deps.staticDir }));
  app.notFound(notFoundHandler);
  app.onError(errorHandler(deps.log));
  return app;
}
