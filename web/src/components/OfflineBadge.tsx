import { useTranslation } from 'react-i18next';
import { useOnline } from '../sync/useOnline.ts';

export function OfflineBadge() {
  const { t } = useTranslation();
  if (useOnline()) return null;
  return (
    <span className="badge badge-offline" data-testid="offline-badge" role="status">
      {t('status.offline')}
    </span>
  );
}
