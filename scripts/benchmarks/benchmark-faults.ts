// Fault injection: phones sync records and edit notes while the API process and the embedded database are
// killed (SIGKILL) and restarted, three times each. Counts what the API acknowledged and what is in the
// database afterwards: nothing acknowledged may be missing. `npx tsx scripts/benchmarks/benchmark-faults.ts
// [--phones 8] [--seconds 60]`. Prints numbers only (not a test); uses the embedded FerretDB launcher.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MongoClient } from 'mongodb';
import { SyncPushReplySchema } from '@phyto/shared/sync';
import { kill, signUp, spawnServer, type ServerProcess } from '../../server/src/testing/server-process.ts';
import { prediction } from '../../server/src/testing/test-server.ts';
import { startEmbeddedMongo, type EmbeddedMongo } from '../harness/embedded-mongo.ts';

const { values: args } = parseArgs({
  options: { phones: { type: 'string', default: '8' }, seconds: { type: 'string', default: '60' } },
});
const PHONES = Number(args.phones);
const SECONDS = Number(args.seconds);
const KILLS_EACH = 3;
const DB_NAME = 'phyto_faults';

const dataDir = await mkdtemp(join(tmpdir(), 'phyto-faults-'));
let mongo: EmbeddedMongo = await startEmbeddedMongo({ dataDir });
const port = Number(new URL(mongo.uri).port);
let api: ServerProcess = await spawnServer(mongo.uri, DB_NAME);
const accounts = await Promise.all(Array.from({ length: PHONES }, () => signUp(api.url)));

/** What the API said it stored: record ids, and the note text acknowledged last for each record. */
const acknowledged = new Set<string>();
const notes = new Map<string, string>();
let requests = 0;
let refused = 0;
let running = true;

async function phone(token: string): Promise<void> {
  while (running) {
    const records = Array.from({ length: 5 }, () => prediction());
    try {
      requests++;
      const res = await fetch(`${api.url}/api/predictions/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ records }),
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status !== 200) throw new Error(String(res.status));
      for (const r of SyncPushReplySchema.parse(await res.json()).results)
        if (r.status === 'stored' && r.id !== null) acknowledged.add(r.id);
      const noted = records[0];
      if (noted === undefined) continue;
      const text = `note ${randomUUID()}`;
      const put = await fetch(`${api.url}/api/predictions/${noted.id}/note`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ note: text, baseRevision: 0 }),
        signal: AbortSignal.timeout(10_000),
      });
      if (put.status === 200) notes.set(noted.id, text);
    } catch {
      refused++; // connection refused, 503 or timeout while something is down: the phone retries later
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const started = Date.now();
const phones = accounts.map((a) => phone(a.token));
const gap = (SECONDS * 1000) / (2 * KILLS_EACH + 1);
for (let k = 0; k < KILLS_EACH; k++) {
  await new Promise((r) => setTimeout(r, gap));
  await kill(api.child);
  api = await spawnServer(mongo.uri, DB_NAME); // the phones read api.url afresh for each request
  await new Promise((r) => setTimeout(r, gap));
  const exited = mongo.exited;
  process.kill(mongo.pid, 'SIGKILL');
  await exited;
  mongo = await startEmbeddedMongo({ dataDir, port }); // same port: the API's driver reconnects by itself
}
await new Promise((r) => setTimeout(r, gap));
running = false;
await Promise.all(phones);

const client = await new MongoClient(mongo.uri).connect();
const stored = client.db(DB_NAME).collection<{ clientId: string; note?: string }>('predictions');
const found = new Map<string, string | undefined>();
for await (const doc of stored.find({}, { projection: { clientId: 1, note: 1 } }))
  found.set(doc.clientId, doc.note);
const lostRecords = [...acknowledged].filter((id) => !found.has(id)).length;
const lostNotes = [...notes].filter(([id, text]) => !(found.get(id) ?? '').includes(text)).length;
await client.close();
await kill(api.child);
await mongo.stop();
await rm(dataDir, { recursive: true, force: true });

console.log(
  `fault injection, ${PHONES} phones for ${((Date.now() - started) / 1000).toFixed(0)} s, the API and the ` +
    `embedded database each killed (SIGKILL) ${KILLS_EACH} times; ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`,
);
console.log(`  requests ${requests}, failed while something was down ${refused} (retried)`);
console.log(
  `  records acknowledged ${acknowledged.size}, found afterwards ${acknowledged.size - lostRecords}, lost ${lostRecords}`,
);
console.log(
  `  notes acknowledged ${notes.size}, found afterwards ${notes.size - lostNotes}, lost ${lostNotes}`,
);
process.exit(lostRecords + lostNotes === 0 ? 0 : 1);
