import { readFileSync } from 'node:fs';

/** A tab-separated file with a header line -> one object per row, keyed by the header's names. */
export function readTsv(path: string): Record<string, string>[] {
  const [head = '', ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const names = head.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [names[i] ?? '', v])));
}
