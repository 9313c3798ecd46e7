import { useTranslation } from 'react-i18next';
import { usePwa } from '../pwa/usePwa.ts';

/** "A new version is ready", "works offline now" and "install" — each only when it applies. */
export function PwaBanner() {
  const { t } = useTranslation();
  const { updateAvailable, applyUpdate, canInstall, install, offlineReady } = usePwa();
  return (
    <>
      {updateAvailable && (
        <div className="banner" role="status">
          <span>{t('pwa.updateReady')}</span>
          <button type="button" className="button" data-testid="update-available" onClick={applyUpdate}>
            {t('pwa.update')}
          </button>
        </div>
      )}
      {canInstall && (
        <div className="banner" role="status">
          <span>{t('pwa.installHint')}</span>
          <button type="button" className="button" data-testid="install-app" onClick={() => void install()}>
            {t('pwa.install')}
          </button>
        </div>
      )}
      {offlineReady && (
        <p className="muted small offline-ready" data-testid="offline-ready">
          {t('pwa.offlineReady')}
        </p>
      )}
    </>
  );
}
