import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/mobile';
import type { Language } from '@phyto/shared';

export type { CountryCode };

/** Where a language's speakers most often farm, when the browser names no region. */
const COUNTRY_OF_LANGUAGE: Record<Language, CountryCode> = {
  en: 'KE',
  hi: 'IN',
  sw: 'KE',
  es: 'MX',
  fr: 'SN',
  pt: 'BR',
};

const COUNTRIES = new Set<string>(getCountries());

/**
 * The region of a browser language in the app's language (`sw-TZ` → TZ for the Swahili app), else the app
 * language's country. A region of another language says little: a Swahili app on a phone set to `en-US`
 * is in East Africa far more likely than in the United States.
 */
export function defaultCountry(browserLanguages: readonly string[], language: Language): CountryCode {
  for (const tag of browserLanguages) {
    const [tagLanguage, region] = tag.split('-');
    if (tagLanguage?.toLowerCase() !== language || region === undefined) continue;
    if (COUNTRIES.has(region.toUpperCase())) return region.toUpperCase() as CountryCode;
  }
  return COUNTRY_OF_LANGUAGE[language];
}

/**
 * A number as people type it — local (`0712 345 678`, `98765 43210`) or international (`+254…`) — in E.164
 * when it is a valid mobile number of `country` (or of the country its own + prefix names), else null.
 */
export function toE164(typed: string, country: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(typed, country);
  return parsed?.isValid() ? parsed.number : null;
}

export function callingCode(country: CountryCode): string {
  return `+${getCountryCallingCode(country)}`;
}

/** Every country, named in the UI language, sorted by that name. */
export function countryChoices(language: Language): { code: CountryCode; name: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  return getCountries()
    .map((code) => ({ code, name: `${names.of(code) ?? code} (${callingCode(code)})` }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}
