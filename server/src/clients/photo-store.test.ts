import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { PhotoStore } from './photo-store.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

it('keeps a photo larger than one chunk whole, and removes every chunk of it', async () => {
  const store = new PhotoStore(t.db);
  const files = t.db.collection('photo_files');
  const before = await files.countDocuments();
  const bytes = new Uint8Array(randomBytes(9 * 1024 * 1024 + 7)); // three chunks of ≤ 4 MB
  const name = await store.save(bytes, 'jpg');
  expect(name).toMatch(/^[0-9a-f-]{36}\.jpg$/);
  expect(await files.countDocuments()).toBe(before + 3);
  expect(Buffer.compare(await store.read(name), Buffer.from(bytes))).toBe(0);
  await store.remove(name);
  expect(await files.countDocuments()).toBe(before);
  await expect(store.read(name)).rejects.toThrow(/No stored photo/);
});
