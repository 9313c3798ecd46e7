import { useTranslation } from 'react-i18next';
import type { ModelStatus } from '../ml/useInference.ts';

/** The model download as a real progress bar, then "ready", or the failure with a way to try again. */
export function ModelStatusView({ status, onRetry }: { status: ModelStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  switch (status.state) {
    case 'loading': {
      const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
      return (
        <div className="model-status" data-testid="model-status" data-state="loading" role="status">
          <span>
            {status.totalBytes === null
              ? t('model.loadingUnknown', { loaded: mb(status.loadedBytes) })
              : t('model.loading', { loaded: mb(status.loadedBytes), total: mb(status.totalBytes) })}
          </span>
          <progress
            max={status.totalBytes ?? undefined}
            value={status.totalBytes === null ? undefined : status.loadedBytes}
          />
        </div>
      );
    }
    case 'ready':
      return (
        <div className="model-status" data-testid="model-status" data-state="ready" role="status">
          <span>{t('model.ready')}</span>
        </div>
      );
    case 'error':
      return (
        <div className="model-status error" data-testid="model-status" data-state="error" role="alert">
          {/* The worker reports an i18n key ('errors.modelDownloadFailed', …) when it knows the cause. */}
          <span>
            {status.message.startsWith('errors.')
              ? t(status.message, { defaultValue: t('model.error') })
              : t('model.error')}
          </span>
          <button type="button" className="button" data-testid="model-retry" onClick={onRetry}>
            {t('model.retry')}
          </button>
        </div>
      );
  }
}
