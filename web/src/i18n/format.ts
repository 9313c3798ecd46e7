import { findClass, type Language } from '@phyto/shared';
import { cropName, recommendationFor } from './languages.ts';

/** A class's display name in the language (the advice catalogue's name), e.g. "Late blight". */
export function diseaseName(classId: string, language: Language): string {
  return recommendationFor(classId, language)?.name ?? classId;
}

/** The crop a class belongs to, named in the language. */
export function classCropName(classId: string, language: Language): string {
  const crop = findClass(classId)?.crop;
  return crop === undefined ? '' : cropName(crop, language);
}

export function formatPercent(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
