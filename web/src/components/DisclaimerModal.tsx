import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { preferences } from '../settings/preferences.ts';
import { useDisclaimerAccepted } from '../settings/usePreferences.ts';

/** Shown once, before first use: the advice is a machine's guess, not an agronomist's. */
export function DisclaimerModal() {
  const { t } = useTranslation();
  const accepted = useDisclaimerAccepted();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!accepted && dialog.current?.open === false) dialog.current.showModal();
  }, [accepted]);
  if (accepted) return null;
  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby="disclaimer-title"
      onCancel={(e) => e.preventDefault()} // Escape must not skip it
    >
      <h2 id="disclaimer-title">{t('disclaimer.title')}</h2>
      <p>{t('disclaimer.body')}</p>
      <p>{t('disclaimer.privacy')}</p>
      <button
        type="button"
        className="button primary"
        data-testid="disclaimer-accept"
        onClick={preferences.acceptDisclaimer}
      >
        {t('disclaimer.accept')}
      </button>
    </dialog>
  );
}
