import * as z from 'zod/mini';
import { OtpChallengeIdSchema, OtpCodeSchema } from './otp.ts';

/** Deleting an account needs a fresh code sent to its number: proof the number is still the farmer's. */
export const AccountDeleteBodySchema = z.strictObject({
  challengeId: OtpChallengeIdSchema,
  code: OtpCodeSchema,
});
export type AccountDeleteBody = z.infer<typeof AccountDeleteBodySchema>;

/** Every token of the account is void once this is answered; the erasure of its data finishes in the background. */
export const AccountDeletedReplySchema = z.object({ deleted: z.literal(true) });
export type AccountDeletedReply = z.infer<typeof AccountDeletedReplySchema>;
