import { useTranslation } from 'react-i18next';
import type { Language } from '@phyto/shared';
import { switchLanguage } from './index.ts';
import { asLanguage, rememberLanguage } from './language-choice.ts';

function setLanguage(language: Language): void {
  rememberLanguage(language);
  void switchLanguage(language);
}

/** The UI language and a setter that remembers it on the device (the profile sync sends it when signed in). */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  return [asLanguage(i18n.resolvedLanguage ?? i18n.language), setLanguage];
}
