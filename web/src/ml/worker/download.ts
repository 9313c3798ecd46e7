import { InferenceError } from '../protocol.ts';

/**
 * The model and the ONNX Runtime wasm are kept in a Cache Storage bucket of their own, written here as
 * they are downloaded. Why not the service worker's precache: precaching would download them a second
 * time in the background on the first visit, and could not report progress. Their URLs carry a content
 * hash, so a cached response is always right; entries of older versions are deleted after a load.
 */
export const MODEL_CACHE = 'phyto-model-v1';

export interface Download {
  url: string;
  /** Expected size, when known ahead (metadata.json knows the model's). */
  bytes: number | null;
  /** Expected SHA-256 (hex): checked before the bytes are used or cached. */
  sha256: string | null;
}

/** Decoded bytes received and expected (the bar), and the download's size on the wire (what it costs). */
export type ProgressListener = (
  loadedBytes: number,
  totalBytes: number | null,
  wireBytes: number | null,
) => void;

async function cachedOrFetched(
  cache: Cache | null,
  url: string,
): Promise<{ response: Response; cached: boolean }> {
  const hit = await cache?.match(url);
  if (hit) return { response: hit, cached: true };
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new InferenceError('errors.modelDownloadFailed', `${url}: ${String(error)}`);
  }
  if (!response.ok) throw new InferenceError('errors.modelDownloadFailed', `${url}: HTTP ${response.status}`);
  return { response, cached: false };
}

/** Content-Length is the size on the wire (compressed when Content-Encoding says so); a cached file costs 0. */
function wireLength(response: Response, cached: boolean): number | null {
  if (cached) return 0;
  const length = Number(response.headers.get('content-length'));
  return length > 0 ? length : null;
}

/** Content-Length counts encoded bytes: only trust it when the body is not compressed on the wire. */
function decodedLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  const length = Number(response.headers.get('content-length'));
  return (!encoding || encoding === 'identity') && length > 0 ? length : null;
}

async function readAll(response: Response, onBytes: (n: number) => void): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    onBytes(value.byteLength);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches several files in parallel from the model cache or the network, reporting the bytes received
 * across all of them, and stores network responses in the cache.
 */
export async function downloadAll(
  downloads: readonly Download[],
  onProgress: ProgressListener,
): Promise<Uint8Array<ArrayBuffer>[]> {
  // Cache Storage is missing in some private modes: then download every time rather than fail.
  const cache = 'caches' in self ? await caches.open(MODEL_CACHE).catch(() => null) : null;
  const opened = await Promise.all(downloads.map((d) => cachedOrFetched(cache, d.url)));
  const sizes = opened.map(({ response }, i) => downloads[i]?.bytes ?? decodedLength(response));
  const total = sizes.every((s) => s !== null) ? sizes.reduce<number>((a, s) => a + (s ?? 0), 0) : null;
  const wires = opened.map(({ response, cached }) => wireLength(response, cached));
  const wire = wires.every((w) => w !== null) ? wires.reduce<number>((a, w) => a + (w ?? 0), 0) : null;
  let loaded = 0;
  onProgress(0, total, wire);
  const bodies = await Promise.all(
    opened.map(async ({ response, cached }, i) => {
      const bytes = await readAll(response, (n) => {
        loaded += n;
        onProgress(loaded, total === null ? null : Math.max(total, loaded), wire);
      });
      const url = downloads[i]?.url ?? '';
      const expected = downloads[i]?.sha256;
      if (expected && (await sha256Hex(bytes)) !== expected) {
        await cache?.delete(url);
        throw new InferenceError('errors.modelIntegrity', `${url}: SHA-256 differs from metadata.json`);
      }
      if (cache && !cached) {
        // Content-Length lets a later load from the cache show a determinate progress bar.
        const headers = {
          'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
          'content-length': String(bytes.byteLength),
        };
        await cache.put(url, new Response(bytes, { headers })).catch(() => undefined); // quota: keep going
      }
      return bytes;
    }),
  );
  if (cache) await pruneCache(cache, new Set(downloads.map((d) => new URL(d.url, self.location.href).href)));
  return bodies;
}

async function pruneCache(cache: Cache, keep: ReadonlySet<string>): Promise<void> {
  for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
