/**
 * When open documents are linted: one debounce timer and one run id per document. A newer
 * keystroke supersedes a run in progress, which checks `isCurrent` before it publishes; whoever
 * waits for a run waits for the one that superseded it too. Timers are the web's (`setTimeout`),
 * so the same scheduler runs in Node and in a web worker.
 */

type Timer = ReturnType<typeof setTimeout>;

/** Hands the event loop back (to a pending keystroke) before going on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => soon(resolve));
}

/** Callbacks waiting for their task in a host without `setImmediate` (see `soon`). */
const queued: (() => void)[] = [];
let channel: InstanceType<typeof MessageChannel> | undefined;

/**
 * Runs `fn` after the current task: `setImmediate` in Node; in a web worker a message the worker
 * sends itself, since browsers hold a chain of zero timeouts back to one per 4 ms (indexing
 * takes a turn per file); a zero timeout where neither exists.
 */
export function soon(fn: () => void): void {
  if (typeof setImmediate === 'function') {
    setImmediate(fn);
    return;
  }
  if (typeof MessageChannel !== 'function') {
    setTimeout(fn, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    // The web's MessagePort (Node's types describe Node's, which has onmessage too, and unref).
    const port = channel.port1 as unknown as { onmessage: (() => void) | null; unref?: () => void };
    port.onmessage = () => queued.shift()?.();
    // Node's port (in tests) would keep the process alive; browsers' has no unref.
    port.unref?.();
  }
  queued.push(fn);
  channel.port2.postMessage(undefined);
}

/**
 * Turns of the event loop handed out one at a time: each waiter resumes in a turn of its own,
 * so whatever else came in (a keystroke, a request) runs between two of them.
 */
export class Turns {
  private readonly waiting: (() => void)[] = [];

  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (this.waiting.length === 1) soon(() => this.admit());
    });
  }

  private admit(): void {
    this.waiting.shift()?.();
    if (this.waiting.length > 0) soon(() => this.admit());
  }
}

export class Scheduler {
  private readonly timers = new Map<string, Timer>();
  private readonly runs = new Map<string, number>();
  /** The newest run under way per key. */
  private readonly running = new Map<string, Promise<void>>();
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

  /**
   * Starts `work` as the newest run for `key` (with its id, for `isCurrent`); resolves when the
   * newest run for `key` has ended: this one, or the ones that superseded it meanwhile.
   */
  async run(key: string, work: (run: number) => Promise<void>): Promise<void> {
    const id = ++this.counter;
    this.runs.set(key, id);
    let mine = work(id);
    this.running.set(key, mine);
    try {
      await mine;
      for (let newer = this.running.get(key); newer && newer !== mine; newer = this.running.get(key)) {
        mine = newer;
        await newer;
      }
    } finally {
      if (this.running.get(key) === mine) this.running.delete(key);
    }
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
