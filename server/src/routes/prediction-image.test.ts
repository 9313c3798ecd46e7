import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '@phyto/shared/api-error';
import { PredictionRecordSchema } from '@phyto/shared/prediction';
import { UPLOAD_MAX_BYTES } from '@phyto/shared/upload';
import { prediction, startTestServer, type TestServer } from '../testing/test-server.ts';

let t: TestServer;
let token: string;
let recordId: string;
let jpegWithGps: Buffer;

beforeAll(async () => {
  t = await startTestServer();
  ({ token } = await t.signUp());
  const record = prediction({ photoCount: 2 });
  recordId = record.id;
  const sync = await t.call('POST', '/api/predictions/sync', { token, json: { records: [record] } });
  expect(sync.status).toBe(200);
  // 40×20 pixels, EXIF orientation 6 (shown rotated 90°), with a GPS position to be stripped.
  jpegWithGps = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#3a7d2c' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'PhytoTestCam' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '1/1 17/1 0/1' } })
    .toBuffer();
});
afterAll(async () => {
  await t?.close();
});

function upload(body: Uint8Array | FormData, query = '', as = token, id = recordId) {
  const headers: Record<string, string> = body instanceof FormData ? {} : { 'content-type': 'image/jpeg' };
  return t.call('POST', `/api/predictions/${id}/image${query}`, { token: as, body, headers });
}

function errorCode(body: unknown): string {
  return ApiErrorSchema.parse(body).error.code;
}

async function png(width = 8, height = 8): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: '#ffffff' } })
    .png()
    .toBuffer();
}

/** A PNG whose header claims `width`×`height` pixels with no real image data behind it. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.alloc(16)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('POST and GET /api/predictions/:id/image', () => {
  it('stores a JPEG with the orientation applied and EXIF/GPS removed, and serves it to the owner', async () => {
    expect((await sharp(jpegWithGps).metadata()).exif).toBeDefined(); // the control: input has EXIF

    const res = await upload(jpegWithGps);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(PredictionRecordSchema.parse(res.body).uploadedPhotos).toEqual([0]);

    const got = await fetch(`${t.url}/api/predictions/${recordId}/image?index=0`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await got.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([20, 40]);
    expect(bytes.includes(Buffer.from('PhytoTestCam'))).toBe(false);
  });

  it('accepts a PNG as a multipart field, for another photo index', async () => {
    const form = new FormData();
    form.append('image', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'leaf.png');
    const res = await upload(form, '?index=1');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(PredictionRecordSchema.parse(res.body).uploadedPhotos).toEqual([0, 1]);
    const got = await t.call('GET', `/api/predictions/${recordId}/image?index=1`, { token });
    expect(got.headers.get('content-type')).toBe('image/png');
  });

  it('serves a 256 px JPEG thumbnail for lists, and refuses an unknown size', async () => {
    const form = new FormData();
    form.append('image', new Blob([new Uint8Array(await png(800, 600))], { type: 'image/png' }), 'leaf.png');
    expect((await upload(form, '?index=1')).status).toBe(201);
    const res = await fetch(`${t.url}/api/predictions/${recordId}/image?index=1&size=thumbnail`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 256, 192]);
    const bad = await t.call('GET', `/api/predictions/${recordId}/image?index=1&size=huge`, { token });
    expect(bad.status).toBe(400);
  });

  it('replaces a re-uploaded photo without leaving the old file behind', async () => {
    const files = t.db.collection('photo_files');
    const before = await files.countDocuments();
    expect((await upload(jpegWithGps)).status).toBe(201);
    expect((await upload(jpegWithGps)).status).toBe(201);
    expect(await files.countDocuments()).toBe(before);
    const doc = await t.db.collection('predictions').findOne({ clientId: recordId });
    expect(doc?.uploadedPhotos).toEqual([0, 1]);
  });

  it('keeps every photo when several are uploaded at once', async () => {
    const record = prediction({ photoCount: 6 });
    await t.call('POST', '/api/predictions/sync', { token, json: { records: [record] } });
    const replies = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) => upload(jpegWithGps, `?index=${i}`, token, record.id)),
    );
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const doc = await t.db.collection('predictions').findOne({ clientId: record.id });
    expect([...(doc?.uploadedPhotos as number[])].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Object.keys(doc?.photos as object).sort()).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('hides photos and records from other users (404) and from anonymous callers (401)', async () => {
    const mallory = await t.signUp();
    const post = await upload(jpegWithGps, '', mallory.token);
    expect(post.status).toBe(404);
    const get = await t.call('GET', `/api/predictions/${recordId}/image`, { token: mallory.token });
    expect(get.status).toBe(404);
    expect((await t.call('GET', `/api/predictions/${recordId}/image`)).status).toBe(401);
  });

  it('404s for a record that was never synced', async () => {
    const res = await upload(jpegWithGps, '', token, crypto.randomUUID());
    expect(res.status).toBe(404);
  });

  it.each([
    ['index beyond photoCount', '?index=2', 400],
    ['index out of range', '?index=9', 400],
    ['index not a number', '?index=x', 400],
  ])('refuses %s', async (_name, query, status) => {
    const res = await upload(jpegWithGps, query);
    expect(res.status).toBe(status);
  });

  it('refuses a bad record id', async () => {
    expect((await upload(jpegWithGps, '', token, 'not-a-uuid')).status).toBe(400);
  });

  it('refuses content that is not JPG or PNG whatever the Content-Type says (415)', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary');
    for (const body of [
      Buffer.from('hello, not an image'),
      gif,
      await sharp(await png())
        .webp()
        .toBuffer(),
    ]) {
      const res = await upload(body);
      expect(res.status).toBe(415);
      expect(errorCode(res.body)).toBe('unsupported_media_type');
    }
  });

  it('refuses truncated and corrupt images (400) and keeps the stored photo', async () => {
    const truncated = jpegWithGps.subarray(0, Math.floor(jpegWithGps.length * 0.6));
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    const truncatedPng = (await png(64, 64)).subarray(0, 60);
    for (const body of [truncated, garbage, truncatedPng]) {
      const res = await upload(body);
      expect(res.status).toBe(400);
      expect(errorCode(res.body)).toBe('bad_request');
    }
    expect((await t.call('GET', `/api/predictions/${recordId}/image`, { token })).status).toBe(200);
  });

  it('refuses images over 10 MB (413) and pixel bombs before decoding (413)', async () => {
    const big = Buffer.alloc(UPLOAD_MAX_BYTES + 1, 0);
    big.set(jpegWithGps.subarray(0, 4));
    const res = await upload(big);
    expect(res.status).toBe(413);
    expect(errorCode(res.body)).toBe('payload_too_large');

    const bomb = await upload(pngHeaderOnly(30_000, 30_000));
    expect(bomb.status).toBe(413);
  });

  it('refuses a form with more than the one image field before parsing it (400), and keeps the photo', async () => {
    const form = new FormData();
    form.append('image', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'leaf.png');
    for (let i = 0; i < 2000; i++) form.append(`f${i}`, 'x');
    const res = await upload(form);
    expect(res.status).toBe(400);
    expect(errorCode(res.body)).toBe('validation_failed');
    expect((await t.call('GET', `/api/predictions/${recordId}/image`, { token })).status).toBe(200);
  });

  it('refuses an empty body', async () => {
    expect((await upload(new Uint8Array(0))).status).toBe(400);
  });
});
