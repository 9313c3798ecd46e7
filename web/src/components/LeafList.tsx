import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeafAnswer } from '../diagnosis/summarize.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { diseaseName, formatPercent } from '../i18n/format.ts';

/**
 * Each leaf's own answer beside the combined one, and how many leaves show the combined most likely
 * disease (on every verdict: with "can't tell" it says why, e.g. the leaves disagree). The same list on the
 * phone that made the record and on the account's other phones; `answers` null (a record from an app that
 * did not send them) lists the leaves alone.
 */
export function LeafList({
  count,
  answers,
  combinedTop,
  thumbnail,
}: {
  count: number;
  answers: readonly LeafAnswer[] | null;
  combinedTop: string | null;
  thumbnail: (index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const agree = answers?.filter((answer) => answer?.classId === combinedTop).length ?? 0;
  return (
    <section className="card" aria-labelledby="leaves-title">
      <h2 id="leaves-title">{t('result.leaves', { count })}</h2>
      {answers !== null && combinedTop !== null && (
        <p data-testid="leaf-agreement">
          {t('result.leavesShow', { agree, count, name: diseaseName(combinedTop, language) })}
        </p>
      )}
      <ul className="leaf-list">
        {Array.from({ length: count }, (_, index) => {
          const answer = answers?.[index];
          return (
            <li key={index} data-testid="leaf-item">
              {thumbnail(index)}
              {answer !== undefined && (
                <span>
                  {answer === null
                    ? t('result.notLeafShort')
                    : `${diseaseName(answer.classId, language)} · ${formatPercent(answer.confidence, language)}`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
