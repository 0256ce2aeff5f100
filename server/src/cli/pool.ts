/**
 * Runs lint tasks on the main thread alone, or on the main thread and a pool of worker threads
 * beside it. Outcomes are handed back as they arrive (in any order, each carrying its index);
 * callers store them by index, so the result does not depend on which thread finished first.
 */
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { HandoffConfig } from '../engine/config.js';
import type { PlanEngine } from '../engine/index.js';
import { lintFile, type LintOutcome, type LintSettings, type LintTask } from './lintFile.js';
import type { FromWorker, ToWorker, WorkerData } from './workerProtocol.js';

/**
 * Below this many files, starting workers costs more than it saves. Each worker loads the engine
 * and warms its JIT up again (about half a second of CPU). With fewer than four cores they never
 * pay: a worker takes the one core the main thread does not, which the output, the system and a
 * CI runner's agent need too. Measured on 2 cores with output streamed as the run goes, 10,000
 * plans took 7.9–9.2 s wall / 9.6–10.9 s CPU / 135–137 MB on the main thread alone, and 6.8–7.1 s
 * / 13–14 s / 158–199 MB beside a worker (1,000 plans: 1.5 s / 2.1 s alone, 1.7 s / 2.9 s with it).
 */
export function workerThreshold(cores: number): number {
  return cores >= 4 ? 500 : Infinity;
}
/** Files linted on the main thread alone between two turns of the event loop. */
const TURN_EVERY = 8;
/** Tasks sent ahead to each worker so it never waits for the main thread, which lints too. */
const IN_FLIGHT_PER_WORKER = 16;

export interface LintItem {
  readonly task: LintTask;
  readonly config: HandoffConfig;
}

export interface RunnerOptions {
  readonly settings: LintSettings;
  /** Threads that lint, the main thread among them: 1 lints on the main thread alone, n beside n − 1 workers. */
  readonly threads: number;
  readonly engine: PlanEngine;
  readonly log: (message: string) => void;
  /** Heap limits of each worker (WORKER_LIMITS unless a test asks for others). */
  readonly workerLimits?: ResourceLimits;
}

/** How many threads (the main thread and its workers) a run of `fileCount` files uses unless told otherwise. */
export function defaultThreads(fileCount: number): number {
  const cores = availableParallelism();
  if (fileCount < workerThreshold(cores)) return 1;
  return Math.max(1, Math.min(cores, 4));
}

export async function lintAll(
  items: readonly LintItem[],
  options: RunnerOptions,
  onOutcome: (outcome: LintOutcome) => void,
): Promise<void> {
  const threads = Math.min(options.threads, items.length);
  if (threads <= 1) {
    for (let i = 0; i < items.length; i++) {
      onOutcome(lintHere(items[i]!, options));
      // Let the event loop turn now and then, so that output written as the run goes (a stream's
      // pieces) leaves while the run lints, instead of waiting in memory until the end.
      if (i % TURN_EVERY === TURN_EVERY - 1) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return;
  }
  await lintInWorkers(items, threads - 1, options, onOutcome);
}

/**
 * Lints one item on this thread. Strings in findings can be slices of the plan's text and would
 * keep every text alive; a clone flattens them exactly as the trip from a worker does, so both
 * paths stay alike.
 */
function lintHere(item: LintItem, options: RunnerOptions): LintOutcome {
  return structuredClone(lintFile(options.engine, item.task, item.config, options.settings));
}

/** The worker script next to this module: worker.cjs beside the bundle, worker.js beside tsc output. */
function workerUrl(): URL {
  const here = new URL(import.meta.url);
  const extension = /\.[cm]?js$/.exec(here.pathname)?.[0] ?? '.js';
  return new URL(`./worker${extension}`, here);
}

/**
 * Each worker's heap is bounded. Left alone, V8 lets a busy worker's heap grow to several times
 * what it holds (a plan being linted and the engine), and with two workers 10,000 plans peaked at
 * about 320 MB; with these limits about 220 MB, in about the same time. A file too large for them
 * (a plan of several MB) makes its worker run out of memory: the files it held are linted on the
 * main thread, whose heap is not bounded, and the run goes on with the other workers.
 */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

interface PooledWorker {
  readonly worker: Worker;
  /** The items sent to it and not answered yet, by task index. */
  readonly inFlight: Map<number, LintItem>;
  gone: boolean;
}

/**
 * Lints on `workers` worker threads and on this thread. Each worker is kept IN_FLIGHT_PER_WORKER
 * tasks ahead; between two messages this thread takes the next task itself, one per turn of the
 * event loop, so the workers' answers are collected (and they are fed) while it lints. On 2 cores
 * the main thread and one worker beat two workers beside an idle main thread: 10,000 plans in
 * 6.0–6.3 s wall / 10.4–10.7 s CPU / 174–177 MB against 6.4–7.0 s / 10.6–11.7 s / 186–189 MB.
 */
async function lintInWorkers(
  items: readonly LintItem[],
  workers: number,
  options: RunnerOptions,
  onOutcome: (outcome: LintOutcome) => void,
): Promise<void> {
  const configIds = new Map<HandoffConfig, number>();
  for (const item of items) if (!configIds.has(item.config)) configIds.set(item.config, configIds.size);

  const workerData: WorkerData = options.settings;
  const pool: PooledWorker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let failed = false;
      const answered = new Set<number>();
      const fail = (err: Error): void => {
        if (failed) return;
        failed = true;
        reject(err);
      };
      const finish = (outcome: LintOutcome): void => {
        if (answered.has(outcome.index)) return;
        answered.add(outcome.index);
        done++;
        onOutcome(outcome);
        if (done === items.length) resolve();
      };
      const feed = (pooled: PooledWorker): void => {
        while (!failed && pooled.inFlight.size < IN_FLIGHT_PER_WORKER && next < items.length) {
          const item = items[next++]!;
          pooled.inFlight.set(item.task.index, item);
          const message: ToWorker = { type: 'task', task: item.task, configId: configIds.get(item.config)! };
          pooled.worker.postMessage(message);
        }
      };
      /** A worker ran out of memory: what it held is linted here (and the rest, as this thread goes on). */
      const outOfMemory = (pooled: PooledWorker): void => {
        pooled.gone = true;
        for (const item of pooled.inFlight.values()) if (!failed) finish(lintHere(item, options));
        pooled.inFlight.clear();
      };
      /** This thread's share: one task per turn, so messages from the workers are handled in between. */
      const lintNextHere = (): void => {
        if (failed || next >= items.length) return;
        try {
          finish(lintHere(items[next++]!, options));
        } catch (e) {
          fail(e instanceof Error ? e : new Error(String(e)));
          return;
        }
        setImmediate(lintNextHere);
      };
      for (let i = 0; i < workers; i++) {
        const worker = new Worker(workerUrl(), { workerData, resourceLimits: options.workerLimits ?? WORKER_LIMITS });
        const pooled: PooledWorker = { worker, inFlight: new Map(), gone: false };
        pool.push(pooled);
        for (const [config, id] of configIds) {
          const message: ToWorker = { type: 'config', id, config };
          worker.postMessage(message);
        }
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'log') {
            options.log(message.message);
            return;
          }
          if (message.type === 'crash') {
            fail(new Error(`A lint worker failed on file #${message.index}: ${message.message}`));
            return;
          }
          pooled.inFlight.delete(message.outcome.index);
          finish(message.outcome);
          if (!pooled.gone) feed(pooled);
        });
        worker.on('error', (err: Error & { code?: string }) => {
          if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' && !pooled.gone) {
            try {
              outOfMemory(pooled);
            } catch (e) {
              fail(e instanceof Error ? e : new Error(String(e)));
            }
            return;
          }
          fail(err);
        });
        worker.on('exit', (code) => {
          if (!pooled.gone && done < items.length) fail(new Error(`A lint worker exited early (code ${code}).`));
        });
        feed(pooled);
      }
      setImmediate(lintNextHere);
    });
  } finally {
    await Promise.all(pool.map((p) => p.worker.terminate()));
  }
}
