import type { Language } from '../languages.ts';
import type { LanguageAdvice, Recommendation } from './recommendation.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { pt } from './pt.ts';
import { sw } from './sw.ts';

export const ADVICE: Record<Language, LanguageAdvice> = { en, hi, sw, es, fr, pt };

/** Advice for a class in a language, falling back to English. */
export function recommendationFor(classId: string, language: Language): Recommendation | undefined {
  return ADVICE[language].classes[classId] ?? ADVICE.en.classes[classId];
}

/** A crop's name in a language, falling back to English. */
export function cropName(cropId: string, language: Language): string {
  return ADVICE[language].crops[cropId] ?? ADVICE.en.crops[cropId] ?? cropId;
}
