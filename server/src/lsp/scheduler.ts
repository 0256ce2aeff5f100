/**
 * When open documents are linted: one debounce timer and one run id per document. A newer
 * keystroke supersedes a run in progress, which checks `isCurrent` before it publishes. Timers are
 * the web's (`setTimeout`), so the same scheduler runs in Node and in a web worker.
 */

type Timer = ReturnType<typeof setTimeout>;

/** Hands the event loop back (to a pending keystroke) before going on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => soon(resolve));
}

/** Runs `fn` after the current task: `setImmediate` in Node, a zero timeout elsewhere. */
export function soon(fn: () => void): void {
  if (typeof setImmediate === 'function') setImmediate(fn);
  else setTimeout(fn, 0);
}

export class Scheduler {
  private readonly timers = new Map<string, Timer>();
  private readonly runs = new Map<string, number>();
  private counter = 0;

  /** Runs `task` for `key` after `delayMs`, replacing a pending one and superseding a running one. */
  schedule(key: string, delayMs: number, task: () => void): void {
    this.cancel(key);
    this.runs.set(key, ++this.counter);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        task();
      }, delayMs),
    );
  }

  /** Starts a run for `key` and returns its id. */
  begin(key: string): number {
    const run = ++this.counter;
    this.runs.set(key, run);
    return run;
  }

  /** Whether `run` is still the latest for `key`. */
  isCurrent(key: string, run: number): boolean {
    return this.runs.get(key) === run;
  }

  /** Drops a pending timer (the run id stays, so a run in progress still finishes). */
  cancel(key: string): void {
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
  }

  /** Forgets a document entirely (closed). */
  forget(key: string): void {
    this.cancel(key);
    this.runs.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
