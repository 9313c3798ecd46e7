import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { storedLanguage } from './language.ts';
import { resources } from './resources.ts';

/** Every UI string lives in ./locales/<lang>.json; disease and crop names come from @phyto/shared advice. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false, // the resources are bundled: render translated from the first frame
});
