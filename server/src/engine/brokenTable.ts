/**
 * A table under a register's heading that Markdown does not read as a table, so the register
 * has no rows: its header row and the `| --- |` row under it are apart (a blank line between), or
 * there is no `| --- |` row at all and the rows follow the header directly. Both are easy to do
 * by hand and hard to see in the source; the register would otherwise be reported empty while
 * the plan shows its rows. What is wrong is said once, on the header row, with the edit that
 * makes it a table.
 */
import type { Heading, Plan } from './model.js';
import { linesUnder } from './nearMissHeading.js';
import { closesFence, fenceOpenedBy, MAYBE_DELIMITER_ROW, rowCellTexts } from './parse/scanLines.js';
import type { Fix, Range } from './types.js';

export interface BrokenTable {
  /** The header row's line. */
  readonly range: Range;
  /** Why it is not read, as a clause. */
  readonly reason: string;
  readonly fix: Fix;
}

/** A line that holds a row of at least two cells (and is not a delimiter row). */
function isRow(line: string): boolean {
  return line.includes('|') && !MAYBE_DELIMITER_ROW.test(line) && rowCellTexts(line).length >= 2;
}

/** The first table-like lines under `heading` (up to the next heading), when Markdown does not read them as a table. */
export function brokenTableUnder(plan: Plan, heading: Heading): BrokenTable | undefined {
  const { from, to } = linesUnder(plan, heading);
  const line = (n: number): string => plan.lines.lineText(n);
  let fence: string | undefined;
  for (let n = from; n < to; n++) {
    const text = line(n);
    // Lines in fenced code are not the plan's table, as the parser reads them.
    if (fence !== undefined) {
      if (closesFence(text, fence)) fence = undefined;
      continue;
    }
    fence = fenceOpenedBy(text);
    if (fence !== undefined || !text.includes('|')) continue;
    // The first table-like line decides: a delimiter row or a single cell is not this case.
    if (!isRow(text)) return undefined;
    let m = n + 1;
    while (m < to && line(m).trim() === '') m++;
    const range = plan.lines.lineRange(n);
    if (m > n + 1 && m < to && MAYBE_DELIMITER_ROW.test(line(m))) {
      const blank = m - n - 1;
      return {
        range,
        reason: `${blank === 1 ? 'a blank line separates' : `${blank} blank lines separate`} its header row from the "| --- |" row under it, and Markdown reads a table only when they are adjacent`,
        fix: {
          title:
            blank === 1 ? 'Remove the blank line under the header row' : 'Remove the blank lines under the header row',
          edits: [
            {
              range: {
                start: plan.lines.positionAt(plan.lines.lineEnd(n)),
                end: plan.lines.positionAt(plan.lines.lineEnd(m - 1)),
              },
              newText: '',
            },
          ],
          isPreferred: true,
          safe: true,
        },
      };
    }
    if (m === n + 1 && m < to && isRow(line(m))) {
      const columns = rowCellTexts(text).length;
      const piped = text.trimStart().startsWith('|');
      const delimiter = piped
        ? `|${' --- |'.repeat(columns)}`
        : Array.from({ length: columns }, () => '---').join(' | ');
      const end = plan.lines.positionAt(plan.lines.lineEnd(n));
      return {
        range,
        reason: 'its header row has no "| --- |" row under it, which Markdown needs to read the lines as a table',
        fix: {
          title: 'Add the "| --- |" row under the header row',
          edits: [{ range: { start: end, end }, newText: `${plan.lines.eol()}${delimiter}` }],
          isPreferred: true,
          safe: true,
        },
      };
    }
    return undefined;
  }
  return undefined;
}
