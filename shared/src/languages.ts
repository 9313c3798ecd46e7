import * as z from 'zod/mini';

/** Languages the app and the advice are written in. English is the fallback. */
export const LANGUAGES = ['en', 'hi', 'sw', 'es', 'fr', 'pt'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** Each language's own name for itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  hi: 'हिन्दी',
  sw: 'Kiswahili',
  es: 'Español',
  fr: 'Français',
  pt: 'Português',
};
