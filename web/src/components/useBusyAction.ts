import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './errorText.ts';

/**
 * Runs one user action at a time: `busy` disables the buttons meanwhile, and a failure becomes a sentence
 * in the UI language instead of an unhandled rejection.
 */
export function useBusyAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await action();
      } catch (e) {
        setError(errorText(e, t));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  return { busy, error, setError, run };
}
