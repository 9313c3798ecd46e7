// Prints, per language, the UI strings missing from web/src/i18n/locales (exit 1 when any).
// Usage: npx tsx scripts/i18n-report.ts
import { readFileSync } from 'node:fs';
import { LANGUAGES, type Language } from '../shared/src/languages.ts';
import { i18nReport, type Tree } from '../web/src/i18n/missing-keys.ts';

const locales = Object.fromEntries(
  LANGUAGES.map((l) => [
    l,
    JSON.parse(readFileSync(new URL(`../web/src/i18n/locales/${l}.json`, import.meta.url), 'utf8')) as Tree,
  ]),
) as Record<Language, Tree>;

let problems = 0;
for (const { language, missing, placeholderMismatch } of i18nReport(locales)) {
  problems += missing.length + placeholderMismatch.length;
  console.log(
    `${language}: ${missing.length} missing, ${placeholderMismatch.length} with different {{placeholders}}`,
  );
  missing.forEach((k) => console.log(`  missing      ${k}`));
  placeholderMismatch.forEach((k) => console.log(`  placeholders ${k}`));
}
process.exitCode = problems > 0 ? 1 : 0;
