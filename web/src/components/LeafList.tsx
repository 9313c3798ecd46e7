import { useTranslation } from 'react-i18next';
import type { CropId } from '@phyto/shared';
import type { StoredPhoto } from '../db/photos.ts';
import { leafTop1 } from '../diagnosis/summarize.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { BlobImage } from './BlobImage.tsx';
import { diseaseName, formatPercent } from '../i18n/format.ts';

/**
 * Each leaf's own answer beside the combined one, and how many leaves show the combined most likely
 * disease (on every verdict: with "can't tell" it says why, e.g. the leaves disagree).
 */
export function LeafList({
  photos,
  classes,
  crop,
  combinedTop,
}: {
  photos: readonly StoredPhoto[];
  classes: readonly string[];
  crop: CropId | null;
  combinedTop: string;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const tops = photos.map((p) => leafTop1(p.probabilities, classes, crop));
  const agree = tops.filter((top) => top?.classId === combinedTop).length;
  return (
    <section className="card" aria-labelledby="leaves-title">
      <h2 id="leaves-title">{t('result.leaves', { count: photos.length })}</h2>
      <p data-testid="leaf-agreement">
        {t('result.leavesShow', { agree, count: photos.length, name: diseaseName(combinedTop, language) })}
      </p>
      <ul className="leaf-list">
        {photos.map((p, i) => {
          const top = tops[i];
          return (
            <li key={p.index} data-testid="leaf-item">
              <BlobImage blob={p.thumbnail} alt={t('result.leafAlt', { n: i + 1 })} className="thumb" />
              <span>
                {top === null || top === undefined
                  ? '—'
                  : `${diseaseName(top.classId, language)} · ${formatPercent(top.confidence, language)}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
