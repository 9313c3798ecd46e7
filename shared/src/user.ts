import * as z from 'zod/mini';
import { CropIdSchema } from './crops.ts';
import { LanguageSchema } from './languages.ts';
import { E164Schema } from './phone.ts';

export const UserSchema = z.object({
  id: z.string(),
  phone: E164Schema,
  name: z.string(),
  language: LanguageSchema,
  crops: z.array(CropIdSchema),
  createdAt: z.iso.datetime(),
});
export type User = z.infer<typeof UserSchema>;

export const AuthReplySchema = z.object({ token: z.string(), user: UserSchema });
export type AuthReply = z.infer<typeof AuthReplySchema>;

export const MeReplySchema = z.object({ user: UserSchema });
export type MeReply = z.infer<typeof MeReplySchema>;

export const ProfileUpdateBodySchema = z.strictObject({
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
  language: z.optional(LanguageSchema),
  crops: z.optional(z.array(CropIdSchema).check(z.maxLength(20))),
});
export type ProfileUpdateBody = z.infer<typeof ProfileUpdateBodySchema>;
