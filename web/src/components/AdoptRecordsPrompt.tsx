import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/useSession.ts';
import { countOwned, transferRecords } from '../db/ownership.ts';
import { NO_OWNER } from '../db/schema.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';
import { useServices } from '../services/context.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useBusyAction } from './useBusyAction.ts';

const DISMISSED_KEY = 'phyto.adoptDismissedBy';

/**
 * After sign-in: diagnoses made on this phone while nobody was signed in are offered to the account,
 * never added silently (on a shared phone they may be someone else's).
 */
export function AdoptRecordsPrompt() {
  const { db, syncEngine } = useServices();
  const { t } = useTranslation();
  const { session } = useSession();
  const { busy, error, run } = useBusyAction();
  const [dismissedBy, setDismissedBy] = useState(() => localStorage.getItem(DISMISSED_KEY));
  const unowned = useLiveQuery(() => countOwned(db, NO_OWNER), [db]);
  if (session === null || unowned === undefined || unowned.total === 0 || dismissedBy === session.user.id)
    return null;
  const userId = session.user.id;

  return (
    <section className="card" data-testid="adopt-records" aria-live="polite">
      <p>{t('account.adoptPrompt', { count: unowned.total })}</p>
      <div className="row">
        <button
          type="button"
          className="button primary"
          data-testid="adopt-records-yes"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await transferRecords(db, NO_OWNER, userId);
              void syncEngine.sync();
            })
          }
        >
          {t('account.adoptYes')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="adopt-records-no"
          onClick={() => {
            localStorage.setItem(DISMISSED_KEY, userId);
            setDismissedBy(userId);
          }}
        >
          {t('account.adoptNo')}
        </button>
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
