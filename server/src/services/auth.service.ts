import { randomUUID } from 'node:crypto';
import type { AccountDeleteBody, AccountDeletedReply } from '@phyto/shared/account-deletion';
import type { OtpRequestReply, SigninVerifyBody, SignupVerifyBody } from '@phyto/shared/otp';
import type { AuthReply } from '@phyto/shared/user';
import type { TokenSigner } from '../clients/token-signer.ts';
import type { Clock } from '../lib/clock.ts';
import { HttpError } from '../lib/http-error.ts';
import { isDuplicateKey } from '../lib/mongo-errors.ts';
import { normalizePhone } from '../lib/phone.ts';
import type { OtpPurpose } from '../repositories/otp.repository.ts';
import type { UserDoc, UserRepository } from '../repositories/user.repository.ts';
import { toUser } from './user-record.ts';
import type { AccountErasureService } from './account-erasure.service.ts';
import type { OtpService } from './otp.service.ts';

export interface AuthServiceOptions {
  /** Development only: echo the code in the reply so the app can be tried without SMS. */
  devOtpInReply: boolean;
  phoneDefaultCountry: string | undefined;
}

/** Sign-up and sign-in by phone: a verified one-time code buys a 30-day token. */
export class AuthService {
  constructor(
    private readonly otp: OtpService,
    private readonly users: UserRepository,
    private readonly tokens: TokenSigner,
    private readonly clock: Clock,
    private readonly erasure: AccountErasureService,
    private readonly options: AuthServiceOptions,
  ) {}

  /**
   * Sends a code for a new challenge. The reply is the same whether or not the number has an account, so it
   * cannot be used to probe; `client` is the caller's address, which the code limits count per caller.
   */
  requestCode(purpose: OtpPurpose, rawPhone: string, client: string): Promise<OtpRequestReply> {
    return this.#issue(this.phone(rawPhone), purpose, client);
  }

  /** A fresh code to the account's own number: deleting the account needs proof the number is still theirs. */
  requestDeletionCode(user: UserDoc, client: string): Promise<OtpRequestReply> {
    return this.#issue(user.phone, 'delete-account', client);
  }

  /**
   * Deletes the account once the code checks out: every token stops working and the number can sign up
   * again as soon as this answers; the records, photos and codes are erased right after (AccountErasureService).
   */
  async deleteAccount(user: UserDoc, body: AccountDeleteBody, client: string): Promise<AccountDeletedReply> {
    await this.otp.consume(user.phone, 'delete-account', body.challengeId, body.code, client);
    await this.users.markErasing(user, this.clock.now());
    this.erasure.eraseLater(user._id);
    return { deleted: true };
  }

  async #issue(phone: string, purpose: OtpPurpose, client: string): Promise<OtpRequestReply> {
    const issued = await this.otp.issue(phone, purpose, client);
    return {
      sent: true,
      challengeId: issued.challengeId,
      expiresInSeconds: issued.expiresInSeconds,
      retryAfterSeconds: issued.retryAfterSeconds,
      ...(this.options.devOtpInReply && { devCode: issued.code }),
    };
  }

  async signup(body: SignupVerifyBody, client: string): Promise<AuthReply> {
    const phone = this.phone(body.phone);
    await this.otp.consume(phone, 'signup', body.challengeId, body.code, client);
    const user = {
      _id: randomUUID(),
      phone,
      name: body.name,
      language: body.language,
      crops: [],
      createdAt: this.clock.now(),
    };
    try {
      await this.users.insert(user);
    } catch (err) {
      // Safe to say: the caller just proved they hold this number.
      if (isDuplicateKey(err))
        throw new HttpError(409, 'conflict', 'This number already has an account; sign in');
      throw err;
    }
    return { token: await this.tokens.sign(user._id, 0), user: toUser(user) };
  }

  async signin(body: SigninVerifyBody, client: string): Promise<AuthReply> {
    const phone = this.phone(body.phone);
    await this.otp.consume(phone, 'signin', body.challengeId, body.code, client);
    const user = await this.users.findByPhone(phone);
    if (!user) throw new HttpError(404, 'not_found', 'No account for this number; sign up first');
    return { token: await this.tokens.sign(user._id, user.tokenVersion ?? 0), user: toUser(user) };
  }

  /** Every token of the account stops working at once, this phone's included. */
  async signOutEverywhere(userId: string): Promise<void> {
    await this.users.bumpTokenVersion(userId);
  }

  private phone(raw: string): string {
    return normalizePhone(raw, this.options.phoneDefaultCountry);
  }
}
