/**
 * Linting a file that is not open, from its text: what indexing does with each file, the same on
 * the main thread and in an index worker (`indexThreads.ts`), so both give identical results.
 * What leaves it is plain data: findings without fixes (an open document's quick fixes are
 * computed when it is opened), the summary without its configuration (the caller holds it) and
 * the overview the portfolio shows. The plan model never leaves.
 */
import type { HandoffConfig } from '../engine/config.js';
import type { PlanEngine } from '../engine/index.js';
import type { PlanOverview } from '../engine/overview.js';
import { detachSummary, type DetachedSummary } from '../engine/summary.js';
import type { Finding, IsoDate } from '../engine/types.js';
import { PlanReadError } from '../engine/decode.js';
import { analyze, HEAD_CHARS, tooLargeNotice } from './analysis.js';
import type { FileAccess } from './fileAccess.js';
import { errorDetail } from '../engine/errors.js';

export interface ClosedFileJob {
  readonly uri: string;
  readonly matchesGlob: boolean;
  readonly asOf: IsoDate;
  readonly maxBytes: number;
  /** The size limit in MB, for the "too large" notice. */
  readonly limitMB: number;
}

export interface ClosedFileResult {
  readonly isPlan: boolean;
  readonly findings: readonly Finding[];
  readonly summary: DetachedSummary | undefined;
  readonly overview: PlanOverview | undefined;
}

/** How a closed file's indexing ended. */
export type ClosedFileOutcome =
  | { readonly kind: 'linted'; readonly result: ClosedFileResult }
  /** Over the size limit: the caller decides from its head whether it is a plan. */
  | { readonly kind: 'too-large' }
  /** Gone, binary, not a regular file or not UTF-8: not a plan. */
  | { readonly kind: 'unreadable' }
  /** The engine threw on it (a bug): logged, and the file counts as no plan. */
  | { readonly kind: 'failed'; readonly message: string };

export function lintClosedText(
  engine: PlanEngine,
  text: string,
  config: HandoffConfig,
  job: ClosedFileJob,
): ClosedFileOutcome {
  try {
    const analysis = analyze(text, {
      engine,
      config,
      matchesGlob: job.matchesGlob,
      maxBytes: job.maxBytes,
      limitMB: job.limitMB,
      parse: (t) => engine.parse(job.uri, t, { aliases: config.aliases }),
    });
    if (!analysis.plan) {
      const findings = analysis.notice ? [analysis.notice] : [];
      return { kind: 'linted', result: { isPlan: analysis.isPlan, findings, summary: undefined, overview: undefined } };
    }
    const opts = { config, asOf: job.asOf };
    const { findings, summary, overview } = engine.indexPlan(analysis.plan, { ...opts, withFixes: false });
    return { kind: 'linted', result: { isPlan: true, findings, summary: detachSummary(summary), overview } };
  } catch (err) {
    return { kind: 'failed', message: errorDetail(err) };
  }
}

/**
 * Reads a closed file through the file access and lints it on this thread. Strings in the outcome
 * can be slices of the file's text (a title, a stakeholder's name, a quoted cell) and would keep
 * the whole text alive as long as the index holds the file; a clone flattens them, exactly as
 * the trip back from an index thread does.
 */
export async function readAndLint(
  files: FileAccess,
  engine: PlanEngine,
  config: HandoffConfig,
  job: ClosedFileJob,
): Promise<ClosedFileOutcome> {
  let text: string;
  try {
    text = await files.read(job.uri, job.maxBytes);
  } catch (err) {
    return readFailure(err);
  }
  return structuredClone(lintClosedText(engine, text, config, job));
}

/** What a failed read means for indexing: over the size limit, or no plan to read. */
export function readFailure(err: unknown): ClosedFileOutcome {
  return { kind: err instanceof PlanReadError && err.code === 'too-large' ? 'too-large' : 'unreadable' };
}

/**
 * What indexing keeps of a closed file, whatever happened to it: linted on an index thread when
 * `threads` can read it (and here when a thread fails), a "too large" notice for a file over the
 * limit, and no plan for a file that is gone, binary, unreadable or failed (any earlier results
 * are then withdrawn). A failure is logged.
 */
export async function lintClosedFile(
  files: FileAccess,
  engine: PlanEngine,
  config: HandoffConfig,
  job: ClosedFileJob,
  threads: IndexThreads | undefined,
  host: {
    log: (message: string) => void;
    /** Resolves when this thread may lint the file (a keystroke's turn comes first). */
    pace: () => Promise<void>;
  },
): Promise<ClosedFileResult> {
  let outcome = threads?.handles(job.uri) ? await threads.index(job, config) : undefined;
  if (!outcome) {
    await host.pace();
    outcome = await readAndLint(files, engine, config, job);
  }
  if (outcome.kind === 'failed') host.log(`Linting ${job.uri} failed: ${outcome.message}`);
  if (outcome.kind === 'linted') return outcome.result;
  if (outcome.kind === 'too-large') return tooLargeResult(files, engine, job);
  return { isPlan: false, findings: [], summary: undefined, overview: undefined };
}

/**
 * A file over the size limit: a plan (with one "too large" notice) when its globs say so or its
 * head declares the schema, else no plan.
 */
async function tooLargeResult(files: FileAccess, engine: PlanEngine, job: ClosedFileJob): Promise<ClosedFileResult> {
  // As before the file access existed, the head is taken from the whole text (read without cap).
  const head = job.matchesGlob
    ? ''
    : await files.read(job.uri, Number.MAX_SAFE_INTEGER).then(
        (t) => t.slice(0, HEAD_CHARS),
        () => '',
      );
  const isPlan = job.matchesGlob || engine.isPlanText(head, false);
  return { isPlan, findings: isPlan ? [tooLargeNotice(job.limitMB)] : [], summary: undefined, overview: undefined };
}

/**
 * Threads that index closed files off the main thread: the Node server's worker pool
 * (`indexThreads.ts`). The web worker server has none and indexes on its own thread.
 */
export interface IndexThreads {
  /** How many Markdown files a run must list before the threads' start-up pays back. */
  readonly minFiles: number;
  /** Files a run keeps in flight so no thread waits for the next one. */
  readonly window: number;
  /** Whether the threads can read this URI (a file on the local disk) and are still working. */
  handles(uri: string): boolean;
  /** Indexes one file; undefined when a thread failed: the caller indexes the file itself. */
  index(job: ClosedFileJob, config: HandoffConfig): Promise<ClosedFileOutcome | undefined>;
  /** The run is over: the threads stop (the next large run starts them again). */
  release(): void;
  dispose(): void;
}
