/**
 * A Markdown report for pull-request comments and CI job summaries: totals, then one table of
 * findings grouped by file (file, line, severity, rule with a link to its docs, message). Every
 * piece of plan text is escaped so that it renders as the text it is: no table breaks (`|`), no
 * HTML, no links or images, no @-mentions or #-references that would notify people or issues.
 */
import { docsUrl } from '../../engine/rule.js';
import { escapeMarkdownText, singleLine } from '../../engine/sanitize.js';
import type { Severity } from '../../engine/types.js';
import { streamed } from './streamed.js';
import type { LintedFile, RunEnd } from './types.js';
import { plural } from '../../engine/text.js';

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

/**
 * A file path as inline code that reads back as written (CommonMark code spans): fenced by one
 * backtick more than its longest run of them, and padded with a space where it starts or ends
 * with a backtick or a space (one each side is taken off again); `|` escaped for the table.
 */
export function codeSpan(text: string): string {
  const safe = singleLine(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(safe) && !/^ +$/.test(safe) ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

export function markdownTotals(run: RunEnd): string {
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

/**
 * The report body, shared by `--format markdown` and the GitHub job summary, gathered a file at
 * a time: what it keeps is bounded whatever the run's size (the first `maxRows` rows and a count
 * per rule), so a run can feed it as it goes.
 */
export class MarkdownReport {
  private readonly maxRows: number;
  /** The first `maxRows` rows of the findings table, in order. */
  private readonly rows: string[] = [];
  private readonly byRule = new Map<string, { severity: Severity; count: number }>();

  constructor(private readonly options: MarkdownReportOptions = {}) {
    this.maxRows = options.maxRows ?? MAX_MARKDOWN_ROWS;
  }

  add(file: LintedFile): void {
    for (const d of file.diagnostics) {
      if (this.rows.length < this.maxRows) {
        this.rows.push(
          `| ${codeSpan(file.path)} | ${d.line} | ${SEVERITY_LABEL[d.severity]} | [${d.rule}](${docsUrl(d.rule)}) | ${escapeMarkdownText(d.message)} |`,
        );
      }
      const entry = this.byRule.get(d.rule) ?? { severity: d.severity, count: 0 };
      entry.count++;
      if (d.severity === 'error') entry.severity = 'error';
      this.byRule.set(d.rule, entry);
    }
  }

  render(run: RunEnd): string {
    const { options } = this;
    // What the rows may take: the whole budget less what follows them (estimated generously).
    const rowChars = (options.maxChars ?? Infinity) - 6_000 - Math.min(run.fileErrors.length, MAX_FILE_ERRORS) * 300;
    const out: string[] = [`## ${options.title ?? 'Handoff'}`, ''];
    const problems = run.summary.errors + run.summary.warnings + run.summary.infos;
    // No tick while a file could not be linted: the run is not clean (and exits 2).
    const clean = problems === 0 && run.fileErrors.length === 0;
    out.push(clean ? `✅ No problems: ${markdownTotals(run)}.` : `**${markdownTotals(run)}**`, '');

    if (this.byRule.size > 0) {
      out.push('| File | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |');
      let rows = 0;
      let written = 0;
      // The rows in order, up to the first that does not fit: none after it, so none is skipped.
      for (const row of this.rows) {
        if (written + row.length + 1 > rowChars) break;
        written += row.length + 1;
        rows++;
        out.push(row);
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
      const ruleRows = [...this.byRule].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
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
}

/** A pull-request comment: written whole once the run is over, gathered as it goes. */
export const formatMarkdown = streamed(() => {
  const report = new MarkdownReport({ maxChars: MAX_COMMENT_CHARS });
  return {
    begin: () => '',
    file: (file) => {
      report.add(file);
      return '';
    },
    end: (run) => report.render(run),
  };
});
