import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../db/db.ts';
import { setNote } from '../db/predictions.ts';
import { errorText } from './errorKey.ts';

const NOTE_MAX = 2000;

/** The farmer's own note. Saved on the phone; sent with the record if written before it syncs. */
export function NoteEditor({ id, note, synced }: { id: string; note: string; synced: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(note);
  const [message, setMessage] = useState<string | null>(null);

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
        maxLength={NOTE_MAX}
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
      {message !== null && (
        <p className="muted" role="status" data-testid="note-status">
          {message}
        </p>
      )}
      {synced && <p className="muted small">{t('note.afterSync')}</p>}
    </section>
  );
}
