import { verdictOf, type Language } from '@phyto/shared';
import type { StoredPrediction } from '../db/predictions.ts';
import { cropName } from '../i18n/languages.ts';
import { diseaseName } from '../i18n/format.ts';

/** Column headings and the words for verdicts and sync states, in the farmer's language. */
export interface CsvLabels {
  headings: [string, string, string, string, string, string, string, string];
  verdict: (p: StoredPrediction) => string;
  syncState: (p: StoredPrediction) => string;
}

/**
 * Spreadsheets split a CSV on the list separator of the computer's region: a comma where the decimal mark
 * is a point, a semicolon where it is a comma (French, Spanish, Portuguese). Picking by the app's language
 * opens the file in columns on a double-click in those regions.
 */
export function csvSeparator(language: Language): ',' | ';' {
  return language === 'fr' || language === 'es' || language === 'pt' ? ';' : ',';
}

/**
 * The history as CSV, one row per diagnosis: date, crop, verdict, top result, confidence (whole percent,
 * so no decimal mark is involved), note, photo count, sync state. UTF-8 with a byte-order mark (Excel reads
 * Hindi and accents right only with it), CRLF line ends, every field quoted.
 */
export function historyCsv(records: StoredPrediction[], labels: CsvLabels, language: Language): string {
  const separator = csvSeparator(language);
  const rows = [labels.headings as readonly string[]];
  for (const p of records) {
    const top = p.top5[0];
    const confident = verdictOf(p) === 'confident';
    rows.push([
      p.createdAt,
      p.crop === null ? '' : cropName(p.crop, language),
      labels.verdict(p),
      top === undefined || verdictOf(p) === 'notLeaf' ? '' : diseaseName(top.classId, language),
      top === undefined || !confident ? '' : String(Math.round(top.confidence * 100)),
      p.note,
      String(p.photoCount),
      labels.syncState(p),
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(separator)).join('\r\n')}\r\n`;
}

/**
 * One quoted field. A note starting with = + - @ (or a tab or carriage return) would run as a formula when
 * the file is opened: a leading apostrophe keeps it text (OWASP, CSV injection).
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}
