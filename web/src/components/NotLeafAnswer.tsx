import { useTranslation } from 'react-i18next';
import { RetakeTips } from './RetakeTips.tsx';

/** The photo is not a leaf: say so and how to retake it; no candidates at all. */
export function NotLeafAnswer() {
  const { t } = useTranslation();
  return (
    <>
      <h1 data-testid="result-not-leaf">{t('result.notLeafTitle')}</h1>
      <p>{t('result.notLeafIntro')}</p>
      <RetakeTips withExtensionOfficer={false} />
    </>
  );
}
