import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface StorageState {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** How much room the app uses, and a request that the browser never evicts the farmer's diagnoses. */
export function StorageInfo() {
  const { t } = useTranslation();
  const [state, setState] = useState<StorageState>({ usage: null, quota: null, persisted: null });
  const [refresh, setRefresh] = useState(0);
  // The browser may say no (it decides from engagement, installation, bookmarks): say so, not nothing.
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const storage = navigator.storage as StorageManager | undefined;
      const estimate = await storage?.estimate?.().catch(() => undefined);
      const persisted = await storage?.persisted?.().catch(() => null);
      if (!cancelled) {
        setState({
          usage: estimate?.usage ?? null,
          quota: estimate?.quota ?? null,
          persisted: persisted ?? null,
        });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [refresh]);

  async function persist() {
    const granted = await navigator.storage.persist().catch(() => false);
    setRefused(!granted);
    setRefresh((n) => n + 1);
  }

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <p data-testid="storage-estimate">
        {state.usage === null || state.quota === null
          ? t('storage.unknown')
          : t('storage.estimate', { used: mb(state.usage), quota: mb(state.quota) })}
      </p>
      {state.persisted === true ? (
        <p className="muted" data-testid="storage-persisted">
          {t('storage.persisted')}
        </p>
      ) : (
        <>
          <p className="muted">{t('storage.notPersisted')}</p>
          <button
            type="button"
            className="button"
            data-testid="storage-persist"
            onClick={() => void persist()}
          >
            {t('storage.persist')}
          </button>
          {refused && (
            <p className="warning" role="status" data-testid="storage-refused">
              {t('storage.refused')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
