import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CropId } from '@phyto/shared';
import { preferences } from '../settings/preferences.ts';
import { CropPicker } from './CropPicker.tsx';

/** First use: which crops does the farmer grow? Skippable; it only orders and pre-selects the crop list. */
export function MyCropsPrompt() {
  const { t } = useTranslation();
  const [crops, setCrops] = useState<CropId[]>([]);
  return (
    <section className="card" data-testid="my-crops-prompt" aria-labelledby="my-crops-title">
      <h2 id="my-crops-title">{t('crops.promptTitle')}</h2>
      <p className="muted">{t('crops.promptBody')}</p>
      <CropPicker value={crops} onChange={setCrops} />
      <div className="row">
        <button
          type="button"
          className="button primary"
          data-testid="my-crops-save"
          disabled={crops.length === 0}
          onClick={() => preferences.setMyCrops(crops)}
        >
          {t('crops.save')}
        </button>
        <button
          type="button"
          className="button link"
          data-testid="my-crops-skip"
          onClick={() => preferences.setMyCrops([])}
        >
          {t('crops.skip')}
        </button>
      </div>
    </section>
  );
}
