import type { Language } from '@phyto/shared/languages';
import type { LanguageAdvice } from './recommendation.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { pt } from './pt.ts';
import { sw } from './sw.ts';

/** Every language's advice at once (tests, scripts); the app loads languages lazily instead. */
export const ADVICE: Record<Language, LanguageAdvice> = { en, hi, sw, es, fr, pt };
