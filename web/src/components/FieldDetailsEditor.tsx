import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dexie } from 'dexie';
import { FIELD_TEXT_MAX_LENGTH, type Location } from '@phyto/shared';
import { setFieldDetails, type StoredPrediction } from '../db/predictions.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';
import { useServices } from '../services/context.ts';
import { currentLocation } from './currentLocation.ts';
import { errorText } from './errorText.ts';

/** Earlier farmers and places offered as the agent types: the newest of these many records. */
const SUGGEST_FROM = 500;

/**
 * Whose field: the farmer, the place and (with the phone's permission) where, to about 100 m. All
 * optional; saved on the phone at once and synced like the note, editable later on any phone.
 */
export function FieldDetailsEditor({ prediction }: { prediction: StoredPrediction }) {
  const { db } = useServices();
  const { t } = useTranslation();
  const [farmer, setFarmer] = useState(prediction.farmer ?? '');
  const [place, setPlace] = useState(prediction.place ?? '');
  const [location, setLocation] = useState<Location | null>(prediction.location ?? null);
  const [message, setMessage] = useState<string | null>(null);
  const earlier = useLiveQuery(async () => {
    const recent = await db.predictions
      .where('[owner+createdAt]')
      .between([prediction.owner, Dexie.minKey], [prediction.owner, Dexie.maxKey])
      .reverse()
      .limit(SUGGEST_FROM)
      .toArray();
    const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
    return { farmers: distinct(recent.map((p) => p.farmer)), places: distinct(recent.map((p) => p.place)) };
  }, [db, prediction.owner]);

  async function save(next: { farmer: string; place: string; location: Location | null }) {
    try {
      await setFieldDetails(db, prediction.id, next);
      setMessage(t('fieldDetails.saved'));
    } catch (e) {
      setMessage(errorText(e, t));
    }
  }

  function locate() {
    setMessage(t('fieldDetails.locating'));
    currentLocation().then(
      (here) => {
        setLocation(here);
        void save({ farmer, place, location: here });
      },
      () => setMessage(t('fieldDetails.noLocation')),
    );
  }

  return (
    <section className="card" aria-labelledby="field-details-title">
      <h2 id="field-details-title">{t('fieldDetails.title')}</h2>
      <SuggestedText
        label={t('fieldDetails.farmer')}
        testId="farmer-input"
        value={farmer}
        onChange={setFarmer}
        suggestions={earlier?.farmers ?? []}
      />
      <SuggestedText
        label={t('fieldDetails.place')}
        testId="place-input"
        value={place}
        onChange={setPlace}
        suggestions={earlier?.places ?? []}
      />
      <button
        type="button"
        className="button"
        data-testid="save-field-details"
        onClick={() => void save({ farmer, place, location })}
      >
        {t('fieldDetails.save')}
      </button>
      <p className="muted small">{t('fieldDetails.locationHint')}</p>
      {location === null ? (
        <button type="button" className="button" data-testid="add-location" onClick={locate}>
          {t('fieldDetails.addLocation')}
        </button>
      ) : (
        <p data-testid="location">
          {t('fieldDetails.location', { lat: location.lat, lon: location.lon })}{' '}
          <button
            type="button"
            className="button link"
            onClick={() => {
              setLocation(null);
              void save({ farmer, place, location: null });
            }}
          >
            {t('fieldDetails.removeLocation')}
          </button>
        </p>
      )}
      {message !== null && (
        <p className="muted" role="status" data-testid="field-details-status">
          {message}
        </p>
      )}
    </section>
  );
}

/** A short text field that offers what was typed on earlier records (the browser's own suggestion list). */
function SuggestedText({
  label,
  testId,
  value,
  onChange,
  suggestions,
}: {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  suggestions: string[];
}) {
  const listId = `${testId}-suggestions`;
  return (
    <label className="field">
      {label}
      <input
        data-testid={testId}
        list={listId}
        maxLength={FIELD_TEXT_MAX_LENGTH}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {suggestions.map((text) => (
          <option key={text} value={text} />
        ))}
      </datalist>
    </label>
  );
}
