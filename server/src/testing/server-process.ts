// The API as its own process (`tsx src/main.ts`), for tests that must kill it or measure its memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { OtpRequestReplySchema } from '@phyto/shared/otp';
import { AuthReplySchema, type AuthReply } from '@phyto/shared/user';
import { randomPhone } from './test-server.ts';

const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The spawned API's secrets, so an in-process test server can accept its tokens (and the other way). */
export const PROCESS_SECRETS = {
  jwtSecret: 'process-test-jwt-secret-0123456789abcdef',
  otpHmacKey: 'process-test-otp-hmac-key-0123456789abcdef',
};

export interface ServerProcess {
  child: ChildProcess;
  url: string;
}

/** Starts the API on `mongoUri`/`dbName` and resolves with its URL once it listens. */
export async function spawnServer(mongoUri: string, dbName: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      MONGODB_URI: mongoUri,
      MONGODB_DB: dbName,
      JWT_SECRET: PROCESS_SECRETS.jwtSecret,
      OTP_HMAC_KEY: PROCESS_SECRETS.otpHmacKey,
      DEV_OTP_IN_REPLY: 'true',
      // As the Docker image runs it (deploy/Dockerfile): see server/README.md, "Limits".
      MALLOC_ARENA_MAX: '2',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match?.[1]) resolveUrl(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
  return { child, url };
}

export async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

export function post(url: string, path: string, body: unknown, token?: string): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
}

export async function signUp(url: string): Promise<AuthReply> {
  const phone = randomPhone();
  const otp = OtpRequestReplySchema.parse(
    await (await post(url, '/api/auth/signup/request-otp', { phone })).json(),
  );
  const signup = await post(url, '/api/auth/signup/verify', {
    phone,
    challengeId: otp.challengeId,
    code: otp.devCode,
    name: 'K',
    language: 'en',
  });
  return AuthReplySchema.parse(await signup.json());
}
