/**
 * `handoff lint`: discover files and configurations on the main thread, lint each file (on the
 * main thread or in workers), run the cross-plan rules over the collected summaries, then hand
 * one finished `LintRun` to the chosen formatter. Lint never writes to the linted tree.
 */
import { appendFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ruleRuns, type PlanEngine } from '../engine/index.js';
import { singleLine } from '../engine/sanitize.js';
import { summarizeFrontMatterOnly, type PlanSummary } from '../engine/summary.js';
import type { DocumentFinding, Finding, IsoDate } from '../engine/types.js';
import { ConfigResolver } from '../node/configResolver.js';
import { findPlanFiles, type PlanCandidate } from '../node/findPlanFiles.js';
import { relativePosix } from '../node/paths.js';
import { readRegularFileSync } from '../node/regularFile.js';
import { useColor } from './color.js';
import type { Diagnostic, FileError, Formatter, LintedFile, LintRun } from './formatters/index.js';
import type { LintOutcome } from './lintFile.js';
import type { CliIo } from './io.js';
import { refuseOutput } from './outputGuard.js';
import { defaultThreads, lintAll } from './pool.js';

export interface LintCommandOptions {
  readonly paths: readonly string[];
  readonly formatter: Formatter;
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

/** What the run keeps per plan until the end: displayed diagnostics and a config-less summary. */
interface PlanResult {
  readonly candidate: PlanCandidate;
  diagnostics: Diagnostic[];
  readonly summary: PlanSummary;
}

export function toDiagnostic(finding: Finding): Diagnostic {
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

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
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

  const resolver = new ConfigResolver({ rules: engine.rules, baseFolder: cwd, explicitConfigPath: options.config });
  const discovery = await findPlanFiles(options.paths.length ? options.paths : ['.'], cwd, {
    resolver,
    followSymlinks: options.followSymlinks,
  });

  // An invalid configuration is never silently replaced by defaults: report it and lint nothing.
  const broken = resolver.loaded().filter((c) => c.errors.length > 0);
  if (broken.length > 0) {
    for (const c of broken) {
      const file = relativePosix(cwd, c.path!);
      for (const e of c.errors)
        io.stderr.write(singleLine(`${file}:${e.line}:${e.column}: error: ${e.message}`) + '\n');
    }
    const count = broken.reduce((n, c) => n + c.errors.length, 0);
    errorLine(`invalid configuration (${count} problem${count === 1 ? '' : 's'}); nothing was linted.`);
    return 2;
  }

  let usageFailure = false;
  for (const arg of discovery.missing) {
    errorLine(`${arg}: no such file or directory`);
    usageFailure = true;
  }
  for (const pattern of discovery.unmatchedGlobs) errorLine(`no files match the pattern "${pattern}"`);
  for (const file of discovery.outside) {
    errorLine(`skipped ${file}: a symlink leads outside the folder being linted (--follow-symlinks follows it)`);
  }

  const candidates = discovery.candidates;
  const plans: (PlanResult | undefined)[] = new Array<PlanResult | undefined>(candidates.length);
  const fileErrors: (FileError | undefined)[] = new Array<FileError | undefined>(candidates.length);
  const keep = (f: Finding): boolean => !options.quiet || f.severity === 'error';

  const onOutcome = (outcome: LintOutcome): void => {
    const candidate = candidates[outcome.index]!;
    if (outcome.kind === 'plan') {
      plans[outcome.index] = {
        candidate,
        diagnostics: outcome.findings.filter(keep).map(toDiagnostic),
        summary: { ...outcome.summary, config: candidate.config.config },
      };
    } else if (outcome.kind === 'unreadable' || outcome.kind === 'failed') {
      fileErrors[outcome.index] = {
        path: candidate.relativePath,
        absolutePath: candidate.absolutePath,
        message: outcome.message,
      };
    }
  };

  try {
    await lintAll(
      candidates.map((c, index) => ({
        task: { index, absolutePath: c.absolutePath, uri: c.relativePath, matchesGlob: c.matchesGlob },
        config: c.config.config,
      })),
      {
        settings: { asOf: options.asOf },
        threads: options.threads ?? defaultThreads(candidates.length),
        engine,
        log: (message) => errorLine(message),
      },
      onOutcome,
    );
  } catch (err) {
    errorLine(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 2;
  }

  // Cross-plan rules (duplicate ids, depends_on, cycles) see every plan of the run, and, when the
  // run names only some files, the front matter of the other plans under the working directory,
  // so linting one changed plan does not call its dependencies unresolved.
  const planResults = plans.filter((p): p is PlanResult => p !== undefined);
  const byUri = new Map(planResults.map((p) => [p.candidate.relativePath, p]));
  const context = await contextSummaries(options.paths, cwd, resolver, engine, byUri);
  const workspaceFindings: DocumentFinding[] = engine.lintWorkspace([...planResults.map((p) => p.summary), ...context]);
  for (const f of workspaceFindings) {
    const target = byUri.get(f.uri);
    if (!target || !keep(f)) continue;
    target.diagnostics.push(toDiagnostic(f));
  }

  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const files: LintedFile[] = planResults.map((p) => {
    p.diagnostics.sort(compareDiagnostics);
    for (const d of p.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    }
    const config = p.summary.config;
    const stage = p.summary.stage ?? 'initiation';
    return {
      path: p.candidate.relativePath,
      absolutePath: p.candidate.absolutePath,
      diagnostics: p.diagnostics,
      stage: p.summary.stage,
      appliedRules: engine.rules.filter((r) => ruleRuns(r, stage, config)).map((r) => r.name),
    };
  });
  const unreadable = fileErrors.filter((e): e is FileError => e !== undefined);

  const run: LintRun = {
    asOf: options.asOf,
    cwd,
    files,
    fileErrors: unreadable,
    summary: { files: candidates.length, plans: files.length, errors, warnings, infos },
    maxWarnings: options.maxWarnings,
    quiet: options.quiet,
  };

  const toFile = options.outputFile !== undefined;
  const color = useColor(options.color ?? (toFile ? false : undefined), io.env, io.isTTY ?? false);
  const columns = toFile ? undefined : io.columns;
  const formatOptions = { color, columns, env: io.env, cwd, sourceLines: sourceLineReader(files) };
  const output = options.formatter(run, formatOptions);
  if (toFile) {
    const target = path.resolve(cwd, options.outputFile!);
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
    try {
      await writeFile(target, output, 'utf8');
    } catch (err) {
      errorLine(`cannot write ${options.outputFile}: ${err instanceof Error ? err.message : String(err)}`);
      return 2;
    }
  } else {
    io.stdout.write(output);
  }

  // GitHub shows only the first annotations of each kind: the job summary lists every finding.
  const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
  if (options.formatter.jobSummary && summaryFile) {
    try {
      const summaryPath = path.resolve(cwd, summaryFile);
      const used = await stat(summaryPath).then(
        (info) => info.size,
        () => 0,
      );
      const summary = capText(options.formatter.jobSummary(run, formatOptions), JOB_SUMMARY_BYTES - used);
      await appendFile(summaryPath, summary, 'utf8');
    } catch (err) {
      errorLine(`cannot append the job summary to ${summaryFile}: ${err instanceof Error ? err.message : String(err)}`);
      return 2;
    }
  }

  for (const e of unreadable) errorLine(`${e.path}: ${e.message}`);
  if (unreadable.length > 0) {
    errorLine(`${unreadable.length} file${unreadable.length === 1 ? '' : 's'} could not be linted.`);
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
    `\n\n… ${omitted} more line${omitted === 1 ? '' : 's'} left out: the job summary is limited to ${JOB_SUMMARY_BYTES / 1024} KB. Run \`handoff lint -f json\` for every finding.\n`;
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

/** Lines of the linted files, read on first use (only formats that fingerprint by text ask). */
function sourceLineReader(files: readonly LintedFile[]): (relativePath: string) => readonly string[] | undefined {
  const byPath = new Map(files.map((f) => [f.path, f.absolutePath]));
  const cache = new Map<string, readonly string[] | undefined>();
  return (relativePath) => {
    if (cache.has(relativePath)) return cache.get(relativePath);
    const absolutePath = byPath.get(relativePath);
    let lines: readonly string[] | undefined;
    try {
      // Same line breaks as the engine (LF, CRLF, lone CR); TextDecoder drops a BOM like readPlanFile.
      if (absolutePath) lines = new TextDecoder().decode(readRegularFileSync(absolutePath)).split(/\r\n|\r|\n/);
    } catch {
      lines = undefined;
    }
    cache.set(relativePath, lines);
    return lines;
  };
}

/**
 * Front-matter summaries of the plans under `cwd` that the run does not lint itself (only when
 * the run was limited to some paths). Their own findings are never reported.
 */
async function contextSummaries(
  paths: readonly string[],
  cwd: string,
  resolver: ConfigResolver,
  engine: PlanEngine,
  inRun: ReadonlyMap<string, unknown>,
): Promise<PlanSummary[]> {
  if (paths.length === 0 || paths.some((p) => path.resolve(cwd, p) === cwd)) return [];
  const discovery = await findPlanFiles(['.'], cwd, { resolver });
  const out: PlanSummary[] = [];
  for (const c of discovery.candidates) {
    if (inRun.has(c.relativePath)) continue;
    const text = readFrontMatterHead(c.absolutePath);
    if (text !== undefined && engine.isPlanText(text, c.matchesGlob)) {
      out.push(summarizeFrontMatterOnly(c.relativePath, text, c.config.config));
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
