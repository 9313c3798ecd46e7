import { useEffect, type ChangeEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { MAX_PHOTOS_PER_PREDICTION, verdictOf, type CropId } from '@phyto/shared';
import { cropName } from '../i18n/languages.ts';
import { AdviceView } from '../components/AdviceView.tsx';
import { ConfidentAnswer } from '../components/ConfidentAnswer.tsx';
import { DeleteDiagnosisButton } from '../components/DeleteDiagnosisButton.tsx';
import { FieldDetailsEditor } from '../components/FieldDetailsEditor.tsx';
import { CropSelect } from '../components/CropSelect.tsx';
import { useBusyAction } from '../components/useBusyAction.ts';
import { LeafList } from '../components/LeafList.tsx';
import { NoteEditor } from '../components/NoteEditor.tsx';
import { NotLeafAnswer } from '../components/NotLeafAnswer.tsx';
import { PulledPhotos } from '../components/PulledPhotos.tsx';
import { BlobImage } from '../components/BlobImage.tsx';
import { usePredictionPhoto } from '../components/usePredictionPhoto.ts';
import { Top5List } from '../components/Top5List.tsx';
import { UnsureAnswer } from '../components/UnsureAnswer.tsx';
import { WrongCropAnswer } from '../components/WrongCropAnswer.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { useServices } from '../services/context.ts';
import { photosOf } from '../db/photos.ts';
import { getPrediction, type StoredPrediction } from '../db/predictions.ts';
import { NO_OWNER } from '../db/schema.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';
import { changeCrop, useDiagnosis } from '../diagnosis/useDiagnosis.ts';
import { leafAnswers, readingOf } from '../diagnosis/summarize.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useOwner } from '../auth/useOwner.ts';
import { useMyCrops } from '../settings/usePreferences.ts';

export function ResultPage() {
  const { db, syncEngine } = useServices();
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { busy, error, run: act } = useBusyAction();
  const [language] = useLanguage();
  const myCrops = useMyCrops();
  const { addLeaf } = useDiagnosis();
  const owner = useOwner();
  const navigate = useNavigate();
  // Another account's record (a shared phone) is "not on this phone" for this person; one made while nobody
  // was signed in is anyone's on this phone until an account adopts it.
  const prediction = useLiveQuery(async () => {
    const p = await getPrediction(db, id);
    return p !== undefined && (p.owner === owner || p.owner === NO_OWNER) ? p : null;
  }, [id, owner, db]);
  const photos = useLiveQuery(() => photosOf(db, id), [id, db]);

  // Sync once the farmer leaves the result: until then they may still change the crop or add leaves,
  // which the server would not take after the record is stored.
  useEffect(() => () => void syncEngine.sync(), [id, syncEngine]);

  if (prediction === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (prediction === null) {
    return (
      <section className="card">
        <p>{t('result.notFound')}</p>
        <Link to="/">{t('nav.home')}</Link>
      </section>
    );
  }

  const verdict = verdictOf(prediction);
  // Only a confident verdict names a disease as the answer or shows its treatment.
  const top = verdict === 'confident' ? prediction.top5[0] : undefined;
  const editable =
    prediction.syncState === 'pending' && prediction.origin === 'device' && prediction.classes !== null;
  const canAddLeaf = editable && verdict !== 'notLeaf' && prediction.photoCount < MAX_PHOTOS_PER_PREDICTION;
  // The combined most likely disease, for the per-leaf list on any verdict (not the answer unless confident).
  const mostLikely = prediction.top5[0];
  const qualityIssues = [...new Set((photos ?? []).flatMap((p) => p.qualityIssues))];
  const likelyCrop =
    verdict === 'unsure' && prediction.crop !== null ? (prediction.likelyCrop ?? null) : null;

  function onAddLeaf(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file !== undefined) void act(() => addLeaf(id, file));
  }

  return (
    <>
      <section className="card result">
        <ResultPhoto prediction={prediction} />
        {top !== undefined && <ConfidentAnswer top={top} />}
        {verdict === 'unsure' && prediction.crop !== null && likelyCrop !== null && (
          <WrongCropAnswer
            picked={prediction.crop}
            likely={likelyCrop}
            busy={busy}
            {...(editable && { onDiagnoseAs: (crop: CropId) => void act(() => changeCrop(db, id, crop)) })}
          />
        )}
        {verdict === 'unsure' && likelyCrop === null && (
          <UnsureAnswer top5={prediction.top5} offerAnotherLeaf={canAddLeaf && prediction.photoCount === 1} />
        )}
        {verdict === 'notLeaf' && <NotLeafAnswer />}
        {qualityIssues.length > 0 && (
          <div className="warning" data-testid="result-quality-warning">
            <p>{t('quality.title')}</p>
            <ul>
              {qualityIssues.map((issue) => (
                <li key={issue}>{t(`quality.${issue}`, { defaultValue: t('quality.generic') })}</li>
              ))}
            </ul>
          </div>
        )}
        <p className="muted small">
          {formatDateTime(prediction.createdAt, language)} · {t(`syncState.${prediction.syncState}`)}
        </p>
        {prediction.syncState === 'rejected' && prediction.rejectReason !== null && (
          <p className="warning">{t('history.rejectedReason', { reason: prediction.rejectReason })}</p>
        )}
        <div className="assumed-crop" data-testid="assumed-crop">
          {prediction.crop === null
            ? t('result.noCropAssumed')
            : t('result.cropAssumed', { crop: cropName(prediction.crop, language) })}
          {editable && (
            <label className="field">
              {t('result.changeCrop')}
              <CropSelect
                testId="result-crop-select"
                value={prediction.crop}
                myCrops={myCrops}
                onChange={(crop: CropId | null) => void act(() => changeCrop(db, id, crop))}
              />
            </label>
          )}
        </div>
      </section>

      {top !== undefined && (
        <section className="card">
          <Top5List top5={prediction.top5} />
        </section>
      )}

      {photos !== undefined &&
        photos.length > 1 &&
        prediction.classes !== null &&
        mostLikely !== undefined && (
          <LeafList
            count={photos.length}
            answers={leafAnswers(photos.map(readingOf), prediction.classes, prediction.crop)}
            combinedTop={mostLikely.classId}
            thumbnail={(index) => (
              <BlobImage
                blob={photos[index]?.thumbnail}
                alt={t('result.leafAlt', { n: index + 1 })}
                className="thumb"
              />
            )}
          />
        )}

      {prediction.classes === null && prediction.photoCount > 1 && <PulledPhotos prediction={prediction} />}

      {canAddLeaf && (
        <section className="card">
          <label className="button big">
            <span aria-hidden="true">➕</span>{' '}
            {t('result.addLeaf', { n: prediction.photoCount + 1, max: MAX_PHOTOS_PER_PREDICTION })}
            <input
              type="file"
              accept="image/*"
              className="visually-hidden"
              data-testid="add-leaf-input"
              disabled={busy}
              onChange={onAddLeaf}
            />
          </label>
          <p className="muted small">{t('result.addLeafHint', { max: MAX_PHOTOS_PER_PREDICTION })}</p>
        </section>
      )}
      {busy && <p className="muted">{t('home.diagnosing')}</p>}
      <ErrorMessage error={error} />

      {top !== undefined && <AdviceView classId={top.classId} />}

      {/* Keyed by record only (a key on the saved values would remount it on save and lose "Saved"). */}
      <FieldDetailsEditor key={`details:${id}`} prediction={prediction} />

      <NoteEditor key={id} id={id} note={prediction.note} />

      <section className="card">
        <DeleteDiagnosisButton prediction={prediction} onDeleted={() => void navigate('/history')} />
      </section>
    </>
  );
}

/** The first photo, this phone's or (a record made on another device) fetched from the server. */
function ResultPhoto({ prediction }: { prediction: StoredPrediction }) {
  const { t } = useTranslation();
  const photo = usePredictionPhoto(prediction, 0, 'full');
  return <BlobImage blob={photo} alt={t('result.photoAlt')} className="result-photo" />;
}
