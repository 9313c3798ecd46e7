import { useCallback } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useInstallPrompt } from './useInstallPrompt.ts';

/** How often an open app asks the server whether a new version was deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Service worker registration, "update available" and "install" for the UI. The service worker waits
 * (registerType 'prompt') until the farmer accepts the update, so a diagnosis in progress is never
 * interrupted by a reload.
 *
 * @example
 *   const { updateAvailable, applyUpdate } = usePwa();
 *   {updateAvailable && <button data-testid="update-available" onClick={applyUpdate}>{t('pwa.update')}</button>}
 */
export function usePwa(): {
  updateAvailable: boolean;
  applyUpdate: () => void;
  canInstall: boolean;
  install: () => Promise<void>;
  offlineReady: boolean;
} {
  const {
    needRefresh: [updateAvailable],
    offlineReady: [offlineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        // Offline the check would only fail; it runs again at the next interval.
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
  const { canInstall, install } = useInstallPrompt();
  const applyUpdate = useCallback(() => {
    // Activates the waiting worker; the page reloads when it takes control.
    updateServiceWorker(true).catch(() => undefined);
  }, [updateServiceWorker]);
  return { updateAvailable, applyUpdate, canInstall, install, offlineReady };
}
