import { verdictOf, type Prediction } from './prediction.ts';

/**
 * The language-neutral columns of every export of diagnoses, the phone's and the server's alike: ids and
 * codes, never words in one language, so that exports from phones set to different languages (and the
 * account's export from the server) join on them. Each export adds translated columns beside these.
 */
export const RECORD_COLUMNS = [
  'record_id',
  'created_utc',
  'crop_id',
  'verdict',
  'class_id',
  'confidence_pct',
  'leaves',
  'note',
  'farmer',
  'place',
  'latitude',
  'longitude',
] as const;

type Exported = Pick<
  Prediction,
  | 'id'
  | 'createdAt'
  | 'crop'
  | 'top5'
  | 'unsure'
  | 'verdict'
  | 'photoCount'
  | 'note'
  | 'farmer'
  | 'place'
  | 'location'
>;

/**
 * The record's values for RECORD_COLUMNS. The disease (class id) and its confidence only when the farmer was
 * told it: "can't tell" and "not a leaf" rows name no disease, whatever the model ranked first.
 */
export function recordFields(record: Exported): string[] {
  const verdict = verdictOf(record);
  const top = verdict === 'confident' ? record.top5[0] : undefined;
  return [
    record.id,
    new Date(record.createdAt).toISOString(),
    record.crop ?? '',
    verdict,
    top?.classId ?? '',
    top === undefined ? '' : String(Math.round(top.confidence * 100)),
    String(record.photoCount),
    record.note ?? '',
    record.farmer ?? '',
    record.place ?? '',
    record.location == null ? '' : String(record.location.lat),
    record.location == null ? '' : String(record.location.lon),
  ];
}

/** `2026-12-07T14:03:00+03:00`: the wall-clock time where the phone was, with its offset from UTC. */
export function localTimeWithOffset(iso: string, offsetMinutes: number): string {
  const local = new Date(Date.parse(iso) + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}
