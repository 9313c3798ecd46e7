import type { TopPrediction } from '@phyto/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';
import { classCropName, diseaseName, formatPercent } from '../i18n/format.ts';

/** Above this calibrated probability the answer reads "very likely", below it "likely". */
const VERY_LIKELY = 0.9;

/** The diagnosis the model is sure of: the disease as the heading, its likelihood in words and numbers. */
export function ConfidentAnswer({ top }: { top: TopPrediction }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const value = formatPercent(top.confidence, language);
  return (
    <>
      <h1 data-testid="result-top1" data-class-id={top.classId}>
        {diseaseName(top.classId, language)}
      </h1>
      <p className="result-crop">{classCropName(top.classId, language)}</p>
      <p className="confidence" data-testid="result-confidence">
        {top.confidence >= VERY_LIKELY ? t('result.veryLikely', { value }) : t('result.likely', { value })}
      </p>
    </>
  );
}
