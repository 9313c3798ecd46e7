import { z } from 'zod';
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

export const ProfileUpdateBodySchema = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    language: LanguageSchema.optional(),
    crops: z.array(CropIdSchema).max(20).optional(),
  })
  .strict();
export type ProfileUpdateBody = z.infer<typeof ProfileUpdateBodySchema>;
