import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../auth/session.ts';
import { useServices } from '../services/context.ts';
import { countOwned, removeRecords } from '../db/ownership.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useBusyAction } from './useBusyAction.ts';

/**
 * Sign-out on a shared phone: keep this account's diagnoses for next time or remove them. Either way the
 * next person does not see them; removing says first what has not reached the server yet.
 */
export function SignOutPanel({ userId }: { userId: string }) {
  const { db, api } = useServices();
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useBusyAction();
  const owned = useLiveQuery(() => countOwned(db, userId), [userId, db]);

  if (!asking)
    return (
      <button type="button" className="button" data-testid="sign-out" onClick={() => setAsking(true)}>
        {t('account.signOut')}
      </button>
    );
  return (
    <div className="sign-out-panel" data-testid="sign-out-panel">
      <p>{t('account.signOutQuestion')}</p>
      {owned !== undefined && owned.unsynced > 0 && (
        <p className="warning" data-testid="sign-out-unsynced">
          {t('account.signOutUnsynced', { count: owned.unsynced })}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="button primary"
          data-testid="sign-out-keep"
          disabled={busy}
          onClick={() => sessionStore.signOut()}
        >
          {t('account.signOutKeep')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="sign-out-remove"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await removeRecords(db, userId);
              sessionStore.signOut();
            })
          }
        >
          {t('account.signOutRemove')}
        </button>
        <button type="button" className="button link" onClick={() => setAsking(false)}>
          {t('account.cancel')}
        </button>
      </div>
      <p className="muted small">{t('account.signOutEverywhereHint')}</p>
      <button
        type="button"
        className="button"
        data-testid="sign-out-everywhere"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            // Every phone's token stops working; this phone keeps its diagnoses for the next sign-in.
            await api.signOutEverywhere();
            sessionStore.signOut();
          })
        }
      >
        {t('account.signOutEverywhere')}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
