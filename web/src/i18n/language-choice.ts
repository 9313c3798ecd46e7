import { LANGUAGES, LanguageSchema, type Language } from '@phyto/shared';

const LANGUAGE_KEY = 'phyto.language';

/** The remembered choice, else the phone's language when the app speaks it, else English. */
export function storedLanguage(): Language {
  const stored = LanguageSchema.safeParse(globalThis.localStorage?.getItem(LANGUAGE_KEY));
  if (stored.success) return stored.data;
  const preferred = (globalThis.navigator?.languages ?? []).map((l) => l.slice(0, 2));
  return preferred.map((l) => LanguageSchema.safeParse(l)).find((r) => r.success)?.data ?? 'en';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
}

/** i18next may report 'en-US' or an unknown code; the advice catalogue needs one of ours. */
export function asLanguage(code: string | undefined): Language {
  return LANGUAGES.find((l) => l === code) ?? LANGUAGES.find((l) => l === code?.slice(0, 2)) ?? 'en';
}
