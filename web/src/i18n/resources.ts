import type { Language } from '@phyto/shared';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import hi from './locales/hi.json';
import pt from './locales/pt.json';
import sw from './locales/sw.json';

/** One bundled JSON per language (a few KB each): the app must speak the farmer's language offline. */
export const resources: Record<Language, { translation: typeof en }> = {
  en: { translation: en },
  hi: { translation: hi },
  sw: { translation: sw },
  es: { translation: es },
  fr: { translation: fr },
  pt: { translation: pt },
};
