import { Dexie, type EntityTable, type Table } from 'dexie';
import type { StoredPrediction } from './predictions.ts';
import type { StoredPhoto } from './photos.ts';
import type { OutboxEntry } from './outbox.ts';
import type { MetaEntry } from './meta.ts';
import type { RemotePhoto } from './remote-photos.ts';

/** The owner of records made while nobody was signed in (IndexedDB cannot index null). */
export const NO_OWNER = '';

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
  /** Photos fetched from the server for records made on another device, keyed by [predictionId+index+size]. */
  remotePhotos!: Table<RemotePhoto, [string, number, string]>;

  /**
   * `legacyOwner`: who owns the records of a phone upgraded from version 1, when they carried no owner: the
   * account signed in at the upgrade, or NO_OWNER.
   */
  constructor(
    name = 'phyto',
    options?: ConstructorParameters<typeof Dexie>[1],
    legacyOwner: () => string = () => NO_OWNER,
  ) {
    super(name, options);
    this.version(1).stores({
      predictions: 'id, createdAt, syncState',
      photos: '[predictionId+index], predictionId',
      outbox: 'key, kind, predictionId',
      meta: 'key',
    });
    // Records belong to an account: lists, counts and sync read only the signed-in account's.
    this.version(2)
      .stores({
        predictions: 'id, createdAt, syncState, [owner+createdAt], [owner+syncState]',
        outbox: 'key, kind, predictionId, [owner+kind]',
      })
      .upgrade(async (tx) => {
        const owner = legacyOwner();
        await tx.table('predictions').toCollection().modify({ owner });
        await tx.table('outbox').toCollection().modify({ owner });
      });
    // Photos of pulled records, fetched when shown.
    this.version(3).stores({ remotePhotos: '[predictionId+index+size], predictionId' });
  }
}
