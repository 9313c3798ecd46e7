import { describe, expect, it } from 'vitest';
import { CLASS_IDS } from '@phyto/shared/classes';
import { CROPS } from '@phyto/shared/crops';
import { LANGUAGES } from '@phyto/shared/languages';
import { ADVICE } from './index.ts';
import { RecommendationSchema } from './recommendation.ts';

describe('recommendations', () => {
  it.each(LANGUAGES)('%s has advice for every class and a name for every crop', (language) => {
    const advice = ADVICE[language];
    expect(Object.keys(advice.classes).sort()).toEqual([...CLASS_IDS].sort());
    expect(Object.keys(advice.crops).sort()).toEqual(CROPS.map((c) => c.id).sort());
    for (const id of CLASS_IDS) {
      const parsed = RecommendationSchema.safeParse(advice.classes[id]);
      expect(parsed.success, `${language} ${id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s is translated, not a copy of English', (language) => {
    const copied = CLASS_IDS.filter(
      (id) => ADVICE[language].classes[id]?.about === ADVICE.en.classes[id]?.about,
    );
    expect(copied).toEqual([]);
  });
});
