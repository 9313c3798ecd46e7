import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/useSession.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useServices } from '../services/context.ts';
import { useOnline } from '../sync/useOnline.ts';
import { useSyncStatus } from '../sync/useSyncStatus.ts';
import { formatDateTime } from '../i18n/format.ts';
import { countOwned } from '../db/ownership.ts';
import { NO_OWNER } from '../db/schema.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';

const FAILED_RUNS_BEFORE_TELLING = 2;

/** "3 waiting to sync", when it last synced, and what stops it (offline, signed out, session expired). */
export function SyncStatusCard() {
  const { syncEngine, db } = useServices();
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { session, expired } = useSession();
  const online = useOnline();
  const status = useSyncStatus();
  // Made here signed out and not yet added to the account (AdoptRecordsPrompt): not "synced" for this person.
  const notInAccount = useLiveQuery(() => countOwned(db, NO_OWNER), [db])?.total ?? 0;

  let hint: string | null = null;
  if (expired) hint = t('sync.sessionExpired');
  else if (session === null && status.waiting > 0) hint = t('sync.signInToSync');
  else if (!online && status.waiting > 0) hint = t('sync.willSyncOnline');
  // Only after runs failed again and again (each run already retried with backoff), and not while one is
  // working: a single failure on a flaky link says nothing about the run in progress.
  else if (status.failedRuns >= FAILED_RUNS_BEFORE_TELLING && !status.running) hint = t('sync.retrying');

  return (
    <section className="card sync-card" aria-labelledby="sync-title">
      <h2 id="sync-title" className="visually-hidden">
        {t('sync.title')}
      </h2>
      <p data-testid="sync-status" role="status" className="sync-count">
        {!status.loaded
          ? t('common.loading')
          : session === null && !expired && status.waiting === 0
            ? t('sync.signInToKeep')
            : status.running
              ? status.waiting + status.photosWaiting > 0
                ? t('sync.runningLeft', {
                    records: t('sync.recordsLeft', { count: status.waiting }),
                    photos: t('sync.photosLeft', { count: status.photosWaiting }),
                  })
                : t('sync.pulling')
              : status.waiting > 0
                ? t('sync.waiting', { count: status.waiting })
                : session !== null && notInAccount > 0
                  ? t('sync.notInAccount', { count: notInAccount })
                  : t('sync.allSynced')}
      </p>
      {status.rejected > 0 && <p className="warning">{t('sync.rejected', { count: status.rejected })}</p>}
      {status.photosWaiting > 0 && session !== null && (
        <p className="muted">{t('sync.photosWaiting', { count: status.photosWaiting })}</p>
      )}
      <p className="muted">
        {status.lastSyncedAt === null
          ? t('sync.neverSynced')
          : t('sync.lastSynced', { time: formatDateTime(status.lastSyncedAt, language) })}
      </p>
      {hint !== null && <p className="hint">{hint}</p>}
      {session === null ? (
        <Link to="/signin" className="button">
          {t('sync.signIn')}
        </Link>
      ) : (
        <button
          type="button"
          className="button"
          data-testid="sync-now"
          disabled={status.running || !online}
          onClick={() => void syncEngine.sync({ force: true })}
        >
          {t('sync.now')}
        </button>
      )}
    </section>
  );
}
