import { useSyncExternalStore } from 'react';
import type { CropId } from '@phyto/shared';
import { preferences } from './preferences.ts';

export function useDisclaimerAccepted(): boolean {
  return useSyncExternalStore(preferences.subscribe, preferences.disclaimerAccepted);
}

export function useMyCrops(): CropId[] | null {
  return useSyncExternalStore(preferences.subscribe, preferences.myCrops);
}
