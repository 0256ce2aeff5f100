/**
 * `handoff report`: the portfolio of transitions as Markdown, HTML or JSON, on stdout or in the
 * one file `--out` names. The report never writes anywhere else and refuses an `--out` that is a
 * plan (one it read, or any file that declares itself a plan), so it cannot overwrite one.
 * Exit codes: 0 written, 2 usage error, invalid configuration, unreadable input or `--out` refused.
 */
import path from 'node:path';
import type { PlanEngine } from '../../engine/index.js';
import { singleLine } from '../../engine/sanitize.js';
import type { IsoDate } from '../../engine/types.js';
import type { FormatOutput } from '../formatters/index.js';
import type { CliIo } from '../io.js';
import { refuseOutput } from '../outputGuard.js';
import { streamWriter, writePieces, writePiecesToFile } from '../writeOutput.js';
import { configErrorLine, pipelineOptions } from '../pipeline.js';
import { collectReport } from './collect.js';
import { renderReportHtml } from './html.js';
import { renderReportMarkdown } from './markdown.js';
import { dependencyMermaid } from './mermaid.js';
import type { Report } from './model.js';
import { errorMessage } from '../../engine/errors.js';
import { plural } from '../../engine/text.js';

export interface ReportCommandOptions {
  readonly paths: readonly string[];
  /** A name of `REPORT_FORMATS` (main.ts resolves the `md` alias). */
  readonly format: string;
  readonly out: string | undefined;
  readonly asOf: IsoDate;
  readonly config: string | undefined;
  readonly followSymlinks?: boolean;
  /** Worker threads; undefined leaves it to the file count. */
  readonly threads?: number;
}

/**
 * The report's JSON. Lines are 1-based, as every output for people and CI counts them (lint's
 * JSON too); the status model holds them 0-based, as editors do. Version 2: version 1 wrote the
 * 0-based lines.
 */
export function renderReportJson(report: Report): string {
  const output = {
    version: 2,
    asOf: report.asOf,
    totals: report.totals,
    plans: report.rows,
    dependencies: {
      edges: report.edges,
      unknown: report.unknownDependencies,
      mermaid: dependencyMermaid(report.rows, report.edges) ?? null,
    },
    fileErrors: report.fileErrors,
  };
  return JSON.stringify(output, oneBasedLines, 2) + '\n';
}

/** Every numeric `line` of the status model, counted from 1. */
function oneBasedLines(key: string, value: unknown): unknown {
  return key === 'line' && typeof value === 'number' ? value + 1 : value;
}

/** The report's formats by name: a new one is one renderer and one line here. */
export const REPORT_FORMATS: Readonly<Record<string, (report: Report) => FormatOutput>> = Object.freeze({
  markdown: renderReportMarkdown,
  html: renderReportHtml,
  json: (report: Report) => [renderReportJson(report)],
});

/** The report in the pieces its format writes it in. */
export function renderReport(report: Report, format: string): FormatOutput {
  const render = Object.hasOwn(REPORT_FORMATS, format) ? REPORT_FORMATS[format] : undefined;
  if (!render) throw new Error(`unknown report format "${format}"`);
  return render(report);
}

export async function runReport(options: ReportCommandOptions, io: CliIo, engine: PlanEngine): Promise<number> {
  const cwd = path.resolve(io.cwd);
  const errorLine = (message: string): void => void io.stderr.write(`handoff: ${singleLine(message)}\n`);

  const collected = await collectReport(pipelineOptions(options, cwd, errorLine), engine);
  if (!collected.ok) {
    for (const p of collected.configProblems) io.stderr.write(`${singleLine(configErrorLine(p))}\n`);
    errorLine(`invalid configuration (${plural(collected.configProblems.length, 'problem')}); no report was written.`);
    return 2;
  }
  for (const arg of collected.missing) errorLine(`${arg}: no such file or directory`);
  for (const pattern of collected.unmatchedGlobs) errorLine(`no files match the pattern "${pattern}"`);
  for (const file of collected.outside) {
    errorLine(`skipped ${file}: a symlink leads outside the folder being read (--follow-symlinks follows it)`);
  }

  const output = renderReport(collected.report, options.format);
  if (options.out !== undefined) {
    const target = path.resolve(cwd, options.out);
    const refused = await refuseOutput(target, collected.planPaths, 'the report reads', engine);
    if (refused) {
      errorLine(`refusing to write the report to ${options.out}: ${refused}.`);
      return 2;
    }
    try {
      await writePiecesToFile(target, output);
    } catch (err) {
      errorLine(`cannot write ${options.out}: ${errorMessage(err)}`);
      return 2;
    }
  } else {
    await writePieces(output, streamWriter(io.stdout));
  }

  for (const e of collected.report.fileErrors) errorLine(`${e.path}: ${e.message}`);
  if (collected.missing.length > 0 || collected.report.fileErrors.length > 0) return 2;
  return 0;
}
