import { useTranslation } from 'react-i18next';
import { verdictOf } from '@phyto/shared';
import { useServices } from '../services/context.ts';
import { queryHistory, type HistoryFilter } from '../history/history-filter.ts';
import { historyCsv, type CsvLabels } from '../history/history-csv.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useVerdictLabel } from '../history/useVerdictLabel.ts';
import { useBusyAction } from './useBusyAction.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

/** Downloads the signed-in account's history, as filtered on screen, as a CSV file for a spreadsheet. */
export function HistoryExport({ owner, filter }: { owner: string; filter: HistoryFilter }) {
  const { db } = useServices();
  const { t } = useTranslation();
  const [language] = useLanguage();
  const verdictLabel = useVerdictLabel();
  const { busy, error, run } = useBusyAction();

  async function download() {
    const { items } = await queryHistory(db, owner, filter, Infinity, verdictLabel, language);
    const labels: CsvLabels = {
      headings: [
        t('history.csv.date'),
        t('history.csv.crop'),
        t('history.csv.verdict'),
        t('history.csv.top'),
        t('history.csv.confidence'),
        t('history.csv.note'),
        t('history.csv.photos'),
        t('history.csv.sync'),
      ],
      verdict: (p) => verdictLabel(verdictOf(p)),
      syncState: (p) => t(`syncState.${p.syncState}`),
    };
    const file = new Blob([historyCsv(items, labels, language)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = `phyto-history-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    // The click starts the download synchronously; the URL is not needed after it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="history-export"
        disabled={busy}
        onClick={() => void run(download)}
      >
        {t('history.export')}
      </button>
      <ErrorMessage error={error} />
    </>
  );
}
