import { createContext, useContext } from 'react';
import type { PhytoDb } from '../db/schema.ts';
import type { InferenceClient } from '../ml/inference-client.ts';
import type { ApiClient } from '../sync/api-client.ts';
import type { SyncEngine } from '../sync/sync-engine.ts';

/**
 * The app's long-lived objects, made once by `app/services.ts` and handed to components through this
 * context. This module imports nothing at run time but React (types only), so any folder may use it
 * without an import loop.
 */
export interface Services {
  db: PhytoDb;
  api: ApiClient;
  syncEngine: SyncEngine;
  /** Made on first use: the worker and its model download start when a screen needs the model. */
  inference: () => InferenceClient;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices() outside <ServicesContext> (see main.tsx)');
  return services;
}
