/**
 * What every output format receives. A formatter is a pure function of a finished run: it writes
 * no files and reads no clock, so its output depends on the plans and the as-of date alone.
 */
import type { Finding, IsoDate, Severity, Stage } from '../../engine/types.js';

/**
 * One finding as people count: 1-based lines and columns (UTF-16 code units, as editors count).
 * ESLint's name for the same thing; the LSP host's `Diagnostic` is the 0-based LSP type.
 */
export interface LintMessage {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The engine's finding: 0-based range, fixes, related locations, waiver target. */
  readonly finding: Finding;
}

export interface LintedFile {
  /** Relative to the run's cwd, `/`-separated. */
  readonly path: string;
  readonly absolutePath: string;
  /** Sorted by position, then rule. Only errors under `--quiet`. */
  readonly diagnostics: readonly LintMessage[];
  /** The plan's declared stage (undefined when missing or invalid). */
  readonly stage?: Stage;
  /** Names of the rules that ran on this plan (applicable at its stage and not turned off), in rule order. */
  readonly appliedRules?: readonly string[];
}

/**
 * A file the run could not lint (unreadable, binary, not UTF-8 or too large), or an invalid
 * configuration file, for which nothing was linted (with the problem's 1-based position).
 */
export interface FileError {
  readonly path: string;
  readonly absolutePath: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface RunSummary {
  /** Candidate files examined (plans, other Markdown, and files that could not be read). */
  readonly files: number;
  readonly plans: number;
  readonly errors: number;
  /** 0 under `--quiet`: warnings are neither shown nor counted. */
  readonly warnings: number;
  readonly infos: number;
}

export interface LintRun {
  readonly asOf: IsoDate;
  /** Absolute working directory paths are relative to. */
  readonly cwd: string;
  /** Plans only, sorted by path. */
  readonly files: readonly LintedFile[];
  readonly fileErrors: readonly FileError[];
  readonly summary: RunSummary;
  /** `--max-warnings`, when given. */
  readonly maxWarnings: number | undefined;
  readonly quiet: boolean;
}

export interface FormatOptions {
  /** Whether ANSI colours may be used. */
  readonly color: boolean;
  /** The width human formats wrap to: the terminal's, or 80 when not writing to one. */
  readonly columns?: number;
  /** The process environment, for formats that read CI variables. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /**
   * The current lines of a linted file (by its run-relative path), for formats that identify a
   * finding by the text it points at (SARIF and GitLab fingerprints). Read lazily by the host, so
   * formats that do not ask cost nothing; undefined when the file cannot be read.
   */
  readonly sourceLines?: (path: string) => readonly string[] | undefined;
}

/**
 * A format's output, in pieces whose concatenation is the whole text. A format that writes one
 * piece per file (json, stylish, github) lets the host write each piece as it comes, so the
 * output of 10,000 plans is never held whole in memory; the others give one piece. (A bare
 * string is not a FormatOutput: written piece by piece it would go out a character at a time.)
 */
export type FormatOutput = readonly string[] | Generator<string, void, undefined>;

/** What a streamed format is told before the first file: the run's files are not linted yet. */
export type RunStart = Pick<LintRun, 'asOf' | 'cwd'>;
/** What it is told after the last: everything but the files, which it has seen one by one. */
export type RunEnd = Omit<LintRun, 'files'>;

/**
 * A format written as the run goes: an opening, a piece per plan (in path order, as soon as the
 * plan is linted) and a closing. The host then keeps no plan's findings once they are written,
 * so its memory does not grow with the run. Its whole-run form (`streamed`) is the same pieces.
 * One is opened per run, so it may gather what its closing needs (a bounded amount).
 */
export interface FileStream {
  readonly begin: (run: RunStart, options: FormatOptions) => string;
  /** `index` counts the plans written before this one. */
  readonly file: (file: LintedFile, index: number, options: FormatOptions) => string;
  /** `written`: how many plans were written. */
  readonly end: (run: RunEnd, written: number, options: FormatOptions) => string;
}

/** A CI job summary gathered plan by plan as the run goes, written once it is over. */
export interface JobSummary {
  readonly add: (file: LintedFile) => void;
  readonly end: (run: RunEnd) => string;
}

export interface Formatter {
  (run: LintRun, options: FormatOptions): FormatOutput;
  /** Present when the format can be written plan by plan as the run goes: opens one run's stream. */
  readonly stream?: () => FileStream;
  /**
   * Markdown for a CI job summary, for formats whose CI shows one next to the log (GitHub's
   * `$GITHUB_STEP_SUMMARY`), opened for one run. The host appends it; the formatter stays pure.
   */
  readonly jobSummary?: (options: FormatOptions) => JobSummary;
}
