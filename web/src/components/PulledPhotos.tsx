import { useTranslation } from 'react-i18next';
import type { StoredPrediction } from '../db/predictions.ts';
import { BlobImage } from './BlobImage.tsx';
import { usePredictionPhoto } from './usePredictionPhoto.ts';

/**
 * Every leaf of a record made on another phone (its photos are on the server, fetched as thumbnails when
 * shown): the result page's large photo is the first leaf, these are all of them.
 */
export function PulledPhotos({ prediction }: { prediction: StoredPrediction }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="pulled-leaves-title">
      <h2 id="pulled-leaves-title">{t('result.leaves', { count: prediction.photoCount })}</h2>
      <ul className="leaf-list">
        {Array.from({ length: prediction.photoCount }, (_, index) => (
          <PulledPhoto key={index} prediction={prediction} index={index} />
        ))}
      </ul>
    </section>
  );
}

function PulledPhoto({ prediction, index }: { prediction: StoredPrediction; index: number }) {
  const { t } = useTranslation();
  const thumbnail = usePredictionPhoto(prediction, index, 'thumbnail');
  return (
    <li data-testid="pulled-leaf">
      <BlobImage blob={thumbnail} alt={t('result.leafAlt', { n: index + 1 })} className="thumb" />
    </li>
  );
}
