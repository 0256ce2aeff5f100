/**
 * The one read-and-lint pipeline every command that lints a tree uses (`lint`, `report`): find
 * the files and their configurations, refuse an invalid configuration, lint each file through
 * `lintAll` (main thread or workers), then run the cross-plan rules over the collected summaries
 * and the front matter of the other plans under the working folder (listed by the same walk that
 * found the files). Commands only format what
 * it returns; `handoff diff`, whose texts come from git, lints them with the same `lintText`.
 */
import type { PlanEngine } from '../engine/index.js';
import { attachSummary, detachSummary, summarizeFrontMatterOnly, type PlanSummary } from '../engine/summary.js';
import type { DocumentFinding, Finding, IsoDate } from '../engine/types.js';
import { ConfigResolver } from '../node/configResolver.js';
import { findPlanFiles, type Discovery, type PlanCandidate } from '../node/findPlanFiles.js';
import { relativePosix } from '../node/paths.js';
import { readRegularFileSync } from '../node/regularFile.js';
import type { FileError } from './formatters/index.js';
import { defaultThreads, lintAll } from './pool.js';
import type { StatusView, StatusViewName } from './statusViews.js';
import { StringPool } from './stringPool.js';

export interface PipelineOptions {
  readonly paths: readonly string[];
  /** Absolute working directory: paths, findings and summaries are relative to it. */
  readonly cwd: string;
  readonly asOf: IsoDate;
  readonly config: string | undefined;
  readonly followSymlinks?: boolean;
  /** Worker threads; undefined leaves it to the file count. */
  readonly threads?: number;
  /** Build the findings' fixes (a format that writes them); otherwise the engine builds none. */
  readonly withFixes?: boolean;
  readonly log: (message: string) => void;
}

/**
 * What a run keeps of one plan: its own findings and summary, the cross-plan findings about it,
 * and the view of its status the command asked for (projected where the plan was linted, so
 * statuses are neither copied back from workers nor kept).
 */
export interface LintedPlan<T> {
  readonly candidate: PlanCandidate;
  readonly findings: readonly Finding[];
  readonly summary: PlanSummary;
  readonly crossPlan: DocumentFinding[];
  readonly view: T;
}

export type PipelineResult<T> =
  | {
      readonly ok: true;
      readonly discovery: Discovery;
      /** In candidate order (by relative path). */
      readonly plans: readonly LintedPlan<T>[];
      readonly fileErrors: readonly FileError[];
    }
  /** An invalid configuration: nothing was linted. Lines are `file:line:column: error: message`. */
  | { readonly ok: false; readonly configErrors: readonly string[] };

/**
 * Lints the run. With `view`, each plan's status is computed and projected through that view of
 * `STATUS_VIEWS` (of the status and the plan's own findings) where the plan was linted; without
 * it the status is not computed and `view` is undefined.
 */
export async function runPipeline(options: PipelineOptions, engine: PlanEngine): Promise<PipelineResult<undefined>>;
export async function runPipeline<K extends StatusViewName>(
  options: PipelineOptions,
  engine: PlanEngine,
  view: K,
): Promise<PipelineResult<StatusView<K>>>;
export async function runPipeline(
  options: PipelineOptions,
  engine: PlanEngine,
  view?: StatusViewName,
): Promise<PipelineResult<StatusView<StatusViewName> | undefined>> {
  const { cwd } = options;
  const resolver = new ConfigResolver({ rules: engine.rules, baseFolder: cwd, explicitConfigPath: options.config });
  const discovery = await findPlanFiles(options.paths.length ? options.paths : ['.'], cwd, {
    resolver,
    followSymlinks: options.followSymlinks,
    context: true,
  });

  // An invalid configuration is never silently replaced by defaults: when a file the run lints
  // uses it, report it and lint nothing. One that only plans outside the run use (another team's
  // folder, read for the cross-plan rules) is named, and does not stop the run.
  const candidates = discovery.candidates;
  const used = new Set(candidates.map((c) => c.config));
  const broken = resolver.loaded().filter((c) => c.errors.length > 0);
  const blocking = broken.filter((c) => used.has(c));
  if (blocking.length > 0) {
    const configErrors = blocking.flatMap((c) =>
      c.errors.map((e) => `${relativePosix(cwd, c.path!)}:${e.line}:${e.column}: error: ${e.message}`),
    );
    return { ok: false, configErrors };
  }
  for (const c of broken) {
    const n = c.errors.length;
    options.log(
      `${relativePosix(cwd, c.path!)} is invalid (${n} problem${n === 1 ? '' : 's'}; lint it to see them). No file this run lints uses it: the plans under it are read for the cross-plan checks only.`,
    );
  }

  type Linted = LintedPlan<StatusView<StatusViewName> | undefined>;
  const plans: (Linted | undefined)[] = new Array<Linted | undefined>(candidates.length);
  const fileErrors: (FileError | undefined)[] = new Array<FileError | undefined>(candidates.length);
  const pool = new StringPool();
  await lintAll(
    candidates.map((c, index) => ({
      task: { index, absolutePath: c.absolutePath, uri: c.relativePath, matchesGlob: c.matchesGlob },
      config: c.config.config,
    })),
    {
      settings: { asOf: options.asOf, view, withFixes: options.withFixes },
      threads: options.threads ?? defaultThreads(candidates.length),
      engine,
      log: options.log,
    },
    (outcome) => {
      const candidate = candidates[outcome.index]!;
      if (outcome.kind === 'plan') {
        plans[outcome.index] = {
          candidate,
          findings: pool.findings(outcome.findings),
          summary: attachSummary(outcome.summary, candidate.config.config),
          crossPlan: [],
          view: outcome.view,
        };
      } else if (outcome.kind === 'unreadable' || outcome.kind === 'failed') {
        fileErrors[outcome.index] = {
          path: candidate.relativePath,
          absolutePath: candidate.absolutePath,
          message: outcome.message,
        };
      }
    },
  );

  // Cross-plan rules (duplicate ids, depends_on, cycles) see every plan of the run, and, when the
  // run names only some files, the front matter of the other plans under the working directory,
  // so linting one changed plan does not call its dependencies unresolved.
  const linted = plans.filter((p): p is Linted => p !== undefined);
  const byUri = new Map(linted.map((p) => [p.candidate.relativePath, p]));
  const context = contextSummaries(discovery.context, engine);
  for (const f of engine.lintWorkspace([...linted.map((p) => p.summary), ...context])) {
    byUri.get(f.uri)?.crossPlan.push(f);
  }
  return {
    ok: true,
    discovery,
    plans: linted,
    fileErrors: fileErrors.filter((e): e is FileError => e !== undefined),
  };
}

/**
 * Front-matter summaries of the plans under the working folder that the run does not lint itself
 * (the discovery's `context`: empty unless the run was limited to some paths). Their own
 * findings are never reported.
 */
export function contextSummaries(context: readonly PlanCandidate[], engine: PlanEngine): PlanSummary[] {
  const out: PlanSummary[] = [];
  for (const c of context) {
    const text = readFrontMatterHead(c.absolutePath);
    if (text !== undefined && engine.isPlanText(text, c.matchesGlob)) {
      // Copied out, as a worker's summary is: its strings (id, title, service…) are slices of the
      // file's text and would keep every context file's text alive until the run ends.
      const summary = summarizeFrontMatterOnly(c.relativePath, text, c.config.config);
      out.push(attachSummary(structuredClone(detachSummary(summary)), summary.config));
    }
  }
  return out;
}

const HEAD_BYTES = 64 * 1024;

/**
 * The start of a file, enough to hold its front matter (the whole file when the front matter
 * runs past the first 64 KB), or undefined when it cannot be read. Plans outside the run only
 * need their front matter, so a large workspace costs one small read per file.
 */
function readFrontMatterHead(file: string): string | undefined {
  try {
    const head = new TextDecoder('utf-8').decode(readRegularFileSync(file, HEAD_BYTES));
    if (head.length < HEAD_BYTES || /\n(?:---|\.\.\.)[ \t]*\r?\n/.test(head.slice(3))) return head;
    return new TextDecoder('utf-8').decode(readRegularFileSync(file));
  } catch {
    return undefined; // Unreadable files outside the run are not this run's concern.
  }
}
