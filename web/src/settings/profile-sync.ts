import type { ProfileUpdateBody } from '@phyto/shared';
import { sessionStore } from '../auth/session.ts';
import { storedLanguage } from '../i18n/language-choice.ts';
import type { ApiClient } from '../sync/api-client.ts';
import { ApiRequestError } from '../sync/api-error.ts';
import { preferences } from './preferences.ts';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * The device's choices win (they are what the farmer sees): language and crops chosen here are sent to the
 * profile; a device that never chose crops takes the profile's. Failures wait for the next trigger.
 */
export async function syncProfile(api: ApiClient): Promise<void> {
  const session = sessionStore.get();
  if (session === null) return;
  const crops = preferences.myCrops();
  if (crops === null && session.user.crops.length > 0) preferences.setMyCrops(session.user.crops);
  const body: ProfileUpdateBody = {};
  const language = storedLanguage();
  if (language !== session.user.language) body.language = language;
  if (crops !== null && !sameSet(crops, session.user.crops)) body.crops = crops;
  if (Object.keys(body).length === 0) return;
  try {
    sessionStore.updateUser(await api.updateMe(body));
  } catch (error) {
    if (error instanceof ApiRequestError && error.unauthorized) sessionStore.expire();
  }
}
