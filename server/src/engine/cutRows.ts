/**
 * Rows cut off a table by an HTML comment on a line of its own. GFM ends a table at the comment,
 * so the rows after it are a paragraph: shown as text, read as nothing. People write
 * `<!-- handoff-disable-next-line RULE -->` above a row to silence it, and lose that row and every
 * row after it. Found here, with the edit that keeps the comment's meaning and the table whole.
 */
import type { Heading, Plan } from './model.js';
import { linesOutsideCode, linesUnder } from './nearMissHeading.js';
import { isTableRowLine, MAYBE_DELIMITER_ROW, rowCellTexts } from './parse/scanLines.js';
import type { Fix, Range } from './types.js';
import { perPlan } from './perPlan.js';

export interface CutRows {
  /** The comment's line. */
  readonly comment: Range;
  /** The rows after it, up to the next line that is no row. */
  readonly rows: readonly Range[];
  /** Their first cells (a row's ID, where it has one), for the message. */
  readonly firstCells: readonly string[];
  /** `disable-next-line` made `disable-line` at the end of the row it is for; moved below the rows for any other comment but Handoff's. */
  readonly fix: Fix | undefined;
}

/** An HTML comment alone on its line (one line: a comment over several lines is rare in a table). */
const COMMENT_LINE = /^[ \t]*<!--(?:(?!-->).)*-->[ \t]*$/;
const NEXT_LINE = /^([ \t]*)<!--\s*handoff-disable-next-line\b((?:(?!-->).)*)-->[ \t]*$/;
const HANDOFF_DIRECTIVE = /<!--\s*handoff-/;

/** Whether the line is the last of a GFM table: a row with rows up to a `| --- |` row above it. */
function endsTable(plan: Plan, n: number, from: number): boolean {
  for (let m = n; m >= from; m--) {
    const text = plan.lines.lineText(m);
    if (MAYBE_DELIMITER_ROW.test(text)) return m > from && isTableRowLine(plan.lines.lineText(m - 1));
    if (!isTableRowLine(text)) return false;
  }
  return false;
}

/** Whether the plan has an HTML comment at all: most have none, and then no line is looked at. */
const hasComment = perPlan((plan) => plan.text.includes('<!--'));

/** Every comment under `heading` (up to the next heading) that cuts rows off the table above it. */
export function rowsCutOff(plan: Plan, heading: Heading): CutRows[] {
  if (!hasComment(plan)) return [];
  const { from, to } = linesUnder(plan, heading);
  const line = (n: number): string => plan.lines.lineText(n);
  const out: CutRows[] = [];
  for (const n of linesOutsideCode(plan, heading)) {
    if (!COMMENT_LINE.test(line(n)) || n + 1 >= to || n === from) continue;
    if (!isTableRowLine(line(n + 1)) || !endsTable(plan, n - 1, from)) continue;
    // A header with its `| --- |` row after the comment is a table of its own, read as one.
    if (n + 2 < to && MAYBE_DELIMITER_ROW.test(line(n + 2))) continue;
    let end = n + 1;
    while (end + 1 < to && isTableRowLine(line(end + 1))) end++;
    const rows: Range[] = [];
    const firstCells: string[] = [];
    for (let m = n + 1; m <= end; m++) {
      rows.push(plan.lines.lineRange(m));
      firstCells.push(rowCellTexts(line(m))[0]?.trim() ?? '');
    }
    out.push({ comment: plan.lines.lineRange(n), rows, firstCells, fix: cutFix(plan, n, end) });
  }
  return out;
}

/** The comment's line and its line break. */
function wholeLine(n: number): Range {
  return { start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } };
}

function cutFix(plan: Plan, n: number, end: number): Fix | undefined {
  const text = plan.lines.lineText(n);
  const nextLine = NEXT_LINE.exec(text);
  if (nextLine) {
    const rules = nextLine[2]!.trim();
    const row = plan.lines.lineRange(n + 1);
    const comment = `<!-- handoff-disable-line${rules ? ` ${rules}` : ''} -->`;
    return {
      title: `Write it as ${comment} at the end of the row it is for`,
      edits: [
        { range: wholeLine(n), newText: '' },
        { range: { start: row.end, end: row.end }, newText: ` ${comment}` },
      ],
      isPreferred: true,
      safe: true,
    };
  }
  // Handoff's other comments say where a block starts or ends: moving one changes what it silences.
  if (HANDOFF_DIRECTIVE.test(text)) return undefined;
  const after = plan.lines.lineRange(end);
  return {
    title: 'Move the comment below the table',
    edits: [
      { range: wholeLine(n), newText: '' },
      { range: { start: after.end, end: after.end }, newText: `${plan.lines.eol()}${text.trim()}` },
    ],
    isPreferred: true,
    safe: true,
  };
}
