import { LANGUAGE_NAMES, LANGUAGES, LanguageSchema } from '@phyto/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';

export function LanguageSwitcher({ testId = 'language-switcher' }: { testId?: string }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('header.language')}</span>
      <select
        data-testid={testId}
        value={language}
        onChange={(e) => setLanguage(LanguageSchema.parse(e.target.value))}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
