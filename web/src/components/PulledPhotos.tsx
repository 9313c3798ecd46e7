import { useTranslation } from 'react-i18next';
import type { StoredPrediction } from '../db/predictions.ts';
import { BlobImage } from './BlobImage.tsx';
import { LeafList } from './LeafList.tsx';
import { usePredictionPhoto } from './usePredictionPhoto.ts';

/**
 * Every leaf of a record made on another phone, with each leaf's own answer when that phone sent them: its
 * photos are on the server, fetched as thumbnails when shown (the result page's large photo is the first).
 */
export function PulledPhotos({ prediction }: { prediction: StoredPrediction }) {
  const answers = prediction.leaves?.length === prediction.photoCount ? prediction.leaves : null;
  return (
    <LeafList
      count={prediction.photoCount}
      answers={answers}
      combinedTop={prediction.verdict === 'notLeaf' ? null : (prediction.top5[0]?.classId ?? null)}
      thumbnail={(index) => <PulledThumbnail prediction={prediction} index={index} />}
    />
  );
}

function PulledThumbnail({ prediction, index }: { prediction: StoredPrediction; index: number }) {
  const { t } = useTranslation();
  const thumbnail = usePredictionPhoto(prediction, index, 'thumbnail');
  return <BlobImage blob={thumbnail} alt={t('result.leafAlt', { n: index + 1 })} className="thumb" />;
}
