import { useTranslation } from 'react-i18next';
import type { ModelStatus } from '../ml/useInference.ts';

/** The model download as a real progress bar, then "ready", or the failure with a way to try again. */
export function ModelStatusView({ status, onRetry }: { status: ModelStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  switch (status.state) {
    case 'loading': {
      // The bar follows the decoded bytes; the size shown is what the download costs on the wire.
      const share = status.totalBytes === null ? 0 : status.loadedBytes / status.totalBytes;
      return (
        <div className="model-status" data-testid="model-status" data-state="loading" role="status">
          <span data-testid="model-download-text" data-wire-bytes={status.wireBytes ?? undefined}>
            {status.wireBytes === null || status.wireBytes === 0
              ? t('model.loadingPercent', { percent: Math.floor(share * 100) })
              : t('model.loading', {
                  percent: Math.floor(share * 100),
                  total: (status.wireBytes / 1e6).toFixed(1),
                })}
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
