import * as z from 'zod/mini';
import { LanguageSchema } from './languages.ts';
import { PhoneInputSchema } from './phone.ts';

export const OTP_LENGTH = 6;
export const OTP_TTL_SECONDS = 5 * 60;

export const OtpCodeSchema = z.string().check(z.regex(/^\d{6}$/, 'The code is 6 digits'));

/** Names the code a request-otp reply announced; a verify must send it back with the code. */
export const OtpChallengeIdSchema = z.string().check(z.regex(/^[0-9a-f]{32}$/, 'Not a code request id'));

export const OtpRequestBodySchema = z.strictObject({ phone: PhoneInputSchema });
export type OtpRequestBody = z.infer<typeof OtpRequestBodySchema>;

/** Same reply whether or not the number has an account, so sign-in cannot be used to probe numbers. */
export const OtpRequestReplySchema = z.object({
  sent: z.literal(true),
  /** Send it back with the code: the code belongs to this request, and only its guesses count against it. */
  challengeId: OtpChallengeIdSchema,
  expiresInSeconds: z.int().check(z.positive()),
  retryAfterSeconds: z.int().check(z.nonnegative()),
  /** Only in development mode, never in production. */
  devCode: z.optional(OtpCodeSchema),
});
export type OtpRequestReply = z.infer<typeof OtpRequestReplySchema>;

export const SigninVerifyBodySchema = z.strictObject({
  phone: PhoneInputSchema,
  challengeId: OtpChallengeIdSchema,
  code: OtpCodeSchema,
});
export type SigninVerifyBody = z.infer<typeof SigninVerifyBodySchema>;

export const SignupVerifyBodySchema = z.strictObject({
  phone: PhoneInputSchema,
  challengeId: OtpChallengeIdSchema,
  code: OtpCodeSchema,
  name: z.string().check(z.trim(), z.minLength(1, 'Name is required'), z.maxLength(80, 'Name is too long')),
  language: LanguageSchema,
});
export type SignupVerifyBody = z.infer<typeof SignupVerifyBodySchema>;
