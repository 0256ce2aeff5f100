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

export type { LintMessage, FileError, FormatOptions, Formatter, LintedFile, LintRun, RunSummary } from './types.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = Object.freeze({
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
  rdjson: formatRdjson,
  gitlab: formatGitlab,
  markdown: formatMarkdown,
});

export const DEFAULT_FORMAT = 'stylish';

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
}
