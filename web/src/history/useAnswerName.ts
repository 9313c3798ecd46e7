import { useTranslation } from 'react-i18next';
import { verdictOf } from '@phyto/shared';
import type { StoredPrediction } from '../db/predictions.ts';
import { diseaseName } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** What the farmer was told, in a few words: the disease when confident, else "can't tell" / "not a leaf". */
export function useAnswerName(p: StoredPrediction): string {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const verdict = verdictOf(p);
  const top = verdict === 'confident' ? p.top5[0] : undefined;
  return top !== undefined
    ? diseaseName(top.classId, language)
    : t(verdict === 'notLeaf' ? 'result.notLeafShort' : 'result.unsureShort');
}
