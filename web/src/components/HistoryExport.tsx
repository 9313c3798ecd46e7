import { useTranslation } from 'react-i18next';
import { verdictOf } from '@phyto/shared';
import { useServices } from '../services/context.ts';
import { queryHistory, type HistoryFilter } from '../history/history-filter.ts';
import { historyCsv, type CsvLabels } from '../history/history-csv.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useVerdictLabel } from '../history/useVerdictLabel.ts';
import { useBusyAction } from './useBusyAction.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { downloadFile } from './downloadFile.ts';
import { useSession } from '../auth/useSession.ts';

/**
 * Downloads this phone's history of the account, as filtered on screen, as a CSV file for a spreadsheet;
 * signed in, also the account's whole history from the server (every phone's records).
 */
export function HistoryExport({ owner, filter }: { owner: string; filter: HistoryFilter }) {
  const { db, api } = useServices();
  const { session } = useSession();
  const { t } = useTranslation();
  const [language] = useLanguage();
  const verdictLabel = useVerdictLabel();
  const { busy, error, run } = useBusyAction();

  async function download() {
    const { items } = await queryHistory(db, owner, filter, Infinity, verdictLabel, language);
    const labels: CsvLabels = {
      crop: t('history.csv.crop'),
      answer: t('history.csv.verdict'),
      disease: t('history.csv.disease'),
      sync: t('history.csv.sync'),
      verdict: (p) => verdictLabel(verdictOf(p)),
      syncState: (p) => t(`syncState.${p.syncState}`),
    };
    const file = new Blob([historyCsv(items, labels, language)], { type: 'text/csv;charset=utf-8' });
    downloadFile(file, `phyto-history-${new Date().toISOString().slice(0, 10)}.csv`);
  }

  async function downloadAccount() {
    downloadFile(await api.accountCsv(), `phyto-account-${new Date().toISOString().slice(0, 10)}.csv`);
  }

  const exports = [
    { testId: 'history-export', label: t('history.export'), action: download },
    ...(session === null
      ? []
      : [{ testId: 'account-export', label: t('history.exportAccount'), action: downloadAccount }]),
  ];
  return (
    <>
      {exports.map(({ testId, label, action }) => (
        <button
          key={testId}
          type="button"
          className="button"
          data-testid={testId}
          disabled={busy}
          onClick={() => void run(action)}
        >
          {label}
        </button>
      ))}
      <ErrorMessage error={error} />
    </>
  );
}
