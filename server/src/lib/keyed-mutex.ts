/**
 * Runs tasks one at a time per key within this process. FerretDB applies a conditional update by
 * reading and then writing the whole document, so two racing compare-and-set writes can both "win";
 * queuing same-key work here closes that race for a single API process. (On real MongoDB the version
 * check is atomic as well, which also covers several processes.)
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.then(task, task);
    const tail = current.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await current;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
