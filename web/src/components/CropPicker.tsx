import { CROPS, type CropId } from '@phyto/shared';
import { cropName } from '../i18n/languages.ts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';
import { CropIcon } from './CropIcon.tsx';

/** "My crops": a grid of big toggles with a picture and the name in the farmer's language. */
export function CropPicker({
  value,
  onChange,
}: {
  value: readonly CropId[];
  onChange: (crops: CropId[]) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <div className="crop-picker" role="group" aria-label={t('crops.pickerLabel')}>
      {CROPS.map((c) => {
        const checked = value.includes(c.id);
        return (
          <label
            key={c.id}
            className={`crop-tile${checked ? ' checked' : ''}`}
            data-testid={`my-crop-${c.id}`}
          >
            <input
              type="checkbox"
              checked={checked}
              onChange={() => onChange(checked ? value.filter((id) => id !== c.id) : [...value, c.id])}
            />
            <CropIcon crop={c.id} />
            <span>{cropName(c.id, language)}</span>
            {!c.covered && <small className="muted">{t('crops.notCoveredShort')}</small>}
          </label>
        );
      })}
    </div>
  );
}
