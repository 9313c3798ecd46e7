import { readFileSync } from 'node:fs';

export interface TarEntry {
  name: string;
  data: Buffer;
}

/**
 * The regular files of an uncompressed (ustar) tar, read in place. Enough for the dataset tars, which
 * hold plain `<Class>/<file>.jpg` entries; long-name (GNU/pax) headers are skipped, not interpreted.
 */
export function* readTar(path: string): Generator<TarEntry> {
  const tar = readFileSync(path);
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return; // end-of-archive block
    const field = (start: number, length: number) =>
      header.toString('latin1', start, start + length).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const dataStart = offset + 512;
    if (type === '0' || type === '') yield { name, data: tar.subarray(dataStart, dataStart + size) };
    offset = dataStart + Math.ceil(size / 512) * 512;
  }
}
