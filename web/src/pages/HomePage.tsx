import { useRef, useState, type ChangeEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import type { CropId } from '@phyto/shared';
import { cropName } from '../i18n/languages.ts';
import { CoverageNote } from '../components/CoverageNote.tsx';
import { CropSelect } from '../components/CropSelect.tsx';
import { errorText } from '../components/errorText.ts';
import { ModelStatusView } from '../components/ModelStatusView.tsx';
import { MyCropsPrompt } from '../components/MyCropsPrompt.tsx';
import { PredictionRow } from '../components/PredictionRow.tsx';
import { SyncStatusCard } from '../components/SyncStatusCard.tsx';
import { AdoptRecordsPrompt } from '../components/AdoptRecordsPrompt.tsx';
import { LeafFramer } from '../components/LeafFramer.tsx';
import type { PhotoSquare } from '../ml/square.ts';
import { useServices } from '../services/context.ts';
import { recentPredictions } from '../db/predictions.ts';
import { NO_OWNER } from '../db/schema.ts';
import { useOwner } from '../auth/useOwner.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';
import { isCropCovered } from '../diagnosis/summarize.ts';
import { useDiagnosis } from '../diagnosis/useDiagnosis.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useMyCrops } from '../settings/usePreferences.ts';

const RECENT = 5;
/** The how-to-photograph tip shows until the farmer has made this many diagnoses. */
const PHOTO_TIP_UNTIL = 3;

export function HomePage() {
  const { db } = useServices();
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const myCrops = useMyCrops();
  const { status, retry, diagnose } = useDiagnosis();
  // Pre-selected when the farmer grows a single crop; "not sure" otherwise.
  const [crop, setCrop] = useState<CropId | null>(() =>
    myCrops?.length === 1 ? (myCrops[0] ?? null) : null,
  );
  const [file, setFile] = useState<File | null>(null);
  const [square, setSquare] = useState<PhotoSquare | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const owner = useOwner();
  const diagnoseButton = useRef<HTMLButtonElement>(null);
  const recent = useLiveQuery(
    () => recentPredictions(db, owner === NO_OWNER ? [owner] : [owner, NO_OWNER], RECENT),
    [owner, db],
  );
  const covered = isCropCovered(crop);

  function onPick(e: ChangeEvent<HTMLInputElement>) {
    setFile(e.target.files?.[0] ?? null);
    setSquare(null);
    setError(null);
    e.target.value = ''; // picking the same photo again must fire `change` again
  }

  async function onDiagnose() {
    if (file === null) return;
    setBusy(true);
    setError(null);
    try {
      const id = await diagnose(file, crop, square);
      await navigate(`/result/${id}`);
    } catch (e) {
      setError(errorText(e, t));
      setBusy(false);
    }
  }

  return (
    <>
      <section className="card capture" aria-labelledby="capture-title">
        <h1 id="capture-title">{t('home.title')}</h1>
        <label className="field">
          {t('home.crop')}
          <CropSelect value={crop} onChange={setCrop} myCrops={myCrops} />
        </label>
        {!covered && crop !== null && (
          <p className="warning" data-testid="crop-not-covered">
            {t('crops.pickedNotCovered', { crop: cropName(crop, language) })}
          </p>
        )}
        <div className="capture-buttons">
          <label className="button big">
            <span aria-hidden="true">📷</span> {t('home.takePhoto')}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              className="visually-hidden"
              data-testid="camera-input"
              onChange={onPick}
            />
          </label>
          <label className="button big">
            <span aria-hidden="true">🖼️</span> {t('home.choosePhoto')}
            <input
              type="file"
              accept="image/*"
              className="visually-hidden"
              data-testid="photo-input"
              onChange={onPick}
            />
          </label>
        </div>
        {recent !== undefined && recent.total < PHOTO_TIP_UNTIL && (
          <p className="hint">{t('home.photoTip')}</p>
        )}
        {file !== null && (
          <LeafFramer
            photo={file}
            square={square}
            onChange={setSquare}
            // On a phone the button is below the photo, out of sight: the next step must be in view.
            onShown={() => diagnoseButton.current?.scrollIntoView({ block: 'nearest' })}
          />
        )}
        {file !== null && status.state === 'loading' && (
          <p className="hint" role="status" data-testid="waiting-for-model">
            {t('home.waitingForModel', {
              percent:
                status.totalBytes === null ? 0 : Math.floor((100 * status.loadedBytes) / status.totalBytes),
            })}
          </p>
        )}
        <button
          ref={diagnoseButton}
          type="button"
          className="button primary big"
          data-testid="diagnose-button"
          disabled={file === null || busy || !covered || status.state === 'error'}
          onClick={() => void onDiagnose()}
        >
          {busy ? t('home.diagnosing') : t('home.diagnose')}
        </button>
        <ErrorMessage error={error} testId="diagnose-error" />
        <ModelStatusView status={status} onRetry={retry} />
        <CoverageNote />
      </section>
      {myCrops === null && <MyCropsPrompt />}
      <AdoptRecordsPrompt />
      <SyncStatusCard />
      <section className="card" aria-labelledby="recent-title">
        <h2 id="recent-title">{t('home.recent')}</h2>
        {recent !== undefined && recent.items.length === 0 ? (
          <p className="muted">{t('home.noRecent')}</p>
        ) : (
          <ul className="prediction-list">
            {recent?.items.map((p) => (
              <PredictionRow key={p.id} prediction={p} />
            ))}
          </ul>
        )}
        {recent?.moreInHistory === true && (
          <Link to="/history" className="tap-link">
            {t('home.seeAll')}
          </Link>
        )}
      </section>
    </>
  );
}
