// Prints, per language, the UI strings missing from web/src/i18n/locales (exit 1 when any).
// Usage: npx tsx scripts/i18n-report.ts
import { i18nReport } from '../web/src/i18n/missing-keys.ts';

let problems = 0;
for (const { language, missing, placeholderMismatch } of i18nReport()) {
  problems += missing.length + placeholderMismatch.length;
  console.log(
    `${language}: ${missing.length} missing, ${placeholderMismatch.length} with different {{placeholders}}`,
  );
  missing.forEach((k) => console.log(`  missing      ${k}`));
  placeholderMismatch.forEach((k) => console.log(`  placeholders ${k}`));
}
process.exitCode = problems > 0 ? 1 : 0;
