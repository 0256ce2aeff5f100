/**
 * The Node language server's index threads: worker threads that read and lint closed `file:`
 * plans (`indexWorker.ts`) while the main thread stores, publishes and answers the editor. They
 * start with a large indexing run and stop when it is over, so an idle server holds no extra
 * heap; if one fails, its files and every later one are indexed on the main thread again.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { HandoffConfig } from '../engine/config.js';
import type { ClosedFileJob, ClosedFileOutcome, IndexThreads } from './closedFile.js';
import { configId } from './configStore.js';

export type ToIndexWorker =
  | { readonly type: 'config'; readonly id: number; readonly config: HandoffConfig }
  | { readonly type: 'job'; readonly id: number; readonly job: ClosedFileJob; readonly configId: number };

export type FromIndexWorker =
  | { readonly type: 'done'; readonly id: number; readonly outcome: ClosedFileOutcome }
  | { readonly type: 'log'; readonly message: string };

/**
 * The threads' heaps are not bounded as the CLI's workers' are (`cli/pool.ts`): on 10,000
 * plans, bounding them cut the server's peak RSS by 8 % (297 → 272 MB) and made indexing, which
 * waits on the thread, 6 % slower.
 */

/** Files sent ahead to each thread. */
const PER_THREAD = 16;

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, (outcome: ClosedFileOutcome | undefined) => void>;
  /** Configuration ids this thread has been sent. */
  readonly configs: Set<number>;
}

/**
 * How many threads and from how many files, from the cores and `HANDOFF_INDEX_THREADS` (a whole
 * number: 0 turns them off; another number uses that many from the first file, for tests).
 */
export function indexThreadPlan(
  env: string | undefined,
  cores = availableParallelism(),
): { threads: number; minFiles: number } {
  if (env !== undefined && /^\d+$/.test(env.trim())) return { threads: Number(env), minFiles: 0 };
  if (cores < 2) return { threads: 0, minFiles: Infinity };
  // One core stays the main thread's: it stores and publishes every result, serves the editor and
  // lints what it has time for (on 2 cores one thread indexed 10,000 plans in 10.5 s, two in
  // 11.7 s, none in 14.1 s, before the main thread took files too: see indexer.ts).
  return { threads: Math.min(cores - 1, 4), minFiles: cores >= 4 ? 250 : 1000 };
}

/** The worker script next to this module: indexWorker.cjs beside the bundle, .js beside tsc output. */
function workerUrl(): URL {
  const here = new URL(import.meta.url);
  const extension = /\.[cm]?js$/.exec(here.pathname)?.[0] ?? '.js';
  return new URL(`./indexWorker${extension}`, here);
}

export class WorkerIndexThreads implements IndexThreads {
  private slots: Slot[] = [];
  private broken = false;
  private nextJob = 0;

  constructor(
    private readonly threads: number,
    readonly minFiles: number,
    private readonly log: (message: string) => void,
  ) {}

  get window(): number {
    return this.threads * PER_THREAD;
  }

  handles(uri: string): boolean {
    return !this.broken && this.threads > 0 && uri.startsWith('file:');
  }

  index(job: ClosedFileJob, config: HandoffConfig): Promise<ClosedFileOutcome | undefined> {
    if (this.broken) return Promise.resolve(undefined);
    const slot = this.leastBusy();
    const configNumber = configId(config);
    if (!slot.configs.has(configNumber)) {
      slot.configs.add(configNumber);
      this.send(slot, { type: 'config', id: configNumber, config });
    }
    const id = this.nextJob++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      this.send(slot, { type: 'job', id, job, configId: configNumber });
      // Sending failed: the pool is broken and the caller indexes the file itself.
      if (this.broken && slot.pending.delete(id)) resolve(undefined);
    });
  }

  release(): void {
    this.stop();
  }

  dispose(): void {
    this.broken = true;
    this.stop();
  }

  private send(slot: Slot, message: ToIndexWorker): void {
    try {
      slot.worker.postMessage(message);
    } catch (err) {
      this.fail(`Could not hand a file to an index thread: ${String(err)}`);
    }
  }

  private leastBusy(): Slot {
    if (this.slots.length === 0) this.start();
    let best = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < best.pending.size) best = s;
    return best;
  }

  private start(): void {
    for (let i = 0; i < this.threads; i++) {
      const slot: Slot = { worker: new Worker(workerUrl()), pending: new Map(), configs: new Set() };
      slot.worker.on('message', (message: FromIndexWorker) => {
        if (message.type === 'log') {
          this.log(message.message);
          return;
        }
        const resolve = slot.pending.get(message.id);
        slot.pending.delete(message.id);
        resolve?.(message.outcome);
      });
      slot.worker.on('error', (err) => this.fail(`An index thread failed: ${err.stack ?? err.message}`));
      slot.worker.on('exit', (code) => {
        if (this.slots.includes(slot)) this.fail(`An index thread exited (code ${code}).`);
      });
      this.slots.push(slot);
    }
  }

  /** A thread broke: its files, and all later ones, are indexed on the main thread. */
  private fail(message: string): void {
    if (this.broken) return;
    this.log(`${message} Indexing continues on the main thread.`);
    this.broken = true;
    this.stop();
  }

  private stop(): void {
    const slots = this.slots;
    this.slots = [];
    for (const slot of slots) {
      for (const resolve of slot.pending.values()) resolve(undefined);
      slot.pending.clear();
      void slot.worker.terminate();
    }
  }
}
