import { randomUUID } from 'node:crypto';
import { Binary, type Collection, type Db } from 'mongodb';

/** Under MongoDB's 16 MB document limit with room to spare; most photos (≤ 1024 px from the app) are one. */
const CHUNK_BYTES = 4 * 1024 * 1024;

interface PhotoFileDoc {
  /** `<uuid>.<ext>` for the head, `<uuid>.<ext>#<n>` for chunk n. */
  _id: string;
  data: Binary;
  /** On the head only: how many chunks follow it (the head holds chunk 0). */
  chunks?: number;
}

/**
 * Photos in the database, so that every API instance behind the load balancer reads what any of them
 * stored. Each file is split into ≤ 4 MB documents keyed by `_id` alone: GridFS would look chunks up by
 * `{files_id, n}`, which FerretDB scans the whole collection for; an `_id` lookup is fast on both.
 */
export class PhotoStore {
  private readonly files: Collection<PhotoFileDoc>;

  constructor(db: Db) {
    this.files = db.collection<PhotoFileDoc>('photo_files');
  }

  /** Stores the bytes under a name the server makes, so a client never chooses one. */
  async save(bytes: Uint8Array, extension: 'jpg' | 'png'): Promise<string> {
    const file = `${randomUUID()}.${extension}`;
    const parts: Uint8Array[] = [];
    for (let at = 0; at < bytes.length || at === 0; at += CHUNK_BYTES)
      parts.push(bytes.subarray(at, at + CHUNK_BYTES));
    // Chunks first, head last: a reader never finds a head whose chunks are not all there.
    for (const [n, part] of parts.entries()) {
      if (n > 0) await this.files.insertOne({ _id: `${file}#${n}`, data: new Binary(part) });
    }
    await this.files.insertOne({ _id: file, data: new Binary(parts[0]), chunks: parts.length - 1 });
    return file;
  }

  async read(file: string): Promise<Buffer> {
    const head = await this.files.findOne({ _id: file });
    if (!head) throw new Error(`No stored photo ${JSON.stringify(file)}`);
    const parts = [head.data.buffer];
    for (let n = 1; n <= (head.chunks ?? 0); n++) {
      const chunk = await this.files.findOne({ _id: `${file}#${n}` });
      if (!chunk) throw new Error(`Stored photo ${JSON.stringify(file)} lacks chunk ${n}`);
      parts.push(chunk.data.buffer);
    }
    return Buffer.concat(parts);
  }

  async remove(file: string): Promise<void> {
    const head = await this.files.findOneAndDelete({ _id: file });
    for (let n = 1; n <= (head?.chunks ?? 0); n++) await this.files.deleteOne({ _id: `${file}#${n}` });
  }
}
