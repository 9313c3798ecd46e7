import { z } from 'zod';
import { LanguageSchema } from './languages.ts';
import { PhoneInputSchema } from './phone.ts';

export const OTP_LENGTH = 6;
export const OTP_TTL_SECONDS = 5 * 60;

export const OtpCodeSchema = z.string().regex(/^\d{6}$/, 'The code is 6 digits');

export const OtpRequestBodySchema = z.object({ phone: PhoneInputSchema }).strict();
export type OtpRequestBody = z.infer<typeof OtpRequestBodySchema>;

/** Same reply whether or not the number has an account, so sign-in cannot be used to probe numbers. */
export const OtpRequestReplySchema = z.object({
  sent: z.literal(true),
  expiresInSeconds: z.number().int().positive(),
  retryAfterSeconds: z.number().int().nonnegative(),
  /** Only in development mode, never in production. */
  devCode: OtpCodeSchema.optional(),
});
export type OtpRequestReply = z.infer<typeof OtpRequestReplySchema>;

export const SigninVerifyBodySchema = z.object({ phone: PhoneInputSchema, code: OtpCodeSchema }).strict();
export type SigninVerifyBody = z.infer<typeof SigninVerifyBodySchema>;

export const SignupVerifyBodySchema = z
  .object({
    phone: PhoneInputSchema,
    code: OtpCodeSchema,
    name: z.string().trim().min(1, 'Name is required').max(80, 'Name is too long'),
    language: LanguageSchema,
  })
  .strict();
export type SignupVerifyBody = z.infer<typeof SignupVerifyBodySchema>;
