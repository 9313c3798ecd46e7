import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@phyto/shared';
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
  headings: ['Date', 'Crop', 'Verdict', 'Top result', 'Confidence %', 'Note', 'Photos', 'Sync'],
  verdict: (p) => p.verdict ?? '',
  syncState: (p) => p.syncState,
};

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

  it.each(LANGUAGES)('round-trips every field in %s', (language) => {
    const csv = historyCsv(records, labels, language);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1), csvSeparator(language));
    expect(rows[0]).toEqual(labels.headings);
    expect(rows).toHaveLength(records.length + 1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(records.map((r) => r.createdAt));
    expect(rows.slice(1).map((r) => r[6])).toEqual(['1', '2', '3', '4']);
    expect(rows[1]?.[5]).toBe(tricky[0]);
    expect(rows[2]?.[5]).toBe(tricky[1]);
    expect(rows[3]?.[5]).toBe(`'${tricky[2] ?? ''}`); // kept as text, never run as a formula
    expect(rows[4]?.[5]).toBe(tricky[3]);
    expect(rows[1]?.[4]).toBe('84');
  });

  it('gives no disease or confidence for a photo that is not a leaf, and no confidence when unsure', () => {
    const csv = historyCsv(
      [stored({ verdict: 'notLeaf', unsure: true }), stored({ verdict: 'unsure', unsure: true })],
      labels,
      'en',
    );
    const [, notLeaf, unsure] = parseCsv(csv.slice(1), ',');
    expect([notLeaf?.[3], notLeaf?.[4]]).toEqual(['', '']);
    expect(unsure?.[3]).not.toBe('');
    expect(unsure?.[4]).toBe('');
  });
});
