import { describe, expect, it } from 'vitest';
import { distanceKm, presentDetails, roundCoordinate, roundLocation } from './field-details.ts';

describe('field details', () => {
  it('keeps a location to three decimals (≈ 100 m) and leaves empty details out', () => {
    expect(roundCoordinate(-0.091734)).toBe(-0.092);
    expect(roundLocation({ lat: -0.0917345, lon: 34.7679568 })).toEqual({ lat: -0.092, lon: 34.768 });
    expect(presentDetails({ farmer: '', place: 'Kisumu', location: null })).toEqual({ place: 'Kisumu' });
  });

  it('measures great-circle distances: a degree of latitude is 111 km, Kisumu to Nairobi ≈ 264 km', () => {
    expect(distanceKm({ lat: 0, lon: 30 }, { lat: 1, lon: 30 })).toBeCloseTo(111.2, 1);
    expect(distanceKm({ lat: -0.092, lon: 34.768 }, { lat: -1.286, lon: 36.817 })).toBeCloseTo(263.7, 0);
    expect(distanceKm({ lat: 10, lon: 10 }, { lat: 10, lon: 10 })).toBe(0);
  });
});
