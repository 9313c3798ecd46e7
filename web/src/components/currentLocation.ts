import { roundLocation, type Location } from '@phyto/shared/field-details';

/**
 * Where the phone is, to ≈ 100 m (rounded before anything keeps it), asked only when the farmer taps for
 * it. Rejects when the browser gives none: not allowed, or no fix within 30 s.
 */
export function currentLocation(): Promise<Location> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('no geolocation'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve(roundLocation({ lat: position.coords.latitude, lon: position.coords.longitude })),
      (error) => reject(new Error(error.message)),
      { enableHighAccuracy: false, timeout: 30_000, maximumAge: 5 * 60_000 },
    );
  });
}
