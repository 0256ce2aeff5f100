/**
 * A Markdown report for pull-request comments and CI job summaries: totals, then one table of
 * findings grouped by file (file, line, severity, rule with a link to its docs, message). Every
 * piece of plan text is escaped so that it renders as the text it is: no table breaks (`|`), no
 * HTML, no links or images, no @-mentions or #-references that would notify people or issues.
 */
import { docsUrl } from '../../engine/rule.js';
import { escapeMarkdownText, singleLine } from '../../engine/sanitize.js';
import type { Severity } from '../../engine/types.js';
import type { FormatOptions, LintRun } from './types.js';

/** PR comments are capped at 65,536 characters: beyond this many rows the table is cut. */
export const MAX_MARKDOWN_ROWS = 500;
/**
 * Characters `--format markdown` writes at most, under GitHub's 65,536 for a comment: rows stop
 * where the next would not fit beside what follows them (the table by rule, files not linted).
 */
export const MAX_COMMENT_CHARS = 65_000;
/** Files not linted a report names, at most. */
const MAX_FILE_ERRORS = 50;

const SEVERITY_LABEL: Record<Severity, string> = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };

/** A file path as inline code: backticks inside are replaced, `|` escaped for the table. */
export function codeSpan(text: string): string {
  const safe = singleLine(text).replace(/`/g, "'").replace(/\|/g, '\\|');
  return `\`${safe}\``;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function markdownTotals(run: LintRun): string {
  const { errors, warnings, infos, plans } = run.summary;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos > 0) parts.push(plural(infos, 'info'));
  return `${parts.join(', ')} in ${plural(plans, 'plan')} (as of ${run.asOf})`;
}

export interface MarkdownReportOptions {
  /** Heading level and text of the report's title. */
  readonly title?: string;
  readonly maxRows?: number;
  /** Characters the report may take (a pull-request comment's limit); unbounded when undefined. */
  readonly maxChars?: number;
}

/** The report body, shared by `--format markdown` and the GitHub job summary. */
export function renderMarkdownReport(run: LintRun, options: MarkdownReportOptions = {}): string {
  const maxRows = options.maxRows ?? MAX_MARKDOWN_ROWS;
  // What the rows may take: the whole budget less what follows them (estimated generously).
  const rowChars = (options.maxChars ?? Infinity) - 6_000 - Math.min(run.fileErrors.length, MAX_FILE_ERRORS) * 300;
  const out: string[] = [`## ${options.title ?? 'Handoff'}`, ''];
  const problems = run.summary.errors + run.summary.warnings + run.summary.infos;
  // No tick while a file could not be linted: the run is not clean (and exits 2).
  const clean = problems === 0 && run.fileErrors.length === 0;
  out.push(clean ? `✅ No problems: ${markdownTotals(run)}.` : `**${markdownTotals(run)}**`, '');

  const filesWithFindings = run.files.filter((f) => f.diagnostics.length > 0);
  if (filesWithFindings.length > 0) {
    out.push('| File | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |');
    let rows = 0;
    let written = 0;
    // The rows in order, up to the first that does not fit: none after it, so none is skipped.
    table: for (const file of filesWithFindings) {
      for (const d of file.diagnostics) {
        const row = `| ${codeSpan(file.path)} | ${d.line} | ${SEVERITY_LABEL[d.severity]} | [${d.rule}](${docsUrl(d.rule)}) | ${escapeMarkdownText(d.message)} |`;
        if (rows === maxRows || written + row.length + 1 > rowChars) break table;
        written += row.length + 1;
        rows++;
        out.push(row);
      }
    }
    if (rows < problems) {
      const why = options.maxChars !== undefined ? ' (a pull-request comment holds 65,536 characters)' : '';
      out.push(
        '',
        `…and ${plural(problems - rows, 'more finding')} not shown${why}: \`handoff lint -f json\` lists every one.`,
      );
    }
    out.push('');

    // Totals per rule, most frequent first: what to fix across the portfolio.
    const byRule = new Map<string, { severity: Severity; count: number }>();
    for (const file of filesWithFindings) {
      for (const d of file.diagnostics) {
        const entry = byRule.get(d.rule) ?? { severity: d.severity, count: 0 };
        entry.count++;
        if (d.severity === 'error') entry.severity = 'error';
        byRule.set(d.rule, entry);
      }
    }
    const ruleRows = [...byRule].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
    out.push('<details><summary>Findings by rule</summary>', '', '| Rule | Findings |', '| --- | ---: |');
    for (const [rule, { count }] of ruleRows) out.push(`| [${rule}](${docsUrl(rule)}) | ${count} |`);
    out.push('', '</details>', '');
  }

  if (run.fileErrors.length > 0) {
    out.push(`**${plural(run.fileErrors.length, 'file')} could not be linted:**`, '');
    for (const e of run.fileErrors.slice(0, MAX_FILE_ERRORS)) {
      out.push(`- ${codeSpan(e.path)}: ${escapeMarkdownText(e.message)}`);
    }
    if (run.fileErrors.length > MAX_FILE_ERRORS) out.push(`- …and ${run.fileErrors.length - MAX_FILE_ERRORS} more`);
    out.push('');
  }
  return out.join('\n');
}

export function formatMarkdown(run: LintRun, _options: FormatOptions): string {
  return renderMarkdownReport(run, { maxChars: MAX_COMMENT_CHARS });
}
