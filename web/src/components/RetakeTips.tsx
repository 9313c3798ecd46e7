import { useTranslation } from 'react-i18next';

/** How to get a photo the model can read: shown with every answer that is not a diagnosis. */
export function RetakeTips({ withExtensionOfficer }: { withExtensionOfficer: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="retake-tips" data-testid="retake-tips">
      <li>{t('result.tipOneLeaf')}</li>
      <li>{t('result.tipLight')}</li>
      {withExtensionOfficer && <li>{t('result.tipMoreLeaves')}</li>}
      {withExtensionOfficer && <li>{t('result.tipExtension')}</li>}
    </ul>
  );
}
