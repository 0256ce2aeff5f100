/**
 * The one read-and-lint pipeline every command that lints a tree uses (`lint`, `report`): find
 * the files and their configurations, refuse an invalid configuration, work out the cross-plan
 * findings from every plan's front matter (crossPlan.ts), then lint each file through `lintAll`
 * (main thread or workers) and hand each plan on, in path order, as soon as it is linted.
 * `lint` writes each plan's findings out and forgets them, and `report` keeps each plan's row, so
 * neither's memory grows with the findings of the run. `handoff diff`, whose texts come from git,
 * lints them with the same `lintText`.
 */
import type { PlanEngine } from '../engine/index.js';
import { attachSummary, type PlanSummary } from '../engine/summary.js';
import type { DocumentFinding, Finding, IsoDate } from '../engine/types.js';
import { ConfigResolver } from '../node/configResolver.js';
import { findPlanFiles, type Discovery, type PlanCandidate } from '../node/findPlanFiles.js';
import { relativePosix } from '../node/paths.js';
import { crossPlanFindings } from './crossPlan.js';
import type { FileError } from './formatters/index.js';
import type { LintOutcome } from './lintFile.js';
import { defaultThreads, lintAll } from './pool.js';
import type { StatusView, StatusViewName } from './statusViews.js';
import { setFlagsForRunOf } from './v8Flags.js';
import { plural } from '../engine/text.js';

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

/** What a command's own options give the pipeline (the same names in `lint` and `report`). */
export type RunScope = Pick<PipelineOptions, 'paths' | 'asOf' | 'config' | 'followSymlinks' | 'threads'>;

/** The pipeline's options for a command run in `cwd`, logging through `log`. */
export function pipelineOptions(
  scope: RunScope,
  cwd: string,
  log: (message: string) => void,
  withFixes?: boolean,
): PipelineOptions {
  const { paths, asOf, config, followSymlinks, threads } = scope;
  return { paths, cwd, asOf, config, followSymlinks, threads, withFixes, log };
}

/**
 * What the pipeline hands on for one plan: its own findings and summary, the cross-plan findings
 * about it, and the view of its status the command asked for (projected where the plan was
 * linted, so statuses are neither copied back from workers nor kept).
 */
export interface LintedPlan<T> {
  readonly candidate: PlanCandidate;
  readonly findings: readonly Finding[];
  readonly summary: PlanSummary;
  readonly crossPlan: DocumentFinding[];
  readonly view: T;
}

/** A problem of a configuration file: where it is (1-based), and what. */
export interface ConfigProblem {
  /** Relative to the working folder, with `/`. */
  readonly path: string;
  readonly absolutePath: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A configuration problem as a line for stderr: `file:line:column: error: message`. */
export function configErrorLine(p: ConfigProblem): string {
  return `${p.path}:${p.line}:${p.column}: error: ${p.message}`;
}

/** What `discoverRun` found: the files to lint, or why nothing may be linted. */
export type Discovered =
  | { readonly ok: true; readonly discovery: Discovery }
  /** An invalid configuration: nothing may be linted. */
  | { readonly ok: false; readonly configProblems: readonly ConfigProblem[] };

/** Finds the files and their configurations, and refuses an invalid configuration a file uses. */
export async function discoverRun(options: PipelineOptions, engine: PlanEngine): Promise<Discovered> {
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
  const used = new Set(discovery.candidates.map((c) => c.config));
  const broken = resolver.loaded().filter((c) => c.errors.length > 0);
  const blocking = broken.filter((c) => used.has(c));
  if (blocking.length > 0) {
    const configProblems = blocking.flatMap((c) =>
      c.errors.map((e): ConfigProblem => ({
        path: relativePosix(cwd, c.path!),
        absolutePath: c.path!,
        line: e.line,
        column: e.column,
        message: e.message,
      })),
    );
    return { ok: false, configProblems };
  }
  for (const c of broken) {
    const n = c.errors.length;
    options.log(
      `${relativePosix(cwd, c.path!)} is invalid (${plural(n, 'problem')}; lint it to see them). No file this run lints uses it: the plans under it are read for the cross-plan checks only.`,
    );
  }
  return { ok: true, discovery };
}

/**
 * Lints what `discoverRun` found and hands each plan to `onPlan` in candidate order, with its
 * cross-plan findings, as soon as it and the plans before it are linted; nothing is kept after.
 * With `view`, each plan's status is computed and projected through that view of `STATUS_VIEWS`
 * (of the status and the plan's own findings) where the plan was linted; without it the status
 * is not computed and `view` is undefined. Returns the files that could not be linted.
 */
export async function lintDiscovered<T extends StatusView<StatusViewName> | undefined>(
  discovery: Discovery,
  options: PipelineOptions,
  engine: PlanEngine,
  view: StatusViewName | undefined,
  onPlan: (plan: LintedPlan<T>) => void,
): Promise<FileError[]> {
  const candidates = discovery.candidates;
  setFlagsForRunOf(candidates.length);
  // Cross-plan rules (duplicate ids, depends_on, cycles) see every plan of the run, and, when the
  // run names only some files, the front matter of the other plans under the working directory,
  // so linting one changed plan does not call its dependencies unresolved.
  const crossPlan = crossPlanFindings(candidates, discovery.context, engine, { asOf: options.asOf });

  const fileErrors: FileError[] = [];
  // Outcomes arrive in any order (workers); each waits here until those before it have gone on.
  const waiting = new Map<number, LintOutcome>();
  let next = 0;
  const pass = (outcome: LintOutcome): void => {
    const candidate = candidates[outcome.index]!;
    if (outcome.kind === 'plan') {
      const summary = attachSummary(outcome.summary, candidate.config.config);
      onPlan({
        candidate,
        findings: outcome.findings,
        summary,
        crossPlan: crossPlan.forPlan(candidate.relativePath, summary.suppressions),
        view: outcome.view as T,
      });
    } else if (outcome.kind === 'unreadable' || outcome.kind === 'failed') {
      fileErrors.push({ path: candidate.relativePath, absolutePath: candidate.absolutePath, message: outcome.message });
    }
  };
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
      waiting.set(outcome.index, outcome);
      for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
        waiting.delete(next++);
        pass(ready);
      }
    },
  );
  return fileErrors;
}
