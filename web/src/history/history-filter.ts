import { Dexie } from 'dexie';
import { verdictOf, type CropId, type Language, type Verdict } from '@phyto/shared';
import type { StoredPrediction, SyncState } from '../db/predictions.ts';
import type { PhytoDb } from '../db/schema.ts';
import { cropName } from '../i18n/languages.ts';
import { diseaseName } from '../i18n/format.ts';

/** What the history list shows: every field optional, all of them must match. */
export interface HistoryFilter {
  /** Words in the disease (any of the top 5, in the UI language or English), crop, note or verdict label. */
  text: string;
  crop: CropId | null;
  verdict: Verdict | null;
  syncState: SyncState | null;
  /** Local calendar days, `YYYY-MM-DD`, inclusive; '' = open. */
  from: string;
  to: string;
}

export const NO_FILTER: HistoryFilter = {
  text: '',
  crop: null,
  verdict: null,
  syncState: null,
  from: '',
  to: '',
};

export interface HistoryPage {
  items: StoredPrediction[];
  /** How many records match in all (the list shows the first `limit`). */
  total: number;
}

/**
 * The owner's records matching `filter`, newest first. The date range narrows the index scan; the rest is
 * tested per record (2,000 records on a cheap phone: see scripts/benchmark-web.ts).
 */
export async function queryHistory(
  db: PhytoDb,
  owner: string,
  filter: HistoryFilter,
  limit: number,
  verdictLabel: (verdict: Verdict) => string,
  language: Language,
): Promise<HistoryPage> {
  const lower = filter.from === '' ? Dexie.minKey : new Date(`${filter.from}T00:00:00`).toISOString();
  const upper = filter.to === '' ? Dexie.maxKey : new Date(`${filter.to}T23:59:59.999`).toISOString();
  const matches = recordMatcher(filter, verdictLabel, language);
  const inRange = db.predictions
    .where('[owner+createdAt]')
    .between([owner, lower], [owner, upper], true, true);
  const items: StoredPrediction[] = [];
  let total = 0;
  await inRange.reverse().each((p) => {
    if (!matches(p)) return;
    total += 1;
    if (items.length < limit) items.push(p);
  });
  return { items, total };
}

export function recordMatcher(
  filter: HistoryFilter,
  verdictLabel: (verdict: Verdict) => string,
  language: Language,
): (p: StoredPrediction) => boolean {
  const words = filter.text.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return (p) => {
    const verdict = verdictOf(p);
    if (filter.crop !== null && p.crop !== filter.crop) return false;
    if (filter.verdict !== null && verdict !== filter.verdict) return false;
    if (filter.syncState !== null && p.syncState !== filter.syncState) return false;
    if (words.length === 0) return true;
    const haystack = searchableText(p, verdictLabel(verdict), language);
    return words.every((w) => haystack.includes(w));
  };
}

function searchableText(p: StoredPrediction, verdictLabel: string, language: Language): string {
  const parts = [p.note, verdictLabel];
  for (const { classId } of p.top5)
    parts.push(classId, diseaseName(classId, language), diseaseName(classId, 'en'));
  if (p.crop !== null) parts.push(cropName(p.crop, language), cropName(p.crop, 'en'));
  return parts.join('\n').toLocaleLowerCase();
}
