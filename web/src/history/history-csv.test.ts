import { describe, expect, it } from 'vitest';
import { LANGUAGES, RECORD_COLUMNS } from '@phyto/shared';
import type { StoredPrediction } from '../db/predictions.ts';
import { newPrediction } from '../testing/fixtures.ts';
import { csvSeparator, historyCsv, type CsvLabels } from './history-csv.ts';

/** RFC 4180 as a spreadsheet reads it: quoted fields, doubled quotes, separators and newlines inside quotes. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

function stored(overrides: Partial<StoredPrediction>): StoredPrediction {
  return {
    ...newPrediction(),
    note: '',
    syncState: 'synced',
    syncedAt: null,
    rejectReason: null,
    origin: 'device',
    ...overrides,
  };
}

const labels: CsvLabels = {
  crop: 'Crop',
  answer: 'Answer',
  disease: 'Disease',
  sync: 'Sync',
  verdict: (p) => p.verdict ?? '',
  syncState: (p) => p.syncState,
};
/** The same words in Hindi, as a phone set to Hindi writes them. */
const hindi: CsvLabels = { ...labels, crop: 'फसल', answer: 'उत्तर', disease: 'रोग', sync: 'सिंक' };
const column = (name: string) => HEADINGS.indexOf(name);
const HEADINGS = [
  'record_id',
  'created_local',
  'created_utc',
  'crop_id',
  'Crop',
  'verdict',
  'Answer',
  'class_id',
  'Disease',
  'confidence_pct',
  'leaves',
  'note',
  'farmer',
  'place',
  'latitude',
  'longitude',
  'sync_state',
  'Sync',
];

describe('historyCsv', () => {
  const tricky = [
    'sprayed, then "rain" came',
    'line one\nline two',
    '=HYPERLINK("http://evil")',
    'पत्तियों पर भूरे धब्बे; ça va',
  ];
  const records = tricky.map((note, i) =>
    stored({ note, createdAt: `2026-0${i + 1}-02T08:00:00.000Z`, photoCount: i + 1 }),
  );
  records[0] = { ...records[0]!, farmer: 'Amina', place: 'Kisumu', location: { lat: -0.092, lon: 34.768 } };

  it.each(LANGUAGES)('round-trips every field in %s', (language) => {
    const csv = historyCsv(records, labels, language, () => 180);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1), csvSeparator(language));
    expect(rows[0]).toEqual(HEADINGS);
    expect(rows).toHaveLength(records.length + 1);
    expect(rows.slice(1).map((r) => r[column('record_id')])).toEqual(records.map((r) => r.id));
    expect(rows.slice(1).map((r) => r[column('created_utc')])).toEqual(records.map((r) => r.createdAt));
    expect(rows[1]?.[column('created_local')]).toBe('2026-01-02T11:00:00+03:00');
    expect(rows.slice(1).map((r) => r[column('leaves')])).toEqual(['1', '2', '3', '4']);
    const note = column('note');
    expect(rows[1]?.[note]).toBe(tricky[0]);
    expect(rows[2]?.[note]).toBe(tricky[1]);
    expect(rows[3]?.[note]).toBe(`'${tricky[2] ?? ''}`); // kept as text, never run as a formula
    expect(rows[4]?.[note]).toBe(tricky[3]);
    expect(rows[1]?.[column('confidence_pct')]).toBe('84');
    expect(rows[1]?.[column('class_id')]).toBe(records[0]?.top5[0]?.classId);
    expect(rows[1]?.[column('crop_id')]).toBe('tomato');
    expect(['farmer', 'place', 'latitude', 'longitude'].map((c) => rows[1]?.[column(c)])).toEqual([
      'Amina',
      'Kisumu',
      '-0.092',
      '34.768',
    ]);
    expect(rows[2]?.[column('farmer')]).toBe('');
  });

  it('an English and a Hindi export of the same records share every language-neutral column', () => {
    const en = parseCsv(historyCsv(records, labels, 'en').slice(1), ',');
    const hi = parseCsv(historyCsv(records, hindi, 'hi').slice(1), ',');
    const neutral = (rows: string[][]) =>
      rows.slice(1).map((r) => RECORD_COLUMNS.map((name) => r[column(name)]));
    expect(neutral(hi)).toEqual(neutral(en));
    // …beside the columns in the phone's language.
    expect(hi[0]?.[column('Crop')]).toBe('फसल');
  });

  it('names no disease for "not a leaf" or "can\'t tell": the farmer was not told one', () => {
    const csv = historyCsv(
      [stored({ verdict: 'notLeaf', unsure: true }), stored({ verdict: 'unsure', unsure: true })],
      labels,
      'en',
    );
    const [, notLeaf, unsure] = parseCsv(csv.slice(1), ',');
    for (const row of [notLeaf, unsure]) {
      expect(row?.[column('class_id')]).toBe('');
      expect(row?.[column('Disease')]).toBe('');
      expect(row?.[column('confidence_pct')]).toBe('');
    }
    expect([notLeaf?.[column('verdict')], unsure?.[column('verdict')]]).toEqual(['notLeaf', 'unsure']);
  });
});
