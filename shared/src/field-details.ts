import * as z from 'zod/mini';

export const FIELD_TEXT_MAX_LENGTH = 80;

/** ≈ 100 m: three decimals of a degree of latitude are 111 m; no more is stored or sent. */
export const LOCATION_DECIMALS = 3;

export function roundCoordinate(degrees: number): number {
  const scale = 10 ** LOCATION_DECIMALS;
  return Math.round(degrees * scale) / scale;
}

const FieldTextSchema = z.string().check(z.trim(), z.maxLength(FIELD_TEXT_MAX_LENGTH));

/** Where the leaf was photographed, to about 100 m; only ever with the phone's permission. */
export const LocationSchema = z.strictObject({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});
export type Location = z.infer<typeof LocationSchema>;

/** A position kept to ≈ 100 m: what the phone stores and sends, and what the server keeps whatever it was sent. */
export function roundLocation(location: Location): Location {
  return { lat: roundCoordinate(location.lat), lon: roundCoordinate(location.lon) };
}

/**
 * Whose field a record is from, for a field agent who diagnoses for many farmers: all optional, typed on
 * the phone, editable after sync. An edit sends the three values as they now are; the server keeps the
 * last edit it receives (details are facts about the visit, not prose two people write together).
 */
export const FieldDetailsSchema = z.strictObject({
  farmer: z.optional(FieldTextSchema),
  place: z.optional(FieldTextSchema),
  location: z.optional(z.nullable(LocationSchema)),
});
export type FieldDetails = z.infer<typeof FieldDetailsSchema>;

/** The details that carry a value: an empty text or no location means "none", stored and sent as absent. */
export function presentDetails(details: FieldDetails): {
  farmer?: string;
  place?: string;
  location?: Location;
} {
  return {
    ...(details.farmer ? { farmer: details.farmer } : {}),
    ...(details.place ? { place: details.place } : {}),
    ...(details.location ? { location: details.location } : {}),
  };
}

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km (haversine): close enough at the scale of a village for "near here". */
export function distanceKm(a: Location, b: Location): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
