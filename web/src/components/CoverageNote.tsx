import { CROPS } from '@phyto/shared';
import { cropName } from '../i18n/languages.ts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';

/** Says plainly which crops the offline check knows, and which it does not yet. */
export function CoverageNote() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const names = (covered: boolean) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(
      CROPS.filter((c) => c.covered === covered).map((c) => cropName(c.id, language)),
    );
  return (
    <p className="muted coverage" data-testid="coverage-note">
      {t('crops.covered', { crops: names(true) })} {t('crops.notCovered', { crops: names(false) })}
    </p>
  );
}
