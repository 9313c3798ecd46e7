import { sessionStore } from '../auth/session.ts';
import { createApiClient } from './api-client.ts';
import { deviceId } from './device-id.ts';

/** The app's API client: same origin (Vite proxies /api in development); the token is read per request. */
export const api = createApiClient({ getToken: () => sessionStore.token(), deviceId });
