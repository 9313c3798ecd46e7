import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { englishTranslation, loadLanguage } from './languages.ts';
import { storedLanguage } from './language-choice.ts';

/** Every UI string lives in ./locales/<lang>.json; disease and crop names come from the shared advice. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: englishTranslation } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false, // English is bundled: render from the first frame
});

/** Switches to a language once its strings and advice are loaded (English meanwhile, or if loading fails). */
export async function switchLanguage(language: Parameters<typeof loadLanguage>[1]): Promise<void> {
  // English advice is the fallback for every language, so it is always loaded alongside.
  await Promise.all([loadLanguage(i18n, 'en'), loadLanguage(i18n, language)]).catch(() => undefined);
  await i18n.changeLanguage(language);
}

/** Before the first render: the remembered language. */
export const languageReady = switchLanguage(storedLanguage());
