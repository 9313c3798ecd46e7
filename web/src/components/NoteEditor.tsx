import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../services/context.ts';
import { setNote } from '../db/predictions.ts';
import { noteRefusal } from '../db/outbox.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';
import { NOTE_MAX_LENGTH } from '@phyto/shared';
import { errorText } from './errorText.ts';

/** The farmer's own note. Saved on the phone at once; the sync takes it to the account, also after a later edit. */
export function NoteEditor({ id, note }: { id: string; note: string }) {
  const { db } = useServices();
  const { t } = useTranslation();
  const [draft, setDraft] = useState(note);
  const [message, setMessage] = useState<string | null>(null);
  const refused = useLiveQuery(() => noteRefusal(db, id), [db, id]);

  async function save() {
    try {
      await setNote(db, id, draft.trim());
      setMessage(t('note.saved'));
    } catch (e) {
      setMessage(errorText(e, t));
    }
  }

  return (
    <section className="card" aria-labelledby="note-title">
      <h2 id="note-title">{t('note.title')}</h2>
      <textarea
        data-testid="note-input"
        value={draft}
        maxLength={NOTE_MAX_LENGTH}
        rows={3}
        placeholder={t('note.placeholder')}
        onChange={(e) => {
          setDraft(e.target.value);
          setMessage(null);
        }}
      />
      <button type="button" className="button" data-testid="save-note" onClick={() => void save()}>
        {t('note.save')}
      </button>
      {refused != null && (
        <p className="warning" data-testid="note-refused">
          {t('note.refused')}
        </p>
      )}
      {message !== null && (
        <p className="muted" role="status" data-testid="note-status">
          {message}
        </p>
      )}
    </section>
  );
}
