import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { OTP_LENGTH, OTP_TTL_SECONDS } from '@phyto/shared/otp';
import type { SmsSender } from '../clients/sms-sender.ts';
import type { Clock } from '../lib/clock.ts';
import { HttpError } from '../lib/http-error.ts';
import { KeyedMutex } from '../lib/keyed-mutex.ts';
import type { OtpChallenge, OtpDoc, OtpPurpose, OtpRepository } from '../repositories/otp.repository.ts';

export interface OtpPolicy {
  ttlSeconds: number;
  resendCooldownSeconds: number;
  /** Codes per number per window, whoever asks: what one number may cost in SMS. */
  maxSendsPerWindow: number;
  /** Codes per number per window for one client, so that a stranger cannot use up the number's share. */
  maxSendsPerClient: number;
  sendWindowSeconds: number;
  /** Wrong guesses one client may make at one code; after that only a new code lets it try again. */
  maxFailuresPerClient: number;
  /** Wrong guesses at one code from everyone together; then the code is burnt and a new one is needed. */
  maxFailuresPerCode: number;
}

/**
 * Nobody is ever locked out of their own number: wrong guesses burn the code, not the account, and a
 * client that asked or guessed too often is refused alone. Guessing stays bounded: at most
 * maxFailuresPerCode × maxSendsPerWindow = 100 guesses an hour at a 6-digit code (NIST SP 800-63B §5.2.2).
 */
export const DEFAULT_OTP_POLICY: OtpPolicy = {
  ttlSeconds: OTP_TTL_SECONDS,
  resendCooldownSeconds: 60,
  maxSendsPerWindow: 10,
  maxSendsPerClient: 3,
  sendWindowSeconds: 60 * 60,
  maxFailuresPerClient: 5,
  maxFailuresPerCode: 10,
};

/** A lost optimistic-concurrency race is retried this often before giving up. */
const MAX_RACE_RETRIES = 10;

export interface IssuedOtp {
  code: string;
  /** Names this code: the requester must send it back with the code. */
  challengeId: string;
  expiresInSeconds: number;
  retryAfterSeconds: number;
}

/**
 * One-time codes per phone number. Each request gets its own code and challenge id, added beside the codes
 * still pending (a request never replaces another's), and a guess counts only against the challenge it
 * names, which only its requester knows: strangers cannot burn the owner's code. Everything about a number
 * lives in one document, written under a per-number lock and with a version check, so parallel requests
 * cannot double-spend a code or lose a failure. Whether the number has an account is never looked at here.
 */
export class OtpService {
  private readonly perNumber = new KeyedMutex();

  constructor(
    private readonly otps: OtpRepository,
    private readonly sms: SmsSender,
    private readonly clock: Clock,
    private readonly hmacKey: string,
    private readonly policy: OtpPolicy = DEFAULT_OTP_POLICY,
  ) {}

  /** `client` is who asks (the client address): limits per client keep one caller from spending everyone's. */
  issue(phone: string, purpose: OtpPurpose, client: string): Promise<IssuedOtp> {
    return this.perNumber.run(phone, () => this.issueNow(phone, purpose, this.clientKey(client)));
  }

  /** Resolves when `code` is the live code of challenge `challengeId` for this number and purpose,
   *  consuming it; throws otherwise. */
  consume(
    phone: string,
    purpose: OtpPurpose,
    challengeId: string,
    code: string,
    client: string,
  ): Promise<void> {
    return this.perNumber.run(phone, () =>
      this.consumeNow(phone, purpose, challengeId, code, this.clientKey(client)),
    );
  }

  private async issueNow(phone: string, purpose: OtpPurpose, client: string): Promise<IssuedOtp> {
    for (let attempt = 0; attempt < MAX_RACE_RETRIES; attempt++) {
      const now = this.clock.now();
      const stored = await this.otps.find(phone);
      const live = stored && stored.purgeAt > now ? stored : null;
      // Per purpose too: a farmer who just signed in may ask for the code that deletes the account at once.
      const sender = `${purpose}:${client}`;
      const lastSent = live?.lastSentAtByClient[sender];
      if (lastSent !== undefined) {
        const cooldownEnds = addSeconds(lastSent, this.policy.resendCooldownSeconds);
        if (cooldownEnds > now)
          throw tooManyRequests('Wait before asking for another code', cooldownEnds, now);
      }
      const windowOpen = live !== null && addSeconds(live.windowStart, this.policy.sendWindowSeconds) > now;
      const windowStart = windowOpen ? live.windowStart : now;
      const sends = windowOpen ? live.sendsInWindow : 0;
      const sendsByClient = windowOpen ? live.sendsByClient : {};
      const windowEnds = addSeconds(windowStart, this.policy.sendWindowSeconds);
      if ((sendsByClient[client] ?? 0) >= this.policy.maxSendsPerClient)
        throw tooManyRequests(
          'Too many codes asked for this number from here; try again later',
          windowEnds,
          now,
        );
      if (sends >= this.policy.maxSendsPerWindow)
        throw tooManyRequests('Too many codes for this number; try again later', windowEnds, now);

      const code = randomInt(0, 10 ** OTP_LENGTH)
        .toString()
        .padStart(OTP_LENGTH, '0');
      const expiresAt = addSeconds(now, this.policy.ttlSeconds);
      const challenge: OtpChallenge = {
        id: randomBytes(16).toString('hex'),
        purpose,
        codeHash: this.hash(purpose, phone, code),
        expiresAt,
        failures: 0,
        failuresByClient: {},
      };
      const next: OtpDoc = {
        _id: phone,
        challenges: [...(live?.challenges ?? []).filter((c) => c.expiresAt > now), challenge],
        lastSentAtByClient: { ...(windowOpen ? live.lastSentAtByClient : {}), [sender]: now },
        windowStart,
        sendsInWindow: sends + 1,
        sendsByClient: { ...sendsByClient, [client]: (sendsByClient[client] ?? 0) + 1 },
        purgeAt: latest(expiresAt, windowEnds),
        version: (stored?.version ?? 0) + 1,
      };
      if (!(await this.otps.save(next, stored?.version ?? null))) continue;

      try {
        await this.sms.sendOtp(phone, code);
      } catch (err) {
        throw new HttpError(503, 'unavailable', 'Could not send the code; try again shortly', {
          cause: err,
          headers: { 'Retry-After': '30' },
        });
      }
      return {
        code,
        challengeId: challenge.id,
        expiresInSeconds: this.policy.ttlSeconds,
        retryAfterSeconds: this.policy.resendCooldownSeconds,
      };
    }
    throw new HttpError(429, 'too_many_requests', 'Too many simultaneous requests for this number');
  }

  private async consumeNow(
    phone: string,
    purpose: OtpPurpose,
    challengeId: string,
    code: string,
    client: string,
  ): Promise<void> {
    for (let attempt = 0; attempt < MAX_RACE_RETRIES; attempt++) {
      const now = this.clock.now();
      const stored = await this.otps.find(phone);
      const live = stored && stored.purgeAt > now ? stored : null;
      const challenge = live?.challenges.find((c) => c.id === challengeId);
      if (live === null || !challenge?.codeHash) {
        throw new HttpError(400, 'otp_invalid', 'No active code for this request; ask for a new one');
      }
      if (challenge.expiresAt <= now)
        throw new HttpError(400, 'otp_expired', 'The code has expired; ask for a new one');
      const clientFailures = challenge.failuresByClient[client] ?? 0;
      // Refused before the code is compared: this client's guesses at this code are used up.
      if (clientFailures >= this.policy.maxFailuresPerClient) throw tooManyGuesses();

      const expected = Buffer.from(challenge.codeHash, 'hex');
      const given = Buffer.from(this.hash(purpose, phone, code), 'hex');
      const matches = challenge.purpose === purpose && timingSafeEqual(expected, given);
      const failures = challenge.failures + 1;
      const burnt = failures >= this.policy.maxFailuresPerCode;
      const updated: OtpChallenge = matches
        ? { ...challenge, codeHash: null }
        : {
            ...challenge,
            failures,
            failuresByClient: { ...challenge.failuresByClient, [client]: clientFailures + 1 },
            codeHash: burnt ? null : challenge.codeHash,
          };
      const next: OtpDoc = {
        ...live,
        challenges: live.challenges.map((c) => (c.id === challengeId ? updated : c)),
        version: live.version + 1,
      };
      if (!(await this.otps.save(next, live.version))) continue; // someone else came first: decide again
      if (matches) return;
      const attemptsLeft = Math.min(
        this.policy.maxFailuresPerClient - clientFailures - 1,
        this.policy.maxFailuresPerCode - failures,
      );
      if (attemptsLeft <= 0) throw tooManyGuesses();
      throw new HttpError(400, 'otp_invalid', 'Wrong code', { details: { attemptsLeft } });
    }
    throw new HttpError(429, 'too_many_requests', 'Too many simultaneous attempts for this number');
  }

  /** Limits are counted per client without keeping its address: a keyed hash, short enough for a map key. */
  private clientKey(client: string): string {
    return createHmac('sha256', this.hmacKey).update(`client:${client}`).digest('hex').slice(0, 16);
  }

  private hash(purpose: OtpPurpose, phone: string, code: string): string {
    return createHmac('sha256', this.hmacKey).update(`${purpose}:${phone}:${code}`).digest('hex');
  }
}

function tooManyGuesses(): HttpError {
  return new HttpError(429, 'otp_burnt', 'Too many wrong codes; ask for a new code');
}

function tooManyRequests(message: string, until: Date, now: Date): HttpError {
  return new HttpError(429, 'too_many_requests', message, {
    headers: { 'Retry-After': String(secondsBetween(now, until)) },
  });
}

function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}

function latest(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function secondsBetween(from: Date, to: Date): number {
  return Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 1000));
}
