import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod/mini';

/** The secrets a development install signs tokens and hashes codes with. */
export interface DevSecrets {
  jwtSecret: string;
  otpHmacKey: string;
}

const DevSecretsSchema = z.object({
  jwtSecret: z.string().check(z.minLength(32)),
  otpHmacKey: z.string().check(z.minLength(32)),
});

export function randomDevSecrets(): DevSecrets {
  return { jwtSecret: randomBytes(32).toString('hex'), otpHmacKey: randomBytes(32).toString('hex') };
}

/**
 * This install's own development secrets, made once and kept in `file` (git-ignored `.data/`), so that
 * tokens survive a restart of `npm start` while a token made on another machine (or with a secret anyone
 * can read in the repository) is worth nothing here. Readable by this user only.
 */
export function persistentDevSecrets(file: string): DevSecrets {
  try {
    return DevSecretsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    const secrets = randomDevSecrets();
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(secrets), { mode: 0o600 });
    renameSync(partial, file);
    return secrets;
  }
}
