import { NOTE_MAX_LENGTH } from '@phyto/shared/prediction';
import type { NoteDecision } from '../repositories/prediction.repository.ts';

/**
 * A note edit made on a phone that last saw revision `baseRevision` of the note, against the note stored at
 * `storedRevision`. Nobody changed the note since: the edit replaces it. Another device did: both texts are
 * kept, the stored one first, since no phone's clock can say which edit is newer and neither farmer's words
 * may be lost. A resend of text already stored changes nothing; a merge longer than a note may be is refused.
 */
export function mergeNote(
  stored: string,
  storedRevision: number,
  edit: string,
  baseRevision: number,
): NoteDecision {
  const unchanged = storedRevision === baseRevision ? stored === edit : stored.includes(edit);
  if (unchanged) return { kind: 'unchanged' };
  const merged = storedRevision === baseRevision || stored === '' ? edit : `${stored}\n\n${edit}`;
  return merged.length > NOTE_MAX_LENGTH ? { kind: 'too-long' } : { kind: 'write', note: merged };
}
