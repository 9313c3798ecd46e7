import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@phyto/shared';
import { asLanguage, rememberLanguage } from './language.ts';

/** The UI language and a setter that remembers it on the device (the profile sync sends it when signed in). */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const setLanguage = useCallback(
    (language: Language) => {
      rememberLanguage(language);
      void i18n.changeLanguage(language);
    },
    [i18n],
  );
  return [asLanguage(i18n.resolvedLanguage ?? i18n.language), setLanguage];
}
