import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, LANGUAGES, type Language } from '@phyto/shared';
import type { QualityIssue } from '../ml/useInference.ts';
import { i18nReport, type Tree } from './missing-keys.ts';

const files = import.meta.glob<Tree>('./locales/*.json', { import: 'default', eager: true });
const locales = Object.fromEntries(LANGUAGES.map((l) => [l, files[`./locales/${l}.json`] ?? {}])) as Record<
  Language,
  Tree
>;

describe('translations', () => {
  for (const report of i18nReport(locales)) {
    it(`${report.language} has every UI string English has`, () => {
      if (report.missing.length > 0)
        console.log(`${report.language} is missing:\n  ${report.missing.join('\n  ')}`);
      expect(report.missing).toEqual([]);
    });
    it(`${report.language} keeps every {{placeholder}}`, () => {
      expect(report.placeholderMismatch).toEqual([]);
    });
  }

  // Side by side in a list, "पत्ता नहीं" (not a leaf) and "पता नहीं चल सका" (can't tell) were mistaken for
  // each other: the three answers must differ from their first word, and read the same everywhere.
  for (const language of LANGUAGES) {
    it(`${language} names the three answers with words that differ from the first one`, () => {
      const text = (path: string) =>
        path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], locales[language]);
      const answers = ['confident', 'unsure', 'notLeaf'].map((v) => String(text(`history.verdict.${v}`)));
      const firstWords = answers.map((a) => a.split(/\s+/)[0]?.toLocaleLowerCase());
      expect(new Set(firstWords).size, answers.join(' / ')).toBe(3);
      expect(text('result.unsureShort')).toBe(answers[1]);
      expect(text('result.notLeafShort')).toBe(answers[2]);
    });
  }
});

describe('keys used in the code', () => {
  // Every source file of the app, as text (Vite's glob import also works under Vitest).
  const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const english = new Set(flattenKeys(locales.en));

  it('exist in English (a typo would show the raw key to the farmer)', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[\w.]+)'/g)) used.add(m[1] ?? '');
      // Errors thrown anywhere (the ML worker too) carry an i18n key as message.
      for (const m of text.matchAll(/'(errors\.\w+)'/g)) used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(50);
    const unknown = [...used].filter((k) => !english.has(k) && !english.has(`${k}_other`));
    expect(unknown).toEqual([]);
  });

  it('cover every API error code and photo quality issue', () => {
    for (const code of [...API_ERROR_CODES, 'network', 'bad_reply'])
      expect(english).toContain(`apiErrors.${code}`);
    for (const issue of ['too_dark', 'too_bright', 'too_blurry', 'too_small'] satisfies QualityIssue[]) {
      expect(english).toContain(`quality.${issue}`);
    }
  });
});

function flattenKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]: [string, unknown]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flattenKeys(v as object, `${prefix}${k}.`),
  );
}
