// Two writes to one record at the same moment, both acknowledged: both must be in the record afterwards.
// On the embedded database this holds only because the launcher lets one write command through at a time
// (tools/ferretdb-launcher/write_gate.go); without it, 6–10 rounds in 10 lost a write. Run on one API, and
// on two API processes over one database (two phones reaching two instances behind the proxy).
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PredictionRecordSchema, type PredictionInput } from '@phyto/shared/prediction';
import { SyncPushReplySchema } from '@phyto/shared/sync';
import { kill, PROCESS_SECRETS, signUp, spawnServer, type ServerProcess } from './testing/server-process.ts';
import { prediction, startTestServer, type TestServer } from './testing/test-server.ts';

const ROUNDS = 20;

let t: TestServer;
let second: ServerProcess;
let photo: Buffer;

beforeAll(async () => {
  t = await startTestServer(PROCESS_SECRETS);
  second = await spawnServer(t.mongoUri, t.db.databaseName);
  photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7d2c' } })
    .jpeg()
    .toBuffer();
});
afterAll(async () => {
  if (second) await kill(second.child);
  await t?.close();
});

function request(
  base: string,
  token: string,
  method: string,
  path: string,
  body: RequestInit['body'],
  type: string,
) {
  return fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body,
  });
}

async function syncOne(base: string, token: string, record: unknown): Promise<Response> {
  return request(
    base,
    token,
    'POST',
    '/api/predictions/sync',
    JSON.stringify({ records: [record] }),
    'application/json',
  );
}

function putNote(base: string, token: string, id: string, note: string, baseRevision: number) {
  const body = JSON.stringify({ note, baseRevision });
  return request(base, token, 'PUT', `/api/predictions/${id}/note`, body, 'application/json');
}

async function storedRecord(base: string, token: string, id: string) {
  const res = await fetch(`${base}/api/predictions/history?limit=100`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const page = (await res.json()) as { items: unknown[] };
  return page.items.map((item) => PredictionRecordSchema.parse(item)).find((r) => r.id === id);
}

/** Runs `pair` on a freshly synced record ROUNDS times -> how many rounds lost an acknowledged write
 *  (`pair` says whether both of its writes are in the record afterwards). */
async function lostRounds(
  base: string,
  pair: (token: string, record: PredictionInput, round: number) => Promise<boolean>,
): Promise<number> {
  const { token } = await signUp(base);
  let lost = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const record = prediction();
    expect((await syncOne(base, token, record)).status).toBe(200);
    if (!(await pair(token, record, round))) lost++;
  }
  return lost;
}

describe.each([
  { setup: 'one API', urls: () => [t.url, t.url] },
  { setup: 'two API processes on one database', urls: () => [t.url, second.url] },
])('concurrent writes to one record, $setup', ({ urls }) => {
  it(`keeps both of two note edits made from revision 0 at once (${ROUNDS} rounds)`, async () => {
    const [a = '', b = ''] = urls();
    const lost = await lostRounds(a, async (token, record, round) => {
      const [first, secondEdit] = await Promise.all([
        putNote(a, token, record.id, `phone A ${round}`, 0),
        putNote(b, token, record.id, `phone B ${round}`, 0),
      ]);
      expect([first.status, secondEdit.status]).toEqual([200, 200]);
      const note = (await storedRecord(a, token, record.id))?.note ?? '';
      return note.includes(`phone A ${round}`) && note.includes(`phone B ${round}`);
    });
    expect(lost).toBe(0);
  });

  it(`keeps a note edit and a photo upload made at once (${ROUNDS} rounds)`, async () => {
    const [a = '', b = ''] = urls();
    const lost = await lostRounds(a, async (token, record, round) => {
      const upload = `/api/predictions/${record.id}/image?index=0`;
      const [note, uploaded] = await Promise.all([
        putNote(a, token, record.id, `note ${round}`, 0),
        request(b, token, 'POST', upload, new Uint8Array(photo), 'image/jpeg'),
      ]);
      expect([note.status, uploaded.status]).toEqual([200, 201]);
      const stored = await storedRecord(a, token, record.id);
      const image = await fetch(`${a}${upload}`, { headers: { authorization: `Bearer ${token}` } });
      return stored?.note === `note ${round}` && stored.uploadedPhotos.includes(0) && image.status === 200;
    });
    expect(lost).toBe(0);
  });

  it(`keeps a note edit and a re-sync at revision 1 made at once (${ROUNDS} rounds)`, async () => {
    const [a = '', b = ''] = urls();
    const lost = await lostRounds(a, async (token, record, round) => {
      const revised = {
        ...record,
        revision: 1,
        top5: [{ classId: 'Tomato___Early_blight', confidence: 0.93 }],
      };
      const [note, resync] = await Promise.all([
        putNote(a, token, record.id, `note ${round}`, 0),
        syncOne(b, token, revised),
      ]);
      expect([note.status, resync.status]).toEqual([200, 200]);
      expect(SyncPushReplySchema.parse(await resync.json()).results[0]?.status).toBe('stored');
      const stored = await storedRecord(a, token, record.id);
      return (
        stored?.note === `note ${round}` &&
        stored.revision === 1 &&
        stored.top5[0]?.classId === 'Tomato___Early_blight'
      );
    });
    expect(lost).toBe(0);
  });
});

it('counts 8 parallel $inc updates of one document exactly (the rate limits rely on it)', async () => {
  const client = await new MongoClient(t.mongoUri).connect();
  try {
    const counters = client.db(t.db.databaseName).collection<{ _id: string; count: number }>('inc_check');
    const _id = randomUUID();
    await counters.insertOne({ _id, count: 0 });
    for (let round = 0; round < 5; round++) {
      await Promise.all(Array.from({ length: 8 }, () => counters.updateOne({ _id }, { $inc: { count: 1 } })));
    }
    expect((await counters.findOne({ _id }))?.count).toBe(40);
  } finally {
    await client.close();
  }
});
