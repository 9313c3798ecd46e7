import { CSV_BOM, csvLine, localTimeWithOffset, recordFields, type Language } from '@phyto/shared';
import type { StoredPrediction } from '../db/predictions.ts';
import { cropName } from '../i18n/languages.ts';
import { diseaseName } from '../i18n/format.ts';

/** Headings of the translated columns, and the words for verdicts and sync states, in the farmer's language. */
export interface CsvLabels {
  crop: string;
  answer: string;
  disease: string;
  sync: string;
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
 * The phone's history as CSV, one row per diagnosis: the language-neutral columns (shared/src/record-export.ts:
 * ids, codes, UTC) with the time where the phone was, and beside them the crop, answer, disease and sync
 * state in the farmer's language. An organisation merges exports from phones in different languages on the
 * neutral columns. Confidence is a whole percent, so no decimal mark is involved.
 */
export function historyCsv(
  records: StoredPrediction[],
  labels: CsvLabels,
  language: Language,
  offsetMinutes: (iso: string) => number = (iso) => -new Date(iso).getTimezoneOffset(),
): string {
  const separator = csvSeparator(language);
  const headings = [
    'record_id',
    'created_local',
    'created_utc',
    'crop_id',
    labels.crop,
    'verdict',
    labels.answer,
    'class_id',
    labels.disease,
    'confidence_pct',
    'leaves',
    'note',
    'farmer',
    'place',
    'latitude',
    'longitude',
    'sync_state',
    labels.sync,
  ];
  let csv = CSV_BOM + csvLine(headings, separator);
  for (const p of records) {
    const [id = '', utc = '', cropId = '', verdict = '', classId = '', confidence = '', ...rest] =
      recordFields(p);
    csv += csvLine(
      [
        id,
        localTimeWithOffset(p.createdAt, offsetMinutes(p.createdAt)),
        utc,
        cropId,
        p.crop === null ? '' : cropName(p.crop, language),
        verdict,
        labels.verdict(p),
        classId,
        classId === '' ? '' : diseaseName(classId, language),
        confidence,
        ...rest, // leaves, note, farmer, place, latitude, longitude
        p.syncState,
        labels.syncState(p),
      ],
      separator,
    );
  }
  return csv;
}
