/**
 * Gathers the report's data through lint's own pipeline (pipeline.ts): the same discovery,
 * configuration, per-file lint (main thread or workers) and cross-plan rules, with each plan's
 * `status` reduced to its report part where it is linted, so memory grows with rows, not plan
 * trees.
 */
import path from 'node:path';
import type { PlanEngine } from '../../engine/index.js';
import type { Severity } from '../../engine/types.js';
import { runPipeline, type PipelineOptions } from '../pipeline.js';
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
  | { readonly ok: false; readonly configErrors: readonly string[] };

export async function collectReport(options: CollectOptions, engine: PlanEngine): Promise<CollectResult> {
  const cwd = path.resolve(options.cwd);
  // Each plan comes back as its report part (a row and its share of the totals), not its status.
  const result = await runPipeline({ ...options, cwd }, engine, 'report');
  if (!result.ok) return result;

  // Cross-plan findings (duplicate ids, dependency cycles) count towards their plan's row.
  const totals = new TotalsBuilder();
  const rows: ReportRow[] = [];
  for (const plan of result.plans) {
    if (!plan.view) continue;
    const { row } = plan.view;
    for (const f of plan.crossPlan) (row.findings as Record<Severity, number>)[f.severity]++;
    (row as { errors: readonly ErrorRef[] }).errors = withErrors(row.errors, plan.crossPlan);
    totals.add(plan.view);
    rows.push(row);
  }

  const { edges, unknown } = dependencies(rows);
  const fileErrors = result.fileErrors.map((e) => ({ path: e.path, message: e.message }));
  const { discovery } = result;
  return {
    ok: true,
    report: { asOf: options.asOf, rows, totals: totals.build(), edges, unknownDependencies: unknown, fileErrors },
    planPaths: result.plans.map((p) => p.candidate.absolutePath),
    missing: discovery.missing,
    unmatchedGlobs: discovery.unmatchedGlobs,
    outside: discovery.outside,
  };
}
