import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CROPS, VERDICTS, type Verdict } from '@phyto/shared';
import { diseaseName } from '../i18n/format.ts';
import { PredictionRow } from '../components/PredictionRow.tsx';
import { useServices } from '../services/context.ts';
import type { SyncState } from '../db/predictions.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';
import { cropName } from '../i18n/languages.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useOwner } from '../auth/useOwner.ts';
import {
  NEAR_KM,
  NO_FILTER,
  queryHistory,
  type HistoryFilter,
  type NearKm,
} from '../history/history-filter.ts';
import { currentLocation } from '../components/currentLocation.ts';
import { FilterSelect } from '../components/FilterSelect.tsx';
import { HistoryExport } from '../components/HistoryExport.tsx';
import { useVerdictLabel } from '../history/useVerdictLabel.ts';

/** Rows shown at first and added by "Show more": a field agent's 2,000 records never render at once. */
const STEP = 30;
const SYNC_STATES: readonly SyncState[] = ['pending', 'synced', 'rejected'];
const CROP_IDS = CROPS.map((c) => c.id);

export function HistoryPage() {
  const { db } = useServices();
  const { t } = useTranslation();
  const [language] = useLanguage();
  const owner = useOwner();
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const [limit, setLimit] = useState(STEP);
  const verdictLabel = useVerdictLabel();
  const result = useLiveQuery(
    () => queryHistory(db, owner, filter, limit, verdictLabel, language),
    [db, owner, filter, limit, verdictLabel, language],
  );
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  const toldLabel = (answer: string) =>
    isVerdict(answer) ? verdictLabel(answer) : diseaseName(answer, language);
  const change = (patch: Partial<HistoryFilter>) => {
    setFilter((current) => ({ ...current, ...patch }));
    setLimit(STEP);
  };
  // Where the phone is, asked only when a distance is chosen; the list is not filtered until it is known.
  // A later choice (or "Clear filters") wins over a location that arrives late.
  const [locating, setLocating] = useState<'finding' | 'failed' | null>(null);
  const locationRequest = useRef(0);
  const chooseNear = (km: NearKm | null) => {
    const request = ++locationRequest.current;
    setLocating(km === null ? null : 'finding');
    if (km === null) {
      change({ near: null });
      return;
    }
    currentLocation().then(
      (of) => {
        if (request !== locationRequest.current) return;
        setLocating(null);
        change({ near: { km, of } });
      },
      () => {
        if (request === locationRequest.current) setLocating('failed');
      },
    );
  };

  return (
    <section className="card">
      <h1>{t('history.title')}</h1>
      <label className="field">
        <span className="visually-hidden">{t('history.search')}</span>
        <input
          type="search"
          data-testid="history-search"
          placeholder={t('history.search')}
          value={filter.text}
          onChange={(e) => change({ text: e.target.value })}
        />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="history-possibilities"
          checked={filter.possibilities}
          onChange={(e) => change({ possibilities: e.target.checked })}
        />{' '}
        {t('history.includePossibilities')}
      </label>
      <details className="history-filters" open={filtered}>
        <summary>{t('history.filters')}</summary>
        <FilterSelect
          label={t('history.csv.crop')}
          anyLabel={t('history.allCrops')}
          testId="history-filter-crop"
          value={filter.crop}
          options={CROP_IDS}
          optionLabel={(crop) => cropName(crop, language)}
          onChange={(crop) => change({ crop })}
        />
        <FilterSelect
          label={t('history.csv.verdict')}
          anyLabel={t('history.allVerdicts')}
          testId="history-filter-verdict"
          value={filter.verdict}
          options={VERDICTS}
          optionLabel={verdictLabel}
          onChange={(verdict) => change({ verdict })}
        />
        <FilterSelect
          label={t('history.csv.sync')}
          anyLabel={t('history.allSyncStates')}
          testId="history-filter-sync"
          value={filter.syncState}
          options={SYNC_STATES}
          optionLabel={(state) => t(`syncState.${state}`)}
          onChange={(syncState) => change({ syncState })}
        />
        <FilterSelect
          label={t('history.near')}
          anyLabel={t('history.anywhere')}
          testId="history-filter-near"
          value={filter.near?.km ?? null}
          options={NEAR_KM}
          optionLabel={(km) => t('history.withinKm', { km })}
          onChange={chooseNear}
        />
        {locating !== null && (
          <p className="hint" role="status" data-testid="history-near-status">
            {t(locating === 'finding' ? 'fieldDetails.locating' : 'history.noLocation')}
          </p>
        )}
        <div className="row">
          <label className="field">
            {t('history.from')}
            <input type="date" value={filter.from} onChange={(e) => change({ from: e.target.value })} />
          </label>
          <label className="field">
            {t('history.to')}
            <input type="date" value={filter.to} onChange={(e) => change({ to: e.target.value })} />
          </label>
        </div>
        {filtered && (
          <button
            type="button"
            className="button"
            onClick={() => {
              chooseNear(null);
              change(NO_FILTER);
            }}
          >
            {t('history.clearFilters')}
          </button>
        )}
      </details>
      {result !== undefined && result.total === 0 ? (
        <p className="muted" data-testid="history-empty">
          {filtered ? t('history.noMatch') : t('history.empty')}
        </p>
      ) : (
        <ul className="prediction-list">
          {result?.items.map((p) => (
            <PredictionRow key={p.id} prediction={p} deletable />
          ))}
        </ul>
      )}
      {result !== undefined && result.total > 0 && (
        <p className="muted" data-testid="history-count">
          {t('history.showing', { shown: result.items.length, total: result.total })}
        </p>
      )}
      {result !== undefined && result.told.length > 0 && (
        <section aria-labelledby="history-told-title">
          <h2 id="history-told-title" className="small">
            {t('history.toldTitle')}
          </h2>
          <ul className="told-counts" data-testid="history-told">
            {result.told.map(({ answer, count }) => (
              <li key={answer} data-answer={answer}>
                {t('history.toldCount', { answer: toldLabel(answer), count })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result !== undefined && result.items.length < result.total && (
        <button
          type="button"
          className="button"
          data-testid="history-more"
          onClick={() => setLimit(limit + STEP * 2)}
        >
          {t('history.showMore')}
        </button>
      )}
      {result !== undefined && result.total > 0 && <HistoryExport owner={owner} filter={filter} />}
    </section>
  );
}

function isVerdict(answer: string): answer is Verdict {
  return (VERDICTS as readonly string[]).includes(answer);
}
