import { describe, expect, it } from 'vitest';
import { countryChoices, defaultCountry, toE164 } from './phone-number.ts';

describe('phone numbers as people type them', () => {
  it('accepts local formats of the picked country and international ones from anywhere', () => {
    expect(toE164('98765 43210', 'IN')).toBe('+919876543210');
    expect(toE164('0712 345 678', 'KE')).toBe('+254712345678');
    expect(toE164('+254 712 345 678', 'IN')).toBe('+254712345678');
  });

  it('refuses what is not a mobile number of that country', () => {
    expect(toE164('0712 345 678', 'IN')).toBeNull();
    expect(toE164('12', 'KE')).toBeNull();
    expect(toE164('call me', 'KE')).toBeNull();
  });

  it('starts from the browser region, else the language', () => {
    expect(defaultCountry(['sw-KE', 'en'], 'sw')).toBe('KE');
    expect(defaultCountry(['sw-TZ'], 'sw')).toBe('TZ');
    expect(defaultCountry(['en-IN'], 'en')).toBe('IN');
    expect(defaultCountry(['fr'], 'hi')).toBe('IN');
    // The app in Swahili on a phone set to American English: Kenya, not the United States.
    expect(defaultCountry(['en-US', 'en'], 'sw')).toBe('KE');
    expect(defaultCountry(['en-US'], 'hi')).toBe('IN');
  });

  it('names every country in the UI language', () => {
    const choices = countryChoices('sw');
    expect(choices.length).toBeGreaterThan(200);
    expect(choices.find((c) => c.code === 'KE')?.name).toBe('Kenya (+254)');
  });
});
