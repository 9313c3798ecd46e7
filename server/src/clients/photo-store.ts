import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const FILE_NAME = /^[0-9a-f-]{36}\.(jpg|png)$/;

/** Photos on local disk under names the server makes, so a client never chooses a path. */
export class PhotoStore {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  async save(bytes: Uint8Array, extension: 'jpg' | 'png'): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const file = `${randomUUID()}.${extension}`;
    await writeFile(join(this.dir, file), bytes, { flag: 'wx' });
    return file;
  }

  read(file: string): Promise<Buffer> {
    return readFile(this.path(file));
  }

  async remove(file: string): Promise<void> {
    await rm(this.path(file), { force: true });
  }

  private path(file: string): string {
    // Names come from our own database, but check anyway: a path must never leave the directory.
    if (!FILE_NAME.test(file)) throw new Error(`Refusing unexpected photo file name ${JSON.stringify(file)}`);
    return join(this.dir, file);
  }
}
