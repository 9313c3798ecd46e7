import {
  InferenceError,
  type ModelInfo,
  type RunOutput,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol.ts';
import type { PhotoSquare } from './square.ts';

export type ModelStatus =
  | { state: 'loading'; loadedBytes: number; totalBytes: number | null; wireBytes: number | null }
  | { state: 'ready' }
  | { state: 'error'; message: string };

/**
 * Worker timings as User Timing measures ('phyto:photo', 'phyto:inference'), visible in DevTools and read
 * by scripts/benchmarks/benchmark-web.ts: inference time alone cannot be seen from the page any other way.
 */
function recordTimings({ photoMs, inferenceMs }: RunOutput['timings']): void {
  const now = performance.now();
  performance.measure('phyto:photo', { start: now - photoMs - inferenceMs, duration: photoMs });
  performance.measure('phyto:inference', { start: now - inferenceMs, duration: inferenceMs });
}

interface Pending {
  resolve(response: WorkerResponse): void;
  reject(error: Error): void;
}

/**
 * Owns the inference worker: one promise per request id, a memoised model load, and a status that
 * React subscribes to. Created once per page (see useInference); nothing else posts to the worker.
 *
 * @example
 *   const client = new InferenceClient(() => new Worker(url, { type: 'module' }));
 *   const { model, output } = await client.run(file);
 */
export class InferenceClient {
  #worker: Worker | null = null;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  #status: ModelStatus = { state: 'loading', loadedBytes: 0, totalBytes: null, wireBytes: null };
  readonly #listeners = new Set<() => void>();
  #model: Promise<ModelInfo> | null = null;

  constructor(private readonly createWorker: () => Worker) {}

  get status(): ModelStatus {
    return this.#status;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Downloads, verifies, self-tests and warms the model once; later calls share the same promise. */
  load(): Promise<ModelInfo> {
    this.#model ??= this.#request({ type: 'load', id: this.#nextId++ }).then(
      (response) => {
        if (response.type !== 'ready') throw new Error(`unexpected ${response.type} reply to load`);
        this.#setStatus({ state: 'ready' });
        return response.model;
      },
      (error: unknown) => {
        // Forget the failed load so a later call (e.g. back online) can try again.
        this.#model = null;
        this.#setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
        throw error;
      },
    );
    return this.#model;
  }

  /** Decodes, checks and classifies one photo (the framed square of it) in the worker. */
  async run(photo: Blob, square: PhotoSquare | null): Promise<{ model: ModelInfo; output: RunOutput }> {
    const model = await this.load();
    const response = await this.#request({ type: 'run', id: this.#nextId++, photo, square });
    if (response.type !== 'result') throw new Error(`unexpected ${response.type} reply to run`);
    recordTimings(response.output.timings);
    return { model, output: response.output };
  }

  #request(message: WorkerRequest): Promise<WorkerResponse> {
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.#pending.set(message.id, { resolve, reject });
      this.#post(message);
    });
  }

  #post(message: WorkerRequest): void {
    this.#ensureWorker().postMessage(message);
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.#onMessage(event.data));
    worker.addEventListener('error', (event) => this.#failAll(`worker crashed: ${event.message}`));
    this.#worker = worker;
    return worker;
  }

  #onMessage(response: WorkerResponse): void {
    switch (response.type) {
      case 'progress':
        this.#setStatus({
          state: 'loading',
          loadedBytes: response.loadedBytes,
          totalBytes: response.totalBytes,
          wireBytes: response.wireBytes,
        });
        return;
      case 'ready':
      case 'result':
      case 'error':
        this.#settle(response.id, response);
        return;
    }
  }

  #settle(id: number, response: WorkerResponse): void {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    if (response.type === 'error') pending.reject(new InferenceError(response.key, response.detail));
    else pending.resolve(response);
  }

  #failAll(detail: string): void {
    for (const [id] of this.#pending)
      this.#settle(id, { type: 'error', id, key: 'errors.modelFailed', detail });
    this.#worker?.terminate();
    this.#worker = null;
    this.#model = null; // a new worker has to load the model again
  }

  #setStatus(status: ModelStatus): void {
    this.#status = status;
    for (const listener of this.#listeners) listener();
  }
}
