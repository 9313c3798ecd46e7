import * as z from 'zod/mini';

/** A phone number as typed by a person; the server normalises it to E.164. */
export const PhoneInputSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(5, 'Phone number is too short'),
    z.maxLength(32, 'Phone number is too long'),
    z.regex(/^\+?[0-9 ()\-.]+$/, 'Phone number may contain digits, spaces, dashes and a leading +'),
  );

/** A normalised phone number, e.g. +254712345678. */
export const E164Schema = z.string().check(z.regex(/^\+[1-9]\d{6,14}$/, 'Not an E.164 phone number'));
export type E164 = z.infer<typeof E164Schema>;
