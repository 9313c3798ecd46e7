import { Dexie } from 'dexie';
import { verdictOf, type CropId, type Language, type Verdict } from '@phyto/shared';
import { distanceKm, type Location } from '@phyto/shared/field-details';
import type { StoredPrediction, SyncState } from '../db/predictions.ts';
import type { PhytoDb } from '../db/schema.ts';
import { cropName } from '../i18n/languages.ts';
import { diseaseName } from '../i18n/format.ts';

/** What the history list shows: every field optional, all of them must match. */
export interface HistoryFilter {
  /** Words in what the farmer was told (the disease of a sure answer, or the verdict's word, in the UI
   *  language or English), the crop, the note, the farmer or the place; with `possibilities`, also the candidates of any answer. */
  text: string;
  possibilities: boolean;
  crop: CropId | null;
  verdict: Verdict | null;
  syncState: SyncState | null;
  /** Local calendar days, `YYYY-MM-DD`, inclusive; '' = open. */
  from: string;
  to: string;
  /** Records with a location within `km` of `of` (where the phone was when the filter was chosen). */
  near: { km: NearKm; of: Location } | null;
}

/** The distances a field agent picks from: the same farm, the village, the district. */
export const NEAR_KM = ['1', '5', '25'] as const;
export type NearKm = (typeof NEAR_KM)[number];

export const NO_FILTER: HistoryFilter = {
  text: '',
  possibilities: false,
  crop: null,
  verdict: null,
  syncState: null,
  from: '',
  to: '',
  near: null,
};

export interface HistoryPage {
  items: StoredPrediction[];
  /** How many records match in all (the list shows the first `limit`). */
  total: number;
  /** What the matching records told the farmer, most frequent first: a disease's class id, or a verdict
   *  (`unsure`, `notLeaf`) when no disease was named. */
  told: { answer: string; count: number }[];
}

/** What a record told the farmer: the disease of a sure answer, else its verdict. */
export function answerOf(p: StoredPrediction): string {
  const verdict = verdictOf(p);
  return verdict === 'confident' ? (p.top5[0]?.classId ?? verdict) : verdict;
}

/**
 * The owner's records matching `filter`, newest first. The date range narrows the index scan; the rest is
 * tested per record (2,000 records on a cheap phone: see scripts/benchmarks/benchmark-web.ts).
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
  const told = new Map<string, number>();
  let total = 0;
  await inRange.reverse().each((p) => {
    if (!matches(p)) return;
    total += 1;
    told.set(answerOf(p), (told.get(answerOf(p)) ?? 0) + 1);
    if (items.length < limit) items.push(p);
  });
  const counts = [...told].map(([answer, count]) => ({ answer, count }));
  return { items, total, told: counts.sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer)) };
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
    if (filter.near !== null && !isNear(p.location, filter.near)) return false;
    if (words.length === 0) return true;
    const haystack = searchableText(p, verdictLabel(verdict), language, filter.possibilities);
    return words.every((w) => haystack.includes(w));
  };
}

function isNear(location: Location | undefined, near: NonNullable<HistoryFilter['near']>): boolean {
  return location !== undefined && distanceKm(location, near.of) <= Number(near.km);
}

/** A search counts what the farmer was told: the disease only of a sure answer (its candidates only when
 *  asked for), so "rust" counts rust diagnoses, not every record where rust was a possibility. */
function searchableText(
  p: StoredPrediction,
  verdictLabel: string,
  language: Language,
  possibilities: boolean,
): string {
  const parts = [p.note, verdictLabel, p.farmer ?? '', p.place ?? ''];
  const shown = possibilities ? p.top5 : verdictOf(p) === 'confident' ? p.top5.slice(0, 1) : [];
  for (const { classId } of shown)
    parts.push(classId, diseaseName(classId, language), diseaseName(classId, 'en'));
  if (p.crop !== null) parts.push(cropName(p.crop, language), cropName(p.crop, 'en'));
  return parts.join('\n').toLocaleLowerCase();
}
