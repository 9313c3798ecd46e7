import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePwa } from '../pwa/usePwa.ts';
import { useInference } from '../ml/useInference.ts';

/** Set once the farmer said "not now" to installing: the banner does not come back on every page. */
const INSTALL_DISMISSED_KEY = 'phyto.installDismissed';

/**
 * "A new version is ready", "works offline now" and "install" — each only when it applies. Offline-ready
 * needs both the app's files and the model: a cached app without its model cannot diagnose in the field.
 */
export function PwaBanner() {
  const { t } = useTranslation();
  const { updateAvailable, applyUpdate, canInstall, install, offlineReady: appCached } = usePwa();
  const { status } = useInference();
  const [installDismissed, setInstallDismissed] = useState(
    () => localStorage.getItem(INSTALL_DISMISSED_KEY) !== null,
  );
  const offlineReady = appCached && status.state === 'ready';
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
      {canInstall && !installDismissed && (
        <div className="banner" role="status">
          <span>{t('pwa.installHint')}</span>
          <button type="button" className="button" data-testid="install-app" onClick={() => void install()}>
            {t('pwa.install')}
          </button>
          <button
            type="button"
            className="button link"
            data-testid="install-dismiss"
            onClick={() => {
              localStorage.setItem(INSTALL_DISMISSED_KEY, new Date().toISOString());
              setInstallDismissed(true);
            }}
          >
            {t('pwa.notNow')}
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
