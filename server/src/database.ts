import { MongoClient, MongoServerError, type Db } from 'mongodb';

/** MongoDB's reply when a feature is missing; FerretDB v1 sends it for TTL indexes. */
const NOT_IMPLEMENTED = 238;

export interface Database {
  client: MongoClient;
  db: Db;
  /** False on FerretDB: expired OTP documents must then be deleted by a periodic job. */
  ttlIndexes: boolean;
}

/**
 * Connects and creates every index at start-up. The database name comes from the URI's path, else
 * `phyto`.
 */
export async function connectDatabase(uri: string, dbName?: string): Promise<Database> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 });
  await client.connect();
  try {
    const db = client.db(dbName ?? (databaseNameFromUri(uri) || 'phyto'));
    const ttlIndexes = await createIndexes(db);
    return { client, db, ttlIndexes };
  } catch (err) {
    await client.close();
    throw err;
  }
}

async function createIndexes(db: Db): Promise<boolean> {
  await db.collection('users').createIndex({ phone: 1 }, { unique: true, name: 'phone_unique' });
  // Predictions are keyed by `${userId}:${clientId}`; this index states the same rule for anyone writing
  // without that key. History and the change feed read the per-user `record_index` by `_id` instead.
  await db
    .collection('predictions')
    .createIndex({ userId: 1, clientId: 1 }, { unique: true, name: 'user_client_unique' });
  try {
    await db.collection('otps').createIndex({ purgeAt: 1 }, { expireAfterSeconds: 0, name: 'purge_ttl' });
    await db
      .collection('rate_limits')
      .createIndex({ purgeAt: 1 }, { expireAfterSeconds: 0, name: 'purge_ttl' });
    return true;
  } catch (err) {
    if (err instanceof MongoServerError && err.code === NOT_IMPLEMENTED) return false;
    throw err;
  }
}

function databaseNameFromUri(uri: string): string {
  const path = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]*)/.exec(uri)?.[1] ?? '';
  return decodeURIComponent(path);
}
