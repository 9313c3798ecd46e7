import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreDeleted, UNDO_DELETE_MS, type DeletedRecord } from '../db/deletion.ts';
import { useServices } from '../services/context.ts';

const AnnounceDeleted = createContext<(deleted: DeletedRecord) => void>(() => undefined);

/** Tells the app a diagnosis was just deleted: "Undo" is offered for a few seconds, whatever page is shown. */
export function useAnnounceDeleted(): (deleted: DeletedRecord) => void {
  return useContext(AnnounceDeleted);
}

/**
 * Holds the last deletion while it can be undone and shows "Deleted — Undo" above every page. When the time
 * is over a sync runs, which tells the server (the delete was queued, due at that moment).
 */
export function DeletionUndoProvider({ children }: { children: ReactNode }) {
  const { db, syncEngine } = useServices();
  const { t } = useTranslation();
  const [last, setLast] = useState<DeletedRecord | null>(null);

  useEffect(() => {
    if (last === null) return;
    const over = setTimeout(() => {
      setLast(null);
      void syncEngine.sync();
    }, UNDO_DELETE_MS + 250);
    return () => clearTimeout(over);
  }, [last, syncEngine]);

  async function undo(deleted: DeletedRecord) {
    setLast(null);
    await restoreDeleted(db, deleted);
  }

  return (
    <AnnounceDeleted.Provider value={setLast}>
      {children}
      <div className="toast-area" role="status" aria-live="polite">
        {last !== null && (
          <div className="toast" data-testid="deleted-toast">
            <span>{t('deletion.deleted')}</span>
            <button
              type="button"
              className="button"
              data-testid="undo-delete"
              onClick={() => void undo(last)}
            >
              {t('deletion.undo')}
            </button>
          </div>
        )}
      </div>
    </AnnounceDeleted.Provider>
  );
}
