/**
 * `handoff lint`: run the shared read-and-lint pipeline (pipeline.ts: discovery, configuration,
 * `lintAll`, cross-plan rules), then hand one finished `LintRun` to the chosen formatter. Lint
 * never writes to the linted tree.
 */
import { appendFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ruleRuns, type PlanEngine } from '../engine/index.js';
import { singleLine } from '../engine/sanitize.js';
import type { HandoffConfig } from '../engine/config.js';
import type { Finding, IsoDate, Stage } from '../engine/types.js';
import { readRegularFileSync } from '../node/regularFile.js';
import { useColor } from './color.js';
import type { FileError, LintedFile, LintMessage, LintRun, OutputFormat } from './formatters/index.js';
import type { PlanCandidate } from '../node/findPlanFiles.js';
import type { CliIo } from './io.js';
import { refuseOutput } from './outputGuard.js';
import { configErrorLine, discoverRun, lintDiscovered, pipelineOptions, type Discovered } from './pipeline.js';
import { fileWriter, PieceSink, streamWriter, writePieces } from './writeOutput.js';
import { errorDetail, errorMessage } from '../engine/errors.js';
import { plural } from '../engine/text.js';

export interface LintCommandOptions {
  readonly paths: readonly string[];
  /** The `--format`: its formatter, and whether it writes fixes (the run keeps them only then). */
  readonly outputFormat: OutputFormat;
  readonly asOf: IsoDate;
  readonly config: string | undefined;
  readonly maxWarnings: number | undefined;
  readonly quiet: boolean;
  /** `--color` / `--no-color`; undefined leaves it to the environment. */
  readonly color: boolean | undefined;
  readonly outputFile: string | undefined;
  /** `--follow-symlinks`: lint files that symlinks lead to outside the folders walked. */
  readonly followSymlinks?: boolean;
  /** Hidden `--threads`: forces the worker path (or the main thread) whatever the file count. */
  readonly threads: number | undefined;
}

/** A finding as the formatters take it: 1-based lines and columns (not an LSP `Diagnostic`). */
export function toLintMessage(finding: Finding): LintMessage {
  const { start, end } = finding.range;
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    finding,
  };
}

function compareMessages(a: LintMessage, b: LintMessage): number {
  return (
    a.line - b.line || a.column - b.column || compareStrings(a.rule, b.rule) || compareStrings(a.message, b.message)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function runLint(options: LintCommandOptions, io: CliIo, engine: PlanEngine): Promise<number> {
  const cwd = path.resolve(io.cwd);
  const errorLine = (message: string): void => void io.stderr.write(`handoff: ${singleLine(message)}\n`);
  const scope = pipelineOptions(options, cwd, errorLine, options.outputFormat.writesFixes);

  let discovered: Discovered;
  try {
    discovered = await discoverRun(scope, engine);
  } catch (err) {
    errorLine(`internal error: ${errorDetail(err)}`);
    return 2;
  }
  // An invalid configuration lints nothing. It is said on stderr and, in a format with a place for
  // files not linted, there too (an annotation on the configuration's line in CI, a SARIF
  // notification); the other formats write nothing.
  const discovery = discovered.ok ? discovered.discovery : undefined;
  if (!discovered.ok) {
    for (const p of discovered.configProblems) io.stderr.write(singleLine(configErrorLine(p)) + '\n');
    const count = discovered.configProblems.length;
    errorLine(`invalid configuration (${plural(count, 'problem')}); nothing was linted.`);
    if (!options.outputFormat.namesFilesNotLinted) return 2;
  }

  const candidates = discovery?.candidates ?? [];
  let usageFailure = !discovery;
  for (const pattern of discovery?.unmatchedGlobs ?? []) errorLine(`no files match the pattern "${pattern}"`);
  // Named patterns that matched nothing, and nothing else to lint: a mistyped path in CI must not pass.
  if (discovery && discovery.unmatchedGlobs.length > 0 && candidates.length === 0) {
    errorLine('nothing was linted.');
    usageFailure = true;
  }
  for (const file of discovery?.outside ?? []) {
    errorLine(`skipped ${file}: a symlink leads outside the folder being linted (--follow-symlinks follows it)`);
  }

  const toFile = options.outputFile !== undefined;
  const target = toFile ? path.resolve(cwd, options.outputFile!) : undefined;
  if (target !== undefined) {
    const refused = await refuseOutput(
      target,
      candidates.map((c) => c.absolutePath),
      'this run lints',
      engine,
    );
    if (refused) {
      errorLine(`refusing to write the output to ${options.outputFile}: ${refused}.`);
      return 2;
    }
  }
  const color = useColor(options.color ?? (toFile ? false : undefined), io.env, io.isTTY ?? false);
  const columns = toFile ? undefined : io.columns;
  const formatOptions = { color, columns, env: io.env, cwd, sourceLines: sourceLineReader(candidates) };

  // A format that can be written plan by plan is written as the run goes, and no plan's findings
  // are kept once written (a job summary gathers what it needs as it goes too); the others need
  // the finished run.
  const { format } = options.outputFormat;
  const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
  const jobSummary = summaryFile ? format.jobSummary?.(formatOptions) : undefined;
  const stream = format.stream?.();
  const file = target !== undefined ? fileWriter(target) : undefined;
  const write = file ? (chunk: string | Uint8Array) => file.write(chunk) : streamWriter(io.stdout);
  const sink = stream ? new PieceSink(write) : undefined;
  sink?.push(stream!.begin({ asOf: options.asOf, cwd }, formatOptions));

  // The rules that ran, by configuration and stage: one list shared by every plan alike.
  const ranByConfig = new Map<HandoffConfig, Map<Stage, readonly string[]>>();
  const rulesRan = (config: HandoffConfig, stage: Stage): readonly string[] => {
    let byStage = ranByConfig.get(config);
    if (!byStage) ranByConfig.set(config, (byStage = new Map<Stage, readonly string[]>()));
    let names = byStage.get(stage);
    if (!names) byStage.set(stage, (names = engine.rules.filter((r) => ruleRuns(r, stage, config)).map((r) => r.name)));
    return names;
  };
  const keep = (f: Finding): boolean => !options.quiet || f.severity === 'error';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let plans = 0;
  const files: LintedFile[] = [];
  let fileErrors: FileError[];
  try {
    fileErrors = !discovery
      ? []
      : await lintDiscovered(discovery, scope, engine, undefined, (p) => {
          const diagnostics = [...p.findings, ...p.crossPlan].filter(keep).map(toLintMessage).sort(compareMessages);
          for (const d of diagnostics) {
            if (d.severity === 'error') errors++;
            else if (d.severity === 'warning') warnings++;
            else infos++;
          }
          const linted: LintedFile = {
            path: p.candidate.relativePath,
            absolutePath: p.candidate.absolutePath,
            diagnostics,
            stage: p.summary.stage,
            appliedRules: rulesRan(p.summary.config, p.summary.stage ?? 'initiation'),
          };
          if (sink) sink.push(stream!.file(linted, plans, formatOptions));
          else files.push(linted);
          jobSummary?.add(linted);
          plans++;
        });
  } catch (err) {
    errorLine(`internal error: ${errorDetail(err)}`);
    await sink?.close().catch(() => undefined);
    await file?.close(false).catch(() => undefined);
    if (toFile) errorLine(`${options.outputFile} was not written (a file already there is left as it was).`);
    return 2;
  }
  // A named path that does not exist is a file not linted, in every format (SARIF's notifications,
  // JUnit's errors, an annotation), as well as on stderr.
  const missing = (discovery?.missing ?? []).map((arg): FileError => ({
    path: arg,
    absolutePath: path.resolve(cwd, arg),
    message: 'no such file or directory',
  }));
  const unreadable = [...missing, ...fileErrors];
  const notLinted = discovered.ok
    ? unreadable
    : [
        ...discovered.configProblems.map((p): FileError => ({
          ...p,
          message: `invalid configuration, nothing was linted: ${p.message}`,
        })),
        ...unreadable,
      ];

  const run: LintRun = {
    asOf: options.asOf,
    cwd,
    files,
    fileErrors: notLinted,
    summary: { files: candidates.length, plans, errors, warnings, infos },
    maxWarnings: options.maxWarnings,
    quiet: options.quiet,
  };
  try {
    if (sink) {
      sink.push(stream!.end(run, plans, formatOptions));
      await sink.close();
    } else {
      await writePieces(format(run, formatOptions), write);
    }
    await file?.close(true);
  } catch (err) {
    await file?.close(false).catch(() => undefined);
    if (!toFile) throw err;
    errorLine(`cannot write ${options.outputFile}: ${errorMessage(err)} (a file already there is left as it was)`);
    return 2;
  }

  // GitHub shows only the first annotations of each kind: the job summary lists every finding.
  if (jobSummary && summaryFile) {
    try {
      const summaryPath = path.resolve(cwd, summaryFile);
      const used = await stat(summaryPath).then(
        (info) => info.size,
        () => 0,
      );
      const summary = capText(jobSummary.end(run), JOB_SUMMARY_BYTES - used);
      await appendFile(summaryPath, summary, 'utf8');
    } catch (err) {
      errorLine(`cannot append the job summary to ${summaryFile}: ${errorMessage(err)}`);
      return 2;
    }
  }

  for (const e of unreadable) errorLine(`${e.path}: ${e.message}`);
  if (unreadable.length > 0) {
    errorLine(`${plural(unreadable.length, 'file')} could not be linted.`);
  }
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    errorLine(`too many warnings: ${warnings} (maximum: ${options.maxWarnings}).`);
  }
  if (usageFailure || unreadable.length > 0) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** GitHub refuses a job summary over 1 MiB (for the whole step): Handoff writes at most this. */
export const JOB_SUMMARY_BYTES = 1024 * 1024;

/** `text` cut at a line end so that it and a closing note fit in `maxBytes` UTF-8 bytes. */
export function capText(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const note = (omitted: number): string =>
    `\n\n… ${plural(omitted, 'more line')} left out: the job summary is limited to ${JOB_SUMMARY_BYTES / 1024} KB. Run \`handoff lint -f json\` for every finding.\n`;
  const lines = text.split('\n');
  let bytes = Buffer.byteLength(note(lines.length), 'utf8');
  let kept = 0;
  while (kept < lines.length && bytes + Buffer.byteLength(lines[kept]!, 'utf8') + 1 <= maxBytes) {
    bytes += Buffer.byteLength(lines[kept]!, 'utf8') + 1;
    kept++;
  }
  if (bytes > maxBytes) return '';
  return lines.slice(0, kept).join('\n') + note(lines.length - kept);
}

/** Lines of the run's files, read on first use (only formats that fingerprint by text ask). */
function sourceLineReader(
  candidates: readonly PlanCandidate[],
): (relativePath: string) => readonly string[] | undefined {
  // Built on first use: most formats never ask, and a large run would hold it to the end.
  let byPath: Map<string, string> | undefined;
  // Formats ask for a plan's lines while they write that plan: only the last plan's are kept
  // (keeping every plan's held the whole corpus's text to the end of the run).
  let last: { path: string; lines: readonly string[] | undefined } | undefined;
  return (relativePath) => {
    if (last?.path === relativePath) return last.lines;
    byPath ??= new Map(candidates.map((c) => [c.relativePath, c.absolutePath]));
    const absolutePath = byPath.get(relativePath);
    let lines: readonly string[] | undefined;
    try {
      // Same line breaks as the engine (LF, CRLF, lone CR); TextDecoder drops a BOM like readPlanFile.
      if (absolutePath) lines = new TextDecoder().decode(readRegularFileSync(absolutePath)).split(/\r\n|\r|\n/);
    } catch {
      lines = undefined;
    }
    last = { path: relativePath, lines };
    return lines;
  };
}
