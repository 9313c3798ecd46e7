import { describe, expect, it } from 'vitest';
import type { Language } from '@phyto/shared/languages';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { cropNameIn, recommendationIn } from './lookup.ts';
import type { LanguageAdvice } from './recommendation.ts';

describe('advice lookup', () => {
  const loaded = new Map<Language, LanguageAdvice>([
    ['en', en],
    ['fr', fr],
  ]);

  it('answers in the language when it is loaded', () => {
    expect(recommendationIn(loaded, 'Tomato___Late_blight', 'fr')).toBe(fr.classes['Tomato___Late_blight']);
    expect(cropNameIn(loaded, 'tomato', 'fr')).toBe(fr.crops['tomato']);
  });

  it('falls back to English, then to the crop id', () => {
    expect(recommendationIn(loaded, 'Tomato___Late_blight', 'sw')).toBe(en.classes['Tomato___Late_blight']);
    expect(cropNameIn(loaded, 'tomato', 'sw')).toBe(en.crops['tomato']);
    expect(cropNameIn(new Map(), 'tomato', 'sw')).toBe('tomato');
    expect(recommendationIn(loaded, 'No___such_class', 'fr')).toBeUndefined();
  });
});
