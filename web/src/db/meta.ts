import type { PhytoDb } from './schema.ts';

/** Small device-wide facts that must survive with the data (not in localStorage, which a tab may not share). */
export interface MetaEntry {
  /** `pullCursor:<account>`: where this phone stopped reading that account's change feed. */
  key: 'lastSyncedAt' | `pullCursor:${string}`;
  value: string;
}

export async function getMeta(db: PhytoDb, key: MetaEntry['key']): Promise<string | null> {
  return (await db.meta.get(key))?.value ?? null;
}

export async function setMeta(db: PhytoDb, key: MetaEntry['key'], value: string): Promise<void> {
  await db.meta.put({ key, value });
}
