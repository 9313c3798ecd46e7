import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { OTP_LENGTH, OTP_TTL_SECONDS } from '@phyto/shared/otp';
import type { SmsSender } from '../clients/sms-sender.ts';
import type { Clock } from '../lib/clock.ts';
import { HttpError } from '../lib/http-error.ts';
import { KeyedMutex } from '../lib/keyed-mutex.ts';
import type { OtpDoc, OtpPurpose, OtpRepository } from '../repositories/otp.repository.ts';

export interface OtpPolicy {
  ttlSeconds: number;
  resendCooldownSeconds: number;
  maxSendsPerWindow: number;
  sendWindowSeconds: number;
  /** Wrong codes allowed per number before it locks; a new code does not reset the count. */
  maxFailures: number;
  lockSeconds: number;
}

export const DEFAULT_OTP_POLICY: OtpPolicy = {
  ttlSeconds: OTP_TTL_SECONDS,
  resendCooldownSeconds: 60,
  maxSendsPerWindow: 5,
  sendWindowSeconds: 60 * 60,
  maxFailures: 5,
  lockSeconds: 60 * 60,
};

/** A lost optimistic-concurrency race is retried this often before giving up. */
const MAX_RACE_RETRIES = 10;

export interface IssuedOtp {
  code: string;
  expiresInSeconds: number;
  retryAfterSeconds: number;
}

/**
 * One-time codes per phone number. Everything about a number lives in one document, written under a
 * per-number lock and with a version check, so parallel requests cannot double-spend a code or lose a
 * failure (FerretDB has neither transactions nor atomic conditional updates). Whether the number has
 * an account is never looked at here.
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

  issue(phone: string, purpose: OtpPurpose): Promise<IssuedOtp> {
    return this.perNumber.run(phone, () => this.issueNow(phone, purpose));
  }

  /** Resolves when `code` is the live code for this number and purpose, consuming it; throws otherwise. */
  consume(phone: string, purpose: OtpPurpose, code: string): Promise<void> {
    return this.perNumber.run(phone, () => this.consumeNow(phone, purpose, code));
  }

  private async issueNow(phone: string, purpose: OtpPurpose): Promise<IssuedOtp> {
    for (let attempt = 0; attempt < MAX_RACE_RETRIES; attempt++) {
      const now = this.clock.now();
      const { stored, live } = await this.readUnlocked(phone, now);
      if (live) {
        const cooldownEnds = addSeconds(live.lastSentAt, this.policy.resendCooldownSeconds);
        if (cooldownEnds > now)
          throw tooManyRequests('Wait before asking for another code', cooldownEnds, now);
      }
      const windowOpen = live !== null && addSeconds(live.windowStart, this.policy.sendWindowSeconds) > now;
      const windowStart = windowOpen ? live.windowStart : now;
      const sends = windowOpen ? live.sendsInWindow : 0;
      if (sends >= this.policy.maxSendsPerWindow) {
        const windowEnds = addSeconds(windowStart, this.policy.sendWindowSeconds);
        throw tooManyRequests('Too many codes for this number; try again later', windowEnds, now);
      }

      const code = randomInt(0, 10 ** OTP_LENGTH)
        .toString()
        .padStart(OTP_LENGTH, '0');
      const expiresAt = addSeconds(now, this.policy.ttlSeconds);
      const next: OtpDoc = {
        _id: phone,
        purpose,
        codeHash: this.hash(purpose, phone, code),
        expiresAt,
        lastSentAt: now,
        windowStart,
        sendsInWindow: sends + 1,
        // Kept on purpose: a new code is no way out of the failure count. Only a served lock clears it.
        failures: live && !live.lockedUntil ? live.failures : 0,
        lockedUntil: null,
        purgeAt: latest(expiresAt, addSeconds(windowStart, this.policy.sendWindowSeconds)),
        version: (stored?.version ?? 0) + 1,
      };
      if (!(await this.otps.save(next, stored?.version ?? null))) continue;

      try {
        await this.sms.sendOtp(phone, code);
      } catch (err) {
        throw new HttpError(503, 'unavailable', 'Could not send the code; try again shortly', { cause: err });
      }
      return {
        code,
        expiresInSeconds: this.policy.ttlSeconds,
        retryAfterSeconds: this.policy.resendCooldownSeconds,
      };
    }
    throw new HttpError(429, 'too_many_requests', 'Too many simultaneous requests for this number');
  }

  private async consumeNow(phone: string, purpose: OtpPurpose, code: string): Promise<void> {
    for (let attempt = 0; attempt < MAX_RACE_RETRIES; attempt++) {
      const now = this.clock.now();
      const { live } = await this.readUnlocked(phone, now);
      if (!live?.codeHash) {
        throw new HttpError(400, 'otp_invalid', 'No active code for this number; ask for a new one');
      }
      if (live.expiresAt <= now)
        throw new HttpError(400, 'otp_expired', 'The code has expired; ask for a new one');

      const expected = Buffer.from(live.codeHash, 'hex');
      const given = Buffer.from(this.hash(purpose, phone, code), 'hex');
      const matches = live.purpose === purpose && timingSafeEqual(expected, given);
      if (matches) {
        const used: OtpDoc = { ...live, codeHash: null, failures: 0, version: live.version + 1 };
        if (await this.otps.save(used, live.version)) return;
        continue; // someone else changed it (maybe used it): decide again on fresh data
      }

      const failures = live.failures + 1;
      const lockedUntil =
        failures >= this.policy.maxFailures ? addSeconds(now, this.policy.lockSeconds) : null;
      const failed: OtpDoc = {
        ...live,
        failures,
        codeHash: lockedUntil ? null : live.codeHash, // a locked number's code is burnt
        lockedUntil,
        purgeAt: lockedUntil ? latest(live.purgeAt, lockedUntil) : live.purgeAt,
        version: live.version + 1,
      };
      if (!(await this.otps.save(failed, live.version))) continue;
      if (lockedUntil) throw lockedError(lockedUntil, now);
      throw new HttpError(400, 'otp_invalid', 'Wrong code', {
        details: { attemptsLeft: this.policy.maxFailures - failures },
      });
    }
    throw new HttpError(429, 'too_many_requests', 'Too many simultaneous attempts for this number');
  }

  /** The number's stored state and its live part (null once purged); a locked number is refused here. */
  private async readUnlocked(
    phone: string,
    now: Date,
  ): Promise<{ stored: OtpDoc | null; live: OtpDoc | null }> {
    const stored = await this.otps.find(phone);
    const live = stored && stored.purgeAt > now ? stored : null;
    const lock = activeLock(live, now);
    if (lock) throw lockedError(lock, now);
    return { stored, live };
  }

  private hash(purpose: OtpPurpose, phone: string, code: string): string {
    return createHmac('sha256', this.hmacKey).update(`${purpose}:${phone}:${code}`).digest('hex');
  }
}

function activeLock(doc: OtpDoc | null, now: Date): Date | null {
  return doc?.lockedUntil && doc.lockedUntil > now ? doc.lockedUntil : null;
}

function lockedError(until: Date, now: Date): HttpError {
  return new HttpError(429, 'otp_locked', 'Too many wrong codes; this number is locked for a while', {
    headers: { 'Retry-After': String(secondsBetween(now, until)) },
  });
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
