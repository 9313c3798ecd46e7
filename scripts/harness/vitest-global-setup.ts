import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMongo } from './embedded-mongo.ts';

/**
 * One embedded FerretDB for the whole `vitest run` (each test file still gets its own database name), built
 * here before any test starts, so a cold Go build never counts against a test's hook timeout. Skipped when
 * MONGODB_URI points the tests at a real MongoDB.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.MONGODB_URI) return undefined;
  const dataDir = await mkdtemp(join(tmpdir(), 'phyto-vitest-db-'));
  const mongo = await startEmbeddedMongo({ dataDir });
  // Read by server/src/testing/test-server.ts in the test workers, which start after this.
  process.env.PHYTO_TEST_MONGODB_URI = mongo.uri;
  return async () => {
    await mongo.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
