import * as z from 'zod/mini';
import { splitCommaList } from './lib/comma-list.ts';
import { randomDevSecrets, type DevSecrets } from './lib/dev-secrets.ts';
import { isAddressOrCidr } from './lib/trusted-proxies.ts';
import './lib/zod-english.ts';

const MIN_SECRET_LENGTH = 32;

const booleanFromEnv = z.pipe(
  z.enum(['true', 'false', '1', '0']),
  z.transform((v) => v === 'true' || v === '1'),
);

const EnvSchema = z.object({
  NODE_ENV: z._default(z.enum(['development', 'production', 'test']), 'development'),
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65535)), 8080),
  /** Loopback unless set: a development install is not reachable from the network by accident. */
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  MONGODB_URI: z
    .string()
    .check(z.regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')),
  /** Database name; default: the URI's path, else `phyto`. */
  MONGODB_DB: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,63}$/))),
  JWT_SECRET: z.optional(z.string()),
  OTP_HMAC_KEY: z.optional(z.string()),
  /** Comma-separated origins allowed to call the API cross-origin; empty = same origin only. */
  CORS_ORIGIN: z._default(z.string(), ''),
  STATIC_DIR: z.optional(z.string().check(z.minLength(1))),
  DEV_OTP_IN_REPLY: z.optional(booleanFromEnv),
  /** Our own proxies in front of the API (compose: nginx's address), comma-separated addresses or CIDR
   *  blocks. X-Forwarded-For is believed only from them; empty = never (the socket is the client). */
  TRUSTED_PROXIES: z._default(
    z
      .string()
      .check(
        z.refine(
          (v) => splitCommaList(v).every(isAddressOrCidr),
          'must be comma-separated IP addresses or CIDR blocks, e.g. 172.30.0.10 or 10.0.0.0/8',
        ),
      ),
    '',
  ),
  /** Region used to read numbers typed without +country code, e.g. KE or IN. */
  PHONE_DEFAULT_COUNTRY: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});

/** The configuration the server runs with: what `configFrom` makes of a checked environment. */
export type Config = ReturnType<typeof configFrom>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the environment once at start-up and fails fast with every problem listed. In production the
 * secrets must be set and long; elsewhere `devSecrets` (random per process unless the caller keeps them,
 * as `npm start` does under `.data/`) are used with a warning.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  warn: (message: string) => void = console.warn,
  devSecrets: () => DevSecrets = randomDevSecrets,
): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';

  const problems: string[] = [];
  let dev: DevSecrets | undefined;
  const secret = (name: 'JWT_SECRET' | 'OTP_HMAC_KEY', devValue: () => string): string => {
    const value = e[name];
    if (value !== undefined && value.length >= MIN_SECRET_LENGTH) return value;
    if (production) {
      problems.push(`${name} must be set to at least ${MIN_SECRET_LENGTH} characters in production`);
      return '';
    }
    warn(`[config] ${name} missing or short: using this install's development value (never in production)`);
    return devValue();
  };
  const jwtSecret = secret('JWT_SECRET', () => (dev ??= devSecrets()).jwtSecret);
  const otpHmacKey = secret('OTP_HMAC_KEY', () => (dev ??= devSecrets()).otpHmacKey);
  if (production && e.DEV_OTP_IN_REPLY === true) {
    problems.push('DEV_OTP_IN_REPLY must not be enabled in production');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return configFrom(e, { jwtSecret, otpHmacKey });
}

/** The environment's names and strings as the server's settings (secrets already checked or made). */
function configFrom(e: z.output<typeof EnvSchema>, secrets: { jwtSecret: string; otpHmacKey: string }) {
  const production = e.NODE_ENV === 'production';
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    mongoUri: e.MONGODB_URI,
    dbName: e.MONGODB_DB,
    jwtSecret: secrets.jwtSecret,
    otpHmacKey: secrets.otpHmacKey,
    corsOrigins: splitCommaList(e.CORS_ORIGIN),
    staticDir: e.STATIC_DIR,
    devOtpInReply: production ? false : (e.DEV_OTP_IN_REPLY ?? true),
    trustedProxies: splitCommaList(e.TRUSTED_PROXIES),
    phoneDefaultCountry: e.PHONE_DEFAULT_COUNTRY,
  };
}
