/**
 * Gathers the report's data through lint's own pipeline (pipeline.ts): the same discovery,
 * configuration, per-file lint (main thread or workers) and cross-plan rules, with each plan's
 * `status` reduced to its report part where it is linted, so memory grows with rows, not plan
 * trees.
 */
import path from 'node:path';
import type { PlanEngine } from '../../engine/index.js';
import type { Severity } from '../../engine/types.js';
import { discoverRun, lintDiscovered, type ConfigProblem, type PipelineOptions } from '../pipeline.js';
import type { StatusView } from '../statusViews.js';
import { dependencies, TotalsBuilder, withErrors, type ErrorRef, type Report, type ReportRow } from './model.js';

/** The pipeline's options: the report reads exactly what lint would. */
export type CollectOptions = PipelineOptions;

export type CollectResult =
  | {
      readonly ok: true;
      readonly report: Report;
      /** Absolute paths of every plan read (an `--out` file must not be one of them). */
      readonly planPaths: readonly string[];
      readonly missing: readonly string[];
      readonly unmatchedGlobs: readonly string[];
      /** Files skipped because a symlink leads outside the folder walked. */
      readonly outside: readonly string[];
    }
  | { readonly ok: false; readonly configProblems: readonly ConfigProblem[] };

export async function collectReport(options: CollectOptions, engine: PlanEngine): Promise<CollectResult> {
  const scope = { ...options, cwd: path.resolve(options.cwd) };
  const discovered = await discoverRun(scope, engine);
  if (!discovered.ok) return discovered;
  const { discovery } = discovered;

  // Each plan comes back as its report part (a row and its share of the totals), not its status;
  // its findings are not kept. Cross-plan findings (duplicate ids, dependency cycles) count
  // towards their plan's row.
  const totals = new TotalsBuilder();
  const rows: ReportRow[] = [];
  const planPaths: string[] = [];
  const fileErrors = await lintDiscovered<StatusView<'report'> | undefined>(
    discovery,
    scope,
    engine,
    'report',
    (plan) => {
      planPaths.push(plan.candidate.absolutePath);
      if (!plan.view) return;
      const { row } = plan.view;
      for (const f of plan.crossPlan) (row.findings as Record<Severity, number>)[f.severity]++;
      (row as { errors: readonly ErrorRef[] }).errors = withErrors(row.errors, plan.crossPlan);
      totals.add(plan.view);
      rows.push(row);
    },
  );

  const { edges, unknown } = dependencies(rows);
  return {
    ok: true,
    report: {
      asOf: options.asOf,
      rows,
      totals: totals.build(),
      edges,
      unknownDependencies: unknown,
      fileErrors: fileErrors.map((e) => ({ path: e.path, message: e.message })),
    },
    planPaths,
    missing: discovery.missing,
    unmatchedGlobs: discovery.unmatchedGlobs,
    outside: discovery.outside,
  };
}
