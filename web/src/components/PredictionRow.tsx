import { Link } from 'react-router-dom';
import { verdictOf } from '@phyto/shared';
import { useTranslation } from 'react-i18next';
import { cropName } from '../i18n/languages.ts';
import type { StoredPrediction } from '../db/predictions.ts';
import { useOwner } from '../auth/useOwner.ts';
import { NO_OWNER } from '../db/schema.ts';
import { useAnswerName } from '../history/useAnswerName.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { BlobImage } from './BlobImage.tsx';
import { DeleteDiagnosisButton } from './DeleteDiagnosisButton.tsx';
import { usePredictionPhoto } from './usePredictionPhoto.ts';
import { formatDateTime, formatPercent } from '../i18n/format.ts';

/**
 * One diagnosis in a list: thumbnail, the answer (a disease name only when confident), time, sync state;
 * `deletable` adds a delete button beside it (history).
 */
export function PredictionRow({
  prediction: p,
  deletable = false,
}: {
  prediction: StoredPrediction;
  deletable?: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const thumbnail = usePredictionPhoto(p, 0, 'thumbnail');
  const verdict = verdictOf(p);
  const top = verdict === 'confident' ? p.top5[0] : undefined;
  const name = useAnswerName(p);
  // Made here while nobody was signed in, shown to a signed-in person: not in their account yet.
  const viewer = useOwner();
  const outsideAccount = p.owner === NO_OWNER && viewer !== NO_OWNER;
  return (
    <li
      data-testid="history-item"
      data-sync-state={p.syncState}
      data-verdict={verdict}
      data-id={p.id}
      className={deletable ? 'deletable' : undefined}
    >
      <Link to={`/result/${p.id}`} className="prediction-row">
        <BlobImage blob={thumbnail} alt={name} className="thumb" />
        <span className="prediction-row-main">
          <strong>{name}</strong>
          <small className="muted">
            {[
              p.farmer ?? null,
              p.place ?? null,
              p.crop === null ? null : cropName(p.crop, language),
              formatDateTime(p.createdAt, language),
            ]
              .filter((x) => x !== null)
              .join(' · ')}
          </small>
        </span>
        <span className="prediction-row-side">
          {top !== undefined && <span>{formatPercent(top.confidence, language)}</span>}
          {p.photoCount > 1 && (
            <span className="badge" title={t('history.photos', { count: p.photoCount })}>
              {t('history.photoBadge', { count: p.photoCount })}
            </span>
          )}
          {outsideAccount ? (
            <span className="badge sync-pending" data-testid="not-in-account">
              {t('syncState.notInAccount')}
            </span>
          ) : (
            <span className={`badge sync-${p.syncState}`}>{t(`syncState.${p.syncState}`)}</span>
          )}
        </span>
      </Link>
      {deletable && <DeleteDiagnosisButton prediction={p} compact />}
      {p.syncState === 'rejected' && p.rejectReason !== null && (
        <p className="warning small">{t('history.rejectedReason', { reason: p.rejectReason })}</p>
      )}
    </li>
  );
}
