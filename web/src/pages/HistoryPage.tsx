import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@phyto/shared';
import { cropName } from '../i18n/languages.ts';
import { PredictionRow } from '../components/PredictionRow.tsx';
import { diseaseName } from '../components/names.ts';
import { db } from '../db/db.ts';
import { listPredictions, type StoredPrediction } from '../db/predictions.ts';
import { useLiveQuery } from '../db/useLiveQuery.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useOwner } from '../auth/useOwner.ts';

const PAGE_SIZE = 10;

/** Matches the crop and the top disease by name in the UI language or English, or by class id. */
function matcher(query: string, language: Language): ((p: StoredPrediction) => boolean) | undefined {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return undefined;
  return (p) => {
    const top = p.top5[0]?.classId ?? '';
    const words = [top, diseaseName(top, language), diseaseName(top, 'en')];
    if (p.crop !== null) words.push(cropName(p.crop, language), cropName(p.crop, 'en'));
    return words.some((w) => w.toLocaleLowerCase().includes(q));
  };
}

export function HistoryPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const owner = useOwner();
  const result = useLiveQuery(
    () =>
      listPredictions(db, {
        owner,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
        matches: matcher(query, language),
      }),
    [owner, page, query, language],
  );
  const pages = Math.max(1, Math.ceil((result?.total ?? 0) / PAGE_SIZE));

  return (
    <section className="card">
      <h1>{t('history.title')}</h1>
      <label className="field">
        <span className="visually-hidden">{t('history.search')}</span>
        <input
          type="search"
          data-testid="history-search"
          placeholder={t('history.search')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setPage(0);
          }}
        />
      </label>
      {result !== undefined && result.total === 0 ? (
        <p className="muted" data-testid="history-empty">
          {query.trim() === '' ? t('history.empty') : t('history.noMatch')}
        </p>
      ) : (
        <ul className="prediction-list">
          {result?.items.map((p) => (
            <PredictionRow key={p.id} prediction={p} />
          ))}
        </ul>
      )}
      <nav className="pager" aria-label={t('history.pages')}>
        <button
          type="button"
          className="button"
          data-testid="history-prev"
          disabled={page === 0}
          onClick={() => setPage(page - 1)}
        >
          {t('history.prev')}
        </button>
        <span data-testid="history-page">{t('history.pageOf', { page: page + 1, pages })}</span>
        <button
          type="button"
          className="button"
          data-testid="history-next"
          disabled={page + 1 >= pages}
          onClick={() => setPage(page + 1)}
        >
          {t('history.next')}
        </button>
      </nav>
    </section>
  );
}
