import { Dexie, type EntityTable, type Table } from 'dexie';
import type { StoredPrediction } from './predictions.ts';
import type { StoredPhoto } from './photos.ts';
import type { OutboxEntry } from './outbox.ts';
import type { MetaEntry } from './meta.ts';

/**
 * The device's database. Every schema change is a new `this.version(n)` block below the old ones (never an
 * edit of an old block): Dexie upgrades a phone from whatever version it holds, one step at a time, e.g.
 *
 * ```ts
 * this.version(2)
 *   .stores({ predictions: 'id, createdAt, syncState, crop' })
 *   .upgrade((tx) => tx.table('predictions').toCollection().modify((p) => { p.crop ??= null; }));
 * ```
 */
export class PhytoDb extends Dexie {
  predictions!: EntityTable<StoredPrediction, 'id'>;
  /** Keyed by [predictionId+index]: one prediction holds up to 6 photos. */
  photos!: Table<StoredPhoto, [string, number]>;
  outbox!: EntityTable<OutboxEntry, 'key'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name = 'phyto', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      predictions: 'id, createdAt, syncState',
      photos: '[predictionId+index], predictionId',
      outbox: 'key, kind, predictionId',
      meta: 'key',
    });
  }
}
