import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePrediction } from '../db/deletion.ts';
import type { StoredPrediction } from '../db/predictions.ts';
import { useAnswerName } from '../history/useAnswerName.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useServices } from '../services/context.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useAnnounceDeleted } from './DeletionUndo.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useBusyAction } from './useBusyAction.ts';

/**
 * Deletes a diagnosis after a question that names it; "Undo" is then offered for a few seconds. `compact`:
 * an icon button for list rows (still a 44 px target, named for screen readers). `onDeleted` runs after
 * (e.g. leaving the result page of the record that is gone).
 */
export function DeleteDiagnosisButton({
  prediction,
  compact = false,
  onDeleted,
}: {
  prediction: StoredPrediction;
  compact?: boolean;
  onDeleted?: () => void;
}) {
  const { db } = useServices();
  const { t } = useTranslation();
  const [language] = useLanguage();
  const answer = useAnswerName(prediction);
  const announce = useAnnounceDeleted();
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useBusyAction();

  const confirm = () =>
    void run(async () => {
      const deleted = await deletePrediction(db, prediction.id, Date.now());
      setAsking(false);
      announce(deleted);
      onDeleted?.();
    });

  return (
    <>
      <button
        type="button"
        className={compact ? 'button icon' : 'button'}
        data-testid="delete-diagnosis"
        aria-label={compact ? t('deletion.deleteNamed', { answer }) : undefined}
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        {compact ? <span aria-hidden="true">🗑</span> : t('deletion.deleteDiagnosis')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('deletion.confirmTitle')}
          confirmLabel={t('deletion.confirm')}
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
          testId="delete-dialog"
        >
          <p>
            {t('deletion.confirmBody', {
              answer,
              date: formatDateTime(prediction.createdAt, language),
            })}
          </p>
          <ErrorMessage error={error} />
        </ConfirmDialog>
      )}
    </>
  );
}
