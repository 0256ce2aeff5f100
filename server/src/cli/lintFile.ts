/**
 * Reading and linting one file: the single unit of work, run the same way on the main thread and
 * in workers so both paths give identical results. What leaves it is plain data (findings and a
 * summary), never the plan tree, so a run's memory does not grow with the plans it has seen.
 */
import type { HandoffConfig } from '../engine/config.js';
import { unreadColumnsOf, type UnreadColumns } from '../engine/diffColumns.js';
import type { PlanEngine } from '../engine/index.js';
import type { PlanStatus } from '../engine/status.js';
import { detachSummary, type DetachedSummary } from '../engine/summary.js';
import type { Finding, IsoDate } from '../engine/types.js';
import { PlanReadError, readPlanFileSync } from '../node/readPlanFile.js';
import { STATUS_VIEWS, type StatusView, type StatusViewName } from './statusViews.js';
import { fileRead } from './v8Flags.js';

export interface LintTask {
  /** Position of the file in the run's sorted candidate list. */
  readonly index: number;
  readonly absolutePath: string;
  /**
   * The document id findings and summaries carry: the path relative to the run's cwd, so that
   * cross-plan messages ("also used by plans/a.plan.md") read the same as the report's paths.
   */
  readonly uri: string;
  readonly matchesGlob: boolean;
}

export type LintOutcome =
  | {
      readonly index: number;
      readonly kind: 'plan';
      readonly findings: Finding[];
      readonly summary: DetachedSummary;
      /** The plan's status as plain data, only when `LintSettings.withStatus` asks for it. */
      readonly status?: PlanStatus;
      /** With the status: the required columns each register table lacks (diff, `unreadColumnsOf`). */
      readonly unreadColumns?: UnreadColumns;
      /** The projection `LintSettings.view` names, of the status and the findings. */
      readonly view?: StatusView<StatusViewName>;
    }
  | { readonly index: number; readonly kind: 'not-a-plan' }
  | { readonly index: number; readonly kind: 'unreadable'; readonly message: string }
  /** The engine threw (a parser bug or hostile input it could not bound): reported, never fatal. */
  | { readonly index: number; readonly kind: 'failed'; readonly message: string };

export interface LintSettings {
  readonly asOf: IsoDate;
  readonly maxFileBytes?: number;
  /** Also compute each plan's `PlanStatus` (diff): the plan tree never leaves lintText. */
  readonly withStatus?: boolean;
  /** Also project each plan's status through this view of `STATUS_VIEWS` (report). */
  readonly view?: StatusViewName;
  /**
   * Build each finding's fixes. Without it the engine builds none: they would be copied out of a
   * worker and kept until formatting, about 40 % of a plan's findings, for a format that drops them.
   */
  readonly withFixes?: boolean;
}

export function lintFile(
  engine: PlanEngine,
  task: LintTask,
  config: HandoffConfig,
  settings: LintSettings,
): LintOutcome {
  let text: string;
  try {
    text = readPlanFileSync(task.absolutePath, { maxBytes: settings.maxFileBytes });
    fileRead();
  } catch (err) {
    if (err instanceof PlanReadError) return { index: task.index, kind: 'unreadable', message: err.message };
    throw err;
  }
  return lintText(engine, task, text, config, settings);
}

/**
 * Linting a text already read (a file, or a git revision of one): what `lintFile` does once the
 * bytes are decoded, and what `handoff diff` runs on both sides of a change.
 */
export function lintText(
  engine: PlanEngine,
  task: LintTask,
  text: string,
  config: HandoffConfig,
  settings: LintSettings,
): LintOutcome {
  try {
    const result = engine.lintDocument(task.uri, text, {
      config,
      asOf: settings.asOf,
      matchesGlob: task.matchesGlob,
      withFixes: settings.withFixes === true,
    });
    if (!result.isPlan || !result.summary) return { index: task.index, kind: 'not-a-plan' };
    const status =
      (settings.withStatus || settings.view) && result.plan
        ? engine.status(result.plan, { config, asOf: settings.asOf })
        : undefined;
    return {
      index: task.index,
      kind: 'plan',
      findings: [...result.findings],
      summary: detachSummary(result.summary),
      ...(status && settings.withStatus && result.plan ? { status, unreadColumns: unreadColumnsOf(result.plan) } : {}),
      ...(status && settings.view ? { view: STATUS_VIEWS[settings.view](task.uri, status, result.findings) } : {}),
    };
  } catch (err) {
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { index: task.index, kind: 'failed', message: `internal error while linting (${detail})` };
  }
}
