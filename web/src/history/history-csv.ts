import {
  CSV_BOM,
  csvLine,
  localTimeWithOffset,
  RECORD_COLUMNS,
  recordFields,
  type Language,
} from '@phyto/shared';
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

/** The phone's own columns, each placed beside the neutral column it goes with. */
interface PhoneColumns {
  local: string;
  crop: string;
  answer: string;
  disease: string;
  syncState: string;
  sync: string;
}

/**
 * One row of the phone's CSV, headings or values alike, so both follow one layout: the neutral columns in
 * RECORD_COLUMNS order with the local time after the id, each translated word after its code, and the
 * sync state last.
 */
function phoneRow(neutral: string[], phone: PhoneColumns): string[] {
  const [id = '', utc = '', cropId = '', verdict = '', classId = '', confidence = '', ...rest] = neutral;
  return [
    id,
    phone.local,
    utc,
    cropId,
    phone.crop,
    verdict,
    phone.answer,
    classId,
    phone.disease,
    confidence,
    ...rest, // leaves, note, farmer, place, latitude, longitude
    phone.syncState,
    phone.sync,
  ];
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
  const headings = phoneRow([...RECORD_COLUMNS], {
    local: 'created_local',
    crop: labels.crop,
    answer: labels.answer,
    disease: labels.disease,
    syncState: 'sync_state',
    sync: labels.sync,
  });
  let csv = CSV_BOM + csvLine(headings, separator);
  for (const p of records) {
    const neutral = recordFields(p);
    const classId = neutral[RECORD_COLUMNS.indexOf('class_id')] ?? '';
    const row = phoneRow(neutral, {
      local: localTimeWithOffset(p.createdAt, offsetMinutes(p.createdAt)),
      crop: p.crop === null ? '' : cropName(p.crop, language),
      answer: labels.verdict(p),
      disease: classId === '' ? '' : diseaseName(classId, language),
      syncState: p.syncState,
      sync: labels.syncState(p),
    });
    csv += csvLine(row, separator);
  }
  return csv;
}
