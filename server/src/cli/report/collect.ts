/**
 * Gathers the report's data with lint's own pieces: the same file discovery and configuration
 * resolution (`server/src/node`), the engine's `lintDocument` and cross-plan `lintWorkspace` for
 * findings, and `status` for every plan fact. Plans are read one at a time and reduced to a
 * report row at once, so memory grows with rows, not with plan trees.
 */
import path from 'node:path';
import type { PlanEngine } from '../../engine/index.js';
import type { PlanSummary } from '../../engine/summary.js';
import type { IsoDate, Severity } from '../../engine/types.js';
import { ConfigResolver } from '../../node/configResolver.js';
import { findPlanFiles } from '../../node/findPlanFiles.js';
import { relativePosix } from '../../node/paths.js';
import { PlanReadError, readPlanFile } from '../../node/readPlanFile.js';
import { dependencies, reportRow, TotalsBuilder, type Report, type ReportRow } from './model.js';

export interface CollectOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly asOf: IsoDate;
  readonly config: string | undefined;
  /** `--follow-symlinks`: read files that symlinks lead to outside the folders walked. */
  readonly followSymlinks?: boolean;
}

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
  const resolver = new ConfigResolver({ rules: engine.rules, baseFolder: cwd, explicitConfigPath: options.config });
  const discovery = await findPlanFiles(options.paths.length ? options.paths : ['.'], cwd, {
    resolver,
    followSymlinks: options.followSymlinks,
  });

  // As in lint, an invalid configuration is reported, never replaced by defaults.
  const broken = resolver.loaded().filter((c) => c.errors.length > 0);
  if (broken.length > 0) {
    const configErrors = broken.flatMap((c) =>
      c.errors.map((e) => `${relativePosix(cwd, c.path!)}:${e.line}:${e.column}: error: ${e.message}`),
    );
    return { ok: false, configErrors };
  }

  const rows: ReportRow[] = [];
  const summaries: PlanSummary[] = [];
  const planPaths: string[] = [];
  const fileErrors: { path: string; message: string }[] = [];
  const totals = new TotalsBuilder();

  for (const candidate of discovery.candidates) {
    let text: string;
    try {
      text = await readPlanFile(candidate.absolutePath);
    } catch (err) {
      if (!(err instanceof PlanReadError)) throw err;
      fileErrors.push({ path: candidate.relativePath, message: err.message });
      continue;
    }
    const config = candidate.config.config;
    let result: ReturnType<PlanEngine['lintDocument']>;
    try {
      result = engine.lintDocument(candidate.relativePath, text, {
        config,
        asOf: options.asOf,
        matchesGlob: candidate.matchesGlob,
      });
    } catch (err) {
      const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      fileErrors.push({ path: candidate.relativePath, message: `internal error while linting (${detail})` });
      continue;
    }
    if (!result.isPlan || !result.plan || !result.summary) continue;
    const status = engine.status(result.plan, { config, asOf: options.asOf });
    const row = reportRow(candidate.relativePath, status, result.findings);
    rows.push(row);
    summaries.push(result.summary);
    planPaths.push(candidate.absolutePath);
    totals.add(status, row);
  }

  // Cross-plan findings (duplicate ids, dependency cycles) count towards their plan's row.
  const rowByPath = new Map(rows.map((r) => [r.path, r]));
  for (const f of engine.lintWorkspace(summaries)) {
    const row = rowByPath.get(f.uri);
    if (!row) continue;
    (row.findings as Record<Severity, number>)[f.severity]++;
    totals.addFinding(f.severity);
  }

  const { edges, unknown } = dependencies(rows);
  return {
    ok: true,
    report: { asOf: options.asOf, rows, totals: totals.build(), edges, unknownDependencies: unknown, fileErrors },
    planPaths,
    missing: discovery.missing,
    unmatchedGlobs: discovery.unmatchedGlobs,
    outside: discovery.outside,
  };
}
