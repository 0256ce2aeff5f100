/**
 * The default, human format (after ESLint's "stylish"): findings grouped by file, one aligned
 * line each `line:col  severity  message  rule`, then a summary line.
 */
import { singleLine } from '../../engine/sanitize.js';
import { colors } from '../color.js';
import { streamed } from './streamed.js';
import type { FileStream, LintedFile } from './types.js';
import { plural } from '../../engine/text.js';

/** The width used when the output is not a terminal (a file, a pipe, a CI log). */
export const DEFAULT_COLUMNS = 80;
/** Wrapped messages are never narrower than this, however narrow the terminal. */
const MIN_MESSAGE_WIDTH = 30;

/** Splits text into lines of at most `width` characters at spaces; a longer word is cut. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ').filter((w) => w !== '')) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

function formatFile(file: LintedFile, c: ReturnType<typeof colors>, columns: number): string[] {
  const rows = file.diagnostics.map((d) => ({
    position: `${d.line}:${d.column}`,
    severity: d.severity,
    // One finding, one line, no control character: a stray line break would break the alignment
    // and line-based tools, an escape sequence would drive the terminal.
    message: singleLine(d.message),
    rule: d.rule,
  }));
  const positionWidth = Math.max(...rows.map((r) => r.position.length));
  const severityWidth = Math.max(...rows.map((r) => r.severity.length));
  const ruleWidth = Math.max(...rows.map((r) => r.rule.length));
  const messageWidth = Math.max(...rows.map((r) => r.message.length));
  const indent = 2 + positionWidth + 2 + severityWidth + 2;
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const head = (r: (typeof rows)[number]) =>
    `  ${c.dim(r.position.padStart(positionWidth))}  ${paint[r.severity](r.severity.padEnd(severityWidth))}  `;
  const lines = [c.underline(singleLine(file.path))];
  if (indent + messageWidth + 2 + ruleWidth <= columns) {
    // Everything fits: one aligned line per finding, the rule names in a column.
    for (const r of rows) lines.push(`${head(r)}${r.message.padEnd(messageWidth)}  ${c.dim(r.rule)}`);
    return lines;
  }
  // Too wide: each message wraps to the terminal, indented to its column, and the rule name ends
  // its last line (or takes a line of its own when it does not fit there).
  const width = Math.max(MIN_MESSAGE_WIDTH, columns - indent);
  const pad = ' '.repeat(indent);
  for (const r of rows) {
    const wrapped = wrapWords(r.message, width);
    const last = wrapped.length - 1;
    const withRule = wrapped[last]!.length + 2 + r.rule.length <= width;
    wrapped.forEach((text, i) => {
      const rule = i === last && withRule ? `  ${c.dim(r.rule)}` : '';
      lines.push(`${i === 0 ? head(r) : pad}${text}${rule}`);
    });
    if (!withRule) lines.push(`${pad}${c.dim(r.rule)}`);
  }
  return lines;
}

/** Each file with findings, then a blank line; the summary line ends the output. */
const STYLISH_STREAM: FileStream = {
  begin: () => '',
  file: (file, _index, options) =>
    file.diagnostics.length === 0
      ? ''
      : formatFile(file, colors(options.color), options.columns ?? DEFAULT_COLUMNS).join('\n') + '\n\n',
  end: (run, _written, options) => {
    const c = colors(options.color);
    const { errors, warnings, infos, plans } = run.summary;
    const problems = errors + warnings + infos;
    if (problems === 0) {
      // No tick while a file could not be linted (stderr says which): the run is not clean.
      const none = run.fileErrors.length > 0 ? `No problems in ${plural(plans, 'plan')} linted.` : undefined;
      return (
        (plans === 0
          ? run.fileErrors.length > 0
            ? 'No plans linted.'
            : 'No plans found.'
          : (none ?? c.green(`\u2714 No problems in ${plural(plans, 'plan')}.`))) + '\n'
      );
    }
    const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
    if (infos > 0) parts.push(plural(infos, 'info'));
    const line = `\u2716 ${plural(problems, 'problem')} (${parts.join(', ')}) in ${plural(plans, 'plan')}`;
    return (errors > 0 ? c.bold(c.red(line)) : c.bold(c.yellow(line))) + '\n';
  },
};

export const formatStylish = streamed(() => STYLISH_STREAM);
