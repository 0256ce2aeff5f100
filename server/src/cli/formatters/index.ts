/**
 * Output formats by name. A new format is one file exporting a `Formatter` and one line here;
 * `--format` lists and validates against this registry.
 */
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export type {
  LintMessage,
  FileError,
  FormatOptions,
  FormatOutput,
  Formatter,
  LintedFile,
  LintRun,
  RunSummary,
} from './types.js';

export interface OutputFormat {
  readonly format: Formatter;
  /**
   * Whether it writes the findings' fixes (SARIF replacements, reviewdog suggestions). The other
   * formats never read them, so a run for them has the engine build none.
   */
  readonly writesFixes: boolean;
  /**
   * Whether it has a place for a file not linted (an annotation, a SARIF notification, a JUnit
   * error, a row of the summary): an invalid configuration is written there too. The others say
   * nothing on stdout then; stderr names every problem.
   */
  readonly namesFilesNotLinted: boolean;
}

const FORMATTERS: Readonly<Record<string, OutputFormat>> = Object.freeze({
  stylish: { format: formatStylish, writesFixes: false, namesFilesNotLinted: false },
  json: { format: formatJson, writesFixes: false, namesFilesNotLinted: false },
  github: { format: formatGithub, writesFixes: false, namesFilesNotLinted: true },
  sarif: { format: formatSarif, writesFixes: true, namesFilesNotLinted: true },
  junit: { format: formatJunit, writesFixes: false, namesFilesNotLinted: true },
  rdjson: { format: formatRdjson, writesFixes: true, namesFilesNotLinted: false },
  gitlab: { format: formatGitlab, writesFixes: false, namesFilesNotLinted: false },
  markdown: { format: formatMarkdown, writesFixes: false, namesFilesNotLinted: true },
});

export const DEFAULT_FORMAT = 'stylish';

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}

export function outputFormat(name: string): OutputFormat | undefined {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
}
