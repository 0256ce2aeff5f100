/**
 * Indexing the workspace folders: lists each folder through the file access, reads the
 * configurations the listing shows, and has every Markdown file that is not ignored read and
 * linted, a few at a time, each file linted here in a turn of the event loop of its own so
 * keystrokes are not held up. A run over many files hands them to the index threads, when the
 * host has any, with enough in flight to keep every thread busy; while they are, this thread
 * lints one more file itself (MAIN_SHARE) rather than wait. A newer run supersedes an older one
 * (generations).
 */
import type { ConfigStore } from './configStore.js';
import type { FileAccess } from './fileAccess.js';
import { Turns, yieldToEventLoop } from './scheduler.js';
import { isMarkdownUri, normalizeUri } from './uri.js';
import { errorDetail } from '../engine/errors.js';

export interface IndexerHost {
  /** A run starts (before its first listing). */
  started(): void;
  /** Reads and lints one file (on an index thread when `onThread`). */
  indexFile(uri: string, onThread: boolean): Promise<void>;
  /** The host's index threads: from how many files a run uses them, and how many files in flight. */
  readonly threads: { readonly minFiles: number; readonly window: number } | undefined;
  /** After a complete run: every file key it saw (anything else known and not open is gone). */
  forget(seen: ReadonlySet<string>): void;
  /** After a complete run (and after `settled` turned true), with the number of files it read. */
  done(indexed: number): void;
  /** How far the current run is: files indexed of those listed so far (total grows per folder). */
  progress(indexed: number, total: number): void;
  log(message: string): void;
}

/**
 * Files in flight on the main thread: reads that wait on a round trip (the web's file access)
 * overlap; each file is then linted in its own turn (`pace`), so this does not bound a
 * keystroke's wait.
 */
const WINDOW = 4;
/**
 * Files this thread lints itself while the index threads' window is full. On 2 cores it takes
 * about a third of the files: with stdio written in batches, 10,000 plans indexed in 7.4–8.2 s
 * instead of 9.0–9.2 s, with a keystroke's p95 at 26–37 ms instead of 15 ms (bench/lsp-latency.mjs,
 * one machine, one hour). Typing waits longer because both cores are busy; the target is 50 ms.
 */
const MAIN_SHARE = 1;
/** Milliseconds of work before the event loop is handed back. */
const SLICE_MS = 8;

export class Indexer {
  private generation = 0;
  private running: Promise<void> = Promise.resolve();
  private bulk = 0;
  private indexedOnce = false;
  private readonly turns = new Turns();

  constructor(
    private readonly files: FileAccess,
    private readonly configs: ConfigStore,
    private readonly host: IndexerHost,
  ) {}

  /** Whether the first run has ended and no run is in progress (workspace rules may run). */
  get settled(): boolean {
    return this.indexedOnce && this.bulk === 0;
  }

  /**
   * Resolves when a file may be linted on this thread: one file per turn of the event loop, so a
   * keystroke waits for a file per turn it needs (about three: read, dispatch, debounce), not for
   * every file in flight. (A file is read in one synchronous call, and the files in flight would
   * otherwise all be linted in one turn.)
   */
  pace(): Promise<void> {
    return this.turns.next();
  }

  /** Starts a run over the folders (after the current one); resolves when it is over. */
  run(folders: readonly string[]): Promise<void> {
    const generation = ++this.generation;
    this.running = this.running
      .then(() => this.runNow(folders, generation))
      .catch((err: unknown) => {
        this.host.log(`Indexing the workspace failed: ${errorDetail(err)}`);
      });
    return this.running;
  }

  private async runNow(folders: readonly string[], generation: number): Promise<void> {
    this.bulk++;
    this.host.started();
    let seen: Set<string> | undefined;
    try {
      seen = await this.indexFolders(folders, generation);
    } finally {
      this.bulk--;
    }
    if (!seen || generation !== this.generation) return;
    this.host.forget(seen);
    this.indexedOnce = true;
    this.host.done(seen.size);
  }

  private async indexFolders(folders: readonly string[], generation: number): Promise<Set<string> | undefined> {
    const seen = new Set<string>();
    let total = 0;
    this.host.progress(0, 0);
    const listings: (readonly string[])[] = [];
    for (const folder of folders) {
      if (generation !== this.generation) return undefined;
      const listed = await this.files.list(folder);
      await this.configs.seed(folder, listed);
      listings.push(listed);
      total += listed.filter(isMarkdownUri).length;
      this.host.progress(seen.size, total);
    }
    const threads = this.host.threads;
    const onThread = threads !== undefined && total >= threads.minFiles;
    const window = onThread ? threads.window : WINDOW;
    if (onThread) this.host.log(`Indexing ${total} Markdown files on index threads.`);
    let done = 0;
    for (const listed of listings) {
      let sliceStart = Date.now();
      const inFlight = new Set<Promise<void>>();
      let onThreads = 0;
      for (const uri of listed) {
        if (generation !== this.generation) return undefined;
        if (!isMarkdownUri(uri) || this.configs.configFor(normalizeUri(uri)).ignored) {
          if (isMarkdownUri(uri)) total--; // Ignored: not part of the work.
          continue;
        }
        seen.add(normalizeUri(uri));
        // With the threads' window full, this thread takes the file itself (MAIN_SHARE at a time).
        const toThread = onThread && onThreads < window;
        if (toThread) onThreads++;
        const job: Promise<void> = this.host.indexFile(uri, toThread).finally(() => {
          inFlight.delete(job);
          if (toThread) onThreads--;
          done++;
        });
        inFlight.add(job);
        if (inFlight.size >= window + (onThread ? MAIN_SHARE : 0)) {
          await Promise.race(inFlight);
          this.host.progress(done, total);
        }
        if (Date.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = Date.now();
        }
      }
      await Promise.all(inFlight);
      this.host.progress(seen.size, total);
    }
    return generation === this.generation ? seen : undefined;
  }

  dispose(): void {
    this.generation++;
  }
}
