import type { CropId } from '@phyto/shared';
import { useTranslation } from 'react-i18next';
import { cropName } from '../i18n/languages.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/**
 * The leaves do not look like the picked crop: say which crop they look like and offer to diagnose them as
 * that one, instead of naming a disease of the wrong crop. No candidates: under the wrong crop they mean
 * nothing. `onDiagnoseAs` is absent once the record can no longer change (synced).
 */
export function WrongCropAnswer({
  picked,
  likely,
  onDiagnoseAs,
  busy,
}: {
  picked: CropId;
  likely: CropId;
  onDiagnoseAs?: (crop: CropId) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const crop = cropName(likely, language);
  return (
    <>
      <h1 data-testid="result-wrong-crop" data-likely-crop={likely}>
        {t('result.wrongCropTitle', { crop, picked: cropName(picked, language) })}
      </h1>
      <p>{t('result.wrongCropIntro')}</p>
      {onDiagnoseAs !== undefined && (
        <button
          type="button"
          className="button big"
          data-testid="diagnose-as-likely-crop"
          disabled={busy}
          onClick={() => onDiagnoseAs(likely)}
        >
          {t('result.diagnoseAs', { crop })}
        </button>
      )}
      <p className="muted small">{t('result.wrongCropNotListed')}</p>
    </>
  );
}
