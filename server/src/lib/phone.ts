import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { E164Schema, type E164 } from '@phyto/shared/phone';
import { HttpError } from './http-error.ts';

/** E.164 form of a typed number, so `+254 712 345678` and `+254712345678` are one account. */
export function normalizePhone(input: string, defaultCountry?: string): E164 {
  const parsed = parsePhoneNumberFromString(input, defaultCountry as CountryCode | undefined);
  const e164 = parsed?.isValid() ? E164Schema.safeParse(parsed.number) : undefined;
  if (!e164?.success) {
    throw new HttpError(
      400,
      'validation_failed',
      'Not a valid phone number; include the country code, e.g. +254…',
    );
  }
  return e164.data;
}
