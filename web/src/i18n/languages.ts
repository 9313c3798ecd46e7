import type { Language } from '@phyto/shared';
import type { LanguageAdvice, Recommendation } from '../advice/recommendation.ts';
import { cropNameIn, recommendationIn } from '../advice/lookup';
import type { i18n as I18n } from 'i18next';
import en from './locales/en.json';

export type Translation = typeof en;

/** English UI strings ship in the app shell; advice (English too, the fallback) and other languages' strings
 *  are lazy chunks that the service worker precaches, so they load offline without weighing on the shell. */
const loaders: Record<Language, () => Promise<[{ default: Translation }, LanguageAdvice]>> = {
  en: () => import('../advice/en').then((m) => [{ default: en }, m.en]),
  hi: () => Promise.all([import('./locales/hi.json'), import('../advice/hi').then((m) => m.hi)]),
  sw: () => Promise.all([import('./locales/sw.json'), import('../advice/sw').then((m) => m.sw)]),
  es: () => Promise.all([import('./locales/es.json'), import('../advice/es').then((m) => m.es)]),
  fr: () => Promise.all([import('./locales/fr.json'), import('../advice/fr').then((m) => m.fr)]),
  pt: () => Promise.all([import('./locales/pt.json'), import('../advice/pt').then((m) => m.pt)]),
};

export const englishTranslation = en;

const advice = new Map<Language, LanguageAdvice>();
const loading = new Map<Language, Promise<void>>();

/** Loads a language's UI strings into i18next and its advice into the catalogue (once). */
export function loadLanguage(i18n: I18n, language: Language): Promise<void> {
  if (advice.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (pending === undefined) {
    pending = loaders[language]().then(([ui, languageAdvice]) => {
      if (language !== 'en') i18n.addResourceBundle(language, 'translation', ui.default);
      advice.set(language, languageAdvice);
    });
    // A failed load (offline before the first visit finished caching) may be retried later.
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** Advice for a class in the language, falling back to English. */
export function recommendationFor(classId: string, language: Language): Recommendation | undefined {
  return recommendationIn(advice, classId, language);
}

/** A crop's name in the language, falling back to English. */
export function cropName(cropId: string, language: Language): string {
  return cropNameIn(advice, cropId, language);
}
