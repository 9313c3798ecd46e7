import { recommendationFor } from '../i18n/languages.ts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';

/** What it is, how it shows, what to do now and next season — in the chosen language. */
export function AdviceView({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const advice = recommendationFor(classId, language);
  if (advice === undefined) return null;
  const list = (items: readonly string[]) => (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  return (
    <section className="card advice" data-testid="recommendations" aria-labelledby="advice-title">
      <h2 id="advice-title">{t('advice.title')}</h2>
      <h3>{t('advice.about')}</h3>
      <p>{advice.about}</p>
      <h3>{t('advice.symptoms')}</h3>
      {list(advice.symptoms)}
      <h3>{t('advice.treatment')}</h3>
      {list(advice.treatment)}
      <h3>{t('advice.prevention')}</h3>
      {list(advice.prevention)}
    </section>
  );
}
