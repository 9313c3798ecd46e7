import { CROPS, CropIdSchema, type CropId } from '@phyto/shared';
import { cropName } from '../i18n/languages.ts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';

const NOT_SURE = 'not-sure';

/** Which crop the leaf is from: the farmer's crops first, then the rest, and always "not sure". */
export function CropSelect({
  value,
  onChange,
  myCrops,
  testId = 'crop-select',
}: {
  value: CropId | null;
  onChange: (crop: CropId | null) => void;
  myCrops: readonly CropId[] | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const mine = CROPS.filter((c) => myCrops?.includes(c.id));
  const others = CROPS.filter((c) => !myCrops?.includes(c.id));
  const option = (c: (typeof CROPS)[number]) => (
    <option key={c.id} value={c.id}>
      {`${cropName(c.id, language)}${c.covered ? '' : ` — ${t('crops.notCoveredShort')}`}`}
    </option>
  );
  return (
    <select
      data-testid={testId}
      value={value ?? NOT_SURE}
      onChange={(e) => onChange(e.target.value === NOT_SURE ? null : CropIdSchema.parse(e.target.value))}
    >
      <option value={NOT_SURE}>{t('crops.notSure')}</option>
      {mine.length > 0 ? (
        <>
          <optgroup label={t('crops.mine')}>{mine.map(option)}</optgroup>
          <optgroup label={t('crops.others')}>{others.map(option)}</optgroup>
        </>
      ) : (
        others.map(option)
      )}
    </select>
  );
}
