import { recommendationFor } from '../i18n/languages.ts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage.ts';

/**
 * What it is, how it shows, what to do now and next season — in the chosen language. `title` replaces
 * "What to do" where the disease is only a possibility ("If it is late blight").
 */
export function AdviceView({ classId, title }: { classId: string; title?: string }) {
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
    <section className="card advice" data-testid="recommendations" aria-label={title ?? t('advice.title')}>
      <h2>{title ?? t('advice.title')}</h2>
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
