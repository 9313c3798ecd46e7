import type { Language } from '@phyto/shared/languages';
import type { LanguageAdvice, Recommendation } from './recommendation.ts';

/** The advice loaded so far, by language (the app loads languages lazily; English is the fallback). */
export type LoadedAdvice = ReadonlyMap<Language, LanguageAdvice>;

/** Advice for a class in a language, falling back to English. */
export function recommendationIn(
  advice: LoadedAdvice,
  classId: string,
  language: Language,
): Recommendation | undefined {
  return advice.get(language)?.classes[classId] ?? advice.get('en')?.classes[classId];
}

/** A crop's name in a language, falling back to English, then to its id. */
export function cropNameIn(advice: LoadedAdvice, cropId: string, language: Language): string {
  return advice.get(language)?.crops[cropId] ?? advice.get('en')?.crops[cropId] ?? cropId;
}
