import { LANGUAGES, type Language } from '@phyto/shared';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path).forEach((v, k) => out.set(k, v));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

export interface LanguageReport {
  language: Language;
  /** Keys English has (or plural forms this language's grammar needs) that this language lacks. */
  missing: string[];
  /** Keys whose {{placeholders}} differ from English: the sentence would lose a number or a name. */
  placeholderMismatch: string[];
}

/**
 * Compares every language with English. Plural keys are checked against the plural forms the language
 * really uses (Intl.PluralRules: French needs `_many`, Hindi does not).
 */
export function i18nReport(locales: Record<Language, Tree>): LanguageReport[] {
  const reference = flatten(locales.en);
  return LANGUAGES.filter((l) => l !== 'en').map((language) => {
    const strings = flatten(locales[language]);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const required = new Map<string, string>();
    for (const [key, text] of reference) {
      const base = key.replace(PLURAL_SUFFIX, '');
      if (base === key) required.set(key, text);
      else categories.forEach((c) => required.set(`${base}_${c}`, text));
    }
    const missing = [...required.keys()].filter((k) => !strings.has(k));
    const placeholderMismatch = [...required]
      .filter(([k]) => strings.has(k))
      .filter(([k, text]) => placeholders(text).join() !== placeholders(strings.get(k) ?? '').join())
      .map(([k]) => k);
    return { language, missing, placeholderMismatch };
  });
}
