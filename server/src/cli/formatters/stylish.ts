/**
 * The default, human format (after ESLint's "stylish"): findings grouped by file, one aligned
 * line each `line:col  severity  message  rule`, then a summary line.
 */
import { singleLine } from '../../engine/sanitize.js';
import { colors } from '../color.js';
import type { FormatOptions, LintRun, LintedFile } from './types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatFile(file: LintedFile, c: ReturnType<typeof colors>): string[] {
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
  const messageWidth = Math.max(...rows.map((r) => r.message.length));
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const lines = [c.underline(singleLine(file.path))];
  for (const r of rows) {
    lines.push(
      `  ${c.dim(r.position.padStart(positionWidth))}  ${paint[r.severity](r.severity.padEnd(severityWidth))}  ${r.message.padEnd(messageWidth)}  ${c.dim(r.rule)}`,
    );
  }
  return lines;
}

export function formatStylish(run: LintRun, options: FormatOptions): string {
  const c = colors(options.color);
  const out: string[] = [];
  for (const file of run.files) {
    if (file.diagnostics.length === 0) continue;
    out.push(...formatFile(file, c), '');
  }
  const { errors, warnings, infos, plans } = run.summary;
  const problems = errors + warnings + infos;
  if (problems === 0) {
    out.push(plans === 0 ? 'No plans found.' : c.green(`\u2714 No problems in ${plural(plans, 'plan')}.`));
  } else {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
    if (infos > 0) parts.push(plural(infos, 'info'));
    const line = `\u2716 ${plural(problems, 'problem')} (${parts.join(', ')}) in ${plural(plans, 'plan')}`;
    out.push(errors > 0 ? c.bold(c.red(line)) : c.bold(c.yellow(line)));
  }
  return out.join('\n') + '\n';
}
