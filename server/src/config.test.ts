import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { persistentDevSecrets } from './lib/dev-secrets.ts';

const uri = 'mongodb://127.0.0.1:27017/phyto';
const strong = 'x'.repeat(32);

describe('loadConfig', () => {
  it('refuses to start in production without long secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', MONGODB_URI: uri })).toThrow(
      /JWT_SECRET.*\n.*OTP_HMAC_KEY/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', MONGODB_URI: uri, JWT_SECRET: 'short', OTP_HMAC_KEY: strong }),
    ).toThrow(ConfigError);
  });

  it('refuses to echo codes in production', () => {
    const env = { NODE_ENV: 'production', MONGODB_URI: uri, JWT_SECRET: strong, OTP_HMAC_KEY: strong };
    expect(() => loadConfig({ ...env, DEV_OTP_IN_REPLY: 'true' })).toThrow(/DEV_OTP_IN_REPLY/);
    expect(loadConfig(env).devOtpInReply).toBe(false);
  });

  it('uses development defaults with a warning', () => {
    const warnings: string[] = [];
    const config = loadConfig({ MONGODB_URI: uri }, (m) => warnings.push(m));
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 8080,
      host: '127.0.0.1',
      devOtpInReply: true,
      corsOrigins: [],
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(warnings).toHaveLength(2);
    // No secret is written in the code: another process (another install) signs with another one.
    expect(loadConfig({ MONGODB_URI: uri }, () => {}).jwtSecret).not.toBe(config.jwtSecret);
  });

  it("keeps an install's development secrets in its own file, readable by its user only", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'phyto-secrets-'));
    try {
      const file = join(dir, '.data', 'dev-secrets.json');
      const first = loadConfig(
        { MONGODB_URI: uri },
        () => {},
        () => persistentDevSecrets(file),
      );
      const again = loadConfig(
        { MONGODB_URI: uri },
        () => {},
        () => persistentDevSecrets(file),
      );
      expect(again.jwtSecret).toBe(first.jwtSecret);
      expect(again.otpHmacKey).toBe(first.otpHmacKey);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const elsewhere = persistentDevSecrets(join(dir, 'other', 'dev-secrets.json'));
      expect(elsewhere.jwtSecret).not.toBe(first.jwtSecret);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ MONGODB_URI: 'http://x', PORT: 'abc' })).toThrow(
      /MONGODB_URI[\s\S]*PORT|PORT[\s\S]*MONGODB_URI/,
    );
  });

  it('splits CORS origins', () => {
    const config = loadConfig(
      { MONGODB_URI: uri, CORS_ORIGIN: 'https://a.example, https://b.example' },
      () => {},
    );
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });
});
