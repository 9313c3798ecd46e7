import { useState } from 'react';
import type { TopPrediction } from '@phyto/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';
import { AdviceView } from './AdviceView.tsx';
import { RetakeTips } from './RetakeTips.tsx';
import { diseaseName, formatPercent } from '../i18n/format.ts';

/**
 * "We can't tell from this photo": what to do next, and the candidates only as collapsed possibilities.
 * No disease is the heading and no treatment shows unless the farmer asks for one candidate's advice.
 */
export function UnsureAnswer({
  top5,
  offerAnotherLeaf = false,
}: {
  top5: readonly TopPrediction[];
  /** One leaf so far, and another can be added: say that it often settles the answer. */
  offerAnotherLeaf?: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <>
      <h1 data-testid="result-unsure">{t('result.unsureTitle')}</h1>
      <p>{t('result.unsureIntro')}</p>
      {offerAnotherLeaf && (
        <p className="notice" data-testid="unsure-another-leaf">
          {t('result.unsureAnotherLeaf')}
        </p>
      )}
      <RetakeTips withExtensionOfficer />
      <details className="possibilities" data-testid="result-possibilities">
        <summary>{t('result.possibilities')}</summary>
        <ul>
          {top5.map((p) => {
            const name = diseaseName(p.classId, language);
            return (
              <li key={p.classId} data-class-id={p.classId}>
                <p>
                  {t('result.possibility', {
                    name,
                    value: formatPercent(p.confidence, language),
                  })}
                </p>
                <button
                  type="button"
                  className="button link"
                  aria-expanded={opened === p.classId}
                  onClick={() => setOpened(opened === p.classId ? null : p.classId)}
                >
                  {t('result.ifItIs', { name })}
                </button>
                {opened === p.classId && (
                  <AdviceView classId={p.classId} title={t('result.ifItIsTitle', { name })} />
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </>
  );
}
