import { CropIdSchema, type CropId } from '@phyto/shared';
import * as z from 'zod/mini';

const DISCLAIMER_KEY = 'phyto.disclaimerAccepted';
const CROPS_KEY = 'phyto.myCrops';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Device preferences kept in localStorage; components read them through usePreferences. */
export const preferences = {
  disclaimerAccepted: (): boolean => localStorage.getItem(DISCLAIMER_KEY) === '1',
  acceptDisclaimer: (): void => {
    localStorage.setItem(DISCLAIMER_KEY, '1');
    notify();
  },
  /** The crops the farmer grows, or null before they were asked. */
  myCrops: (): CropId[] | null => parseCrops(localStorage.getItem(CROPS_KEY)),
  setMyCrops: (crops: CropId[]): void => {
    localStorage.setItem(CROPS_KEY, JSON.stringify(crops));
    notify();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

let lastRaw: string | null | undefined;
let lastCrops: CropId[] | null = null;

/** Memoised on the raw string so that useSyncExternalStore sees a stable value. */
function parseCrops(raw: string | null): CropId[] | null {
  if (raw !== lastRaw) {
    lastRaw = raw;
    try {
      const parsed = z.array(CropIdSchema).safeParse(raw === null ? null : JSON.parse(raw));
      lastCrops = parsed.success ? parsed.data : null;
    } catch {
      lastCrops = null;
    }
  }
  return lastCrops;
}
