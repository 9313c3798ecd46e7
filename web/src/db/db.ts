import { sessionStore } from '../auth/session.ts';
import { PhytoDb } from './schema.ts';

/** The one database of the app. Tests build their own `new PhytoDb(name)` instead. */
export const db = new PhytoDb('phyto', undefined, sessionStore.ownerId);
