import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '@phyto/shared';

/** A verdict's word in the current language, for the history list, its search and its CSV file. */
export function useVerdictLabel(): (verdict: Verdict) => string {
  const { t } = useTranslation();
  // A new function when the language (and so `t`) changes, so the history query runs again.
  return useCallback((verdict: Verdict) => t(`history.verdict.${verdict}`), [t]);
}
