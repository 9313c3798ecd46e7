import { afterAll, beforeAll, expect, it } from 'vitest';
import { RECORD_COLUMNS } from '@phyto/shared/record-export';
import { createRepositories } from '../repositories/repositories.ts';
import { PredictionService } from '../services/prediction.service.ts';
import { PhotoStore } from '../clients/photo-store.ts';
import { systemClock } from '../lib/clock.ts';
import { prediction, startTestServer, type TestServer } from '../testing/test-server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

it('streams the account’s whole history as CSV: 10,000 records, each once, in chunks as they are read', async () => {
  const { token, user } = await t.signUp();
  const other = await t.signUp();
  const records = Array.from({ length: 10_000 }, (_, i) =>
    prediction(
      i % 10 === 0
        ? { unsure: true, verdict: 'unsure' }
        : { note: i % 7 === 0 ? `=field ${i}, "north"` : '' },
    ),
  );
  // Stored by the server's own code, a batch at a time (through HTTP it is the same path, 100 times slower).
  const service = new PredictionService(
    createRepositories(t.db).predictions,
    new PhotoStore(t.db),
    systemClock,
  );
  for (let at = 0; at < records.length; at += 500) await service.sync(user.id, records.slice(at, at + 500));
  await service.sync(other.user.id, [prediction()]);
  const deleted = records[1]!;
  await service.delete(user.id, deleted.id);

  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const res = await fetch(`${t.url}/api/predictions/export.csv`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
  let chunks = 0;
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body as ReadableStream<Uint8Array>) {
    chunks += 1;
    text += decoder.decode(chunk, { stream: true });
  }
  const seconds = (performance.now() - started) / 1000;

  const lines = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe(
    [...RECORD_COLUMNS, 'disease_en', 'synced_utc', 'photos_on_server'].map((c) => `"${c}"`).join(','),
  );
  const ids = lines.slice(1).map((line) => /^"([^"]+)"/.exec(line)?.[1]);
  expect(ids).toHaveLength(records.length - 1);
  expect(new Set(ids)).toEqual(new Set(records.filter((r) => r !== deleted).map((r) => r.id)));
  // "Can't tell" names no disease; a note that would run as a formula stays text.
  const unsure = lines.find((l) => l.startsWith(`"${records[10]!.id}"`));
  expect(unsure).toContain('"unsure","",""');
  expect(text).toContain(`"'=field 7, ""north"""`);
  expect(chunks).toBeGreaterThan(50); // produced as read, not built whole
  console.info(
    `export of ${ids.length} records: ${seconds.toFixed(1)} s, ${(text.length / 1e6).toFixed(1)} MB in ${chunks} chunks; ` +
      `test process RSS ${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB more than before`,
  );
}, 300_000);

it('is the caller’s own history only, and needs a token', async () => {
  const { token } = await t.signUp();
  const res = await fetch(`${t.url}/api/predictions/export.csv`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(
    (await res.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n'),
  ).toHaveLength(1);
  expect((await fetch(`${t.url}/api/predictions/export.csv`)).status).toBe(401);
});
