import type { TopPrediction } from '@phyto/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';
import { classCropName, diseaseName, formatPercent } from '../i18n/format.ts';

export function Top5List({ top5 }: { top5: readonly TopPrediction[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <section aria-labelledby="top5-title">
      <h2 id="top5-title">{t('result.top5')}</h2>
      <ol className="top5" data-testid="result-top5">
        {top5.map((p) => (
          <li key={p.classId} data-class-id={p.classId}>
            <span className="top5-name">
              {diseaseName(p.classId, language)}{' '}
              <small className="muted">{classCropName(p.classId, language)}</small>
            </span>
            <span className="top5-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(p.confidence * 100)}%` }} />
            </span>
            <span className="top5-value">{formatPercent(p.confidence, language)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
