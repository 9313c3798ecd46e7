/**
 * Runs tasks one at a time per key within this process. Correctness does not rest on it (the version
 * checks are atomic on MongoDB, and on the embedded database through its launcher's write gate); queuing
 * same-key work here saves the compare-and-set retries two racing requests of one process would cost.
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
