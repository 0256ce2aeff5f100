/**
 * Rows cut off a register's table by a blank line. GFM ends a table at a blank line, so the rows
 * after it are a paragraph of pipes: shown much like the table, read as nothing, so none of their
 * values is checked. Found here, with the edit that joins them to the table (deleting the blank
 * lines) when they are plainly more of its rows: as many cells as its header, no header and
 * `| --- |` row of their own (a table of their own is a split register, read or reported as one),
 * and nothing right under them that the join would make a row.
 */
import type { Plan, Register, Table } from './model.js';
import { isTableRowLine, MAYBE_DELIMITER_ROW, rowCells, rowCellTexts } from './parse/scanLines.js';
import { perPlan } from './perPlan.js';
import type { RuleContext } from './rule.js';
import type { Fix, Range } from './types.js';

export interface RowsAfterBlank {
  /** The blank lines that cut the rows off, as `[first, last]` line numbers per gap, in order. */
  readonly gaps: readonly (readonly [number, number])[];
  /** The rows after them (every gap's). */
  readonly rows: readonly Range[];
  /** Their first cells (a row's ID, where it has one), for the message. */
  readonly firstCells: readonly string[];
  /** What to do besides removing the blank lines, as a clause; undefined when the fix does all. */
  readonly alsoDo: string | undefined;
  /** Deletes the blank lines: only when the rows are plainly the table's. */
  readonly fix: Fix | undefined;
}

/**
 * A line starting with a pipe, blank lines, then another: most plans have none, and then no table
 * is looked at. Its rows may or may not end in a pipe (GFM needs no closing pipe). Tried at each
 * line break, looking ahead for the blank lines and the pipe, and only then back at the line
 * before: a third of the time of trying each line that starts with a pipe (0.8 against 2.2 ms
 * on the 1 MB plan).
 */
const GAP = /(?:\r\n?|\n)(?=(?:[ \t]*(?:\r\n?|\n))+ {0,3}\|)(?<=^ {0,3}\|[^\n]*(?:\r\n?|\n))/m;
const hasGap = perPlan((plan) => GAP.test(plan.text));

/** A line GFM would read as a row, starting with a pipe (indented by 4 it would be code). */
const ROW_START = /^ {0,3}\|/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

const isBlank = (text: string): boolean => text.trim() === '';

/** The tables of `register` as written: each part of a split register, and those not read. */
function tablesOf(register: Register): readonly Table[] {
  const table = register.table;
  if (!table) return [];
  return [...(table.parts ?? [table]), ...register.tablesNotRead];
}

/** For each table of `register` that a blank line cuts rows off, those rows. */
export function rowsAfterBlank(plan: Plan, register: Register): RowsAfterBlank[] {
  if (!hasGap(plan)) return [];
  const out: RowsAfterBlank[] = [];
  for (const table of tablesOf(register)) {
    const cut = rowsAfter(plan, table);
    if (cut) out.push(cut);
  }
  return out;
}

function rowsAfter(plan: Plan, table: Table): RowsAfterBlank | undefined {
  const count = plan.lines.lineCount;
  const line = (n: number): string => plan.lines.lineText(n);
  const next = table.range.end.line + 1;
  if (next >= count || !isBlank(line(next))) return undefined;
  const gaps: [number, number][] = [];
  const rows: number[] = [];
  // Whether a line of text, not a blank line or a heading, follows the last row right under it.
  let textUnder = false;
  for (let n = next; ;) {
    let m = n;
    while (m < count && isBlank(line(m))) m++;
    if (m >= count || !ROW_START.test(line(m)) || !isTableRowLine(line(m))) break;
    let end = m;
    while (end + 1 < count && isTableRowLine(line(end + 1))) end++;
    // A `| --- |` row under these lines makes a table of its own (its header the line above):
    // a split register, read as one or reported by table-columns. Its lines are not cut off.
    if (end + 1 < count && MAYBE_DELIMITER_ROW.test(line(end + 1))) break;
    gaps.push([n, m - 1]);
    for (let k = m; k <= end; k++) rows.push(k);
    n = end + 1;
    if (n >= count || HEADING.test(line(n))) break;
    if (!isBlank(line(n))) {
      textUnder = true;
      break;
    }
  }
  if (rows.length === 0) return undefined;
  const width = table.headers.length;
  const header = table.headers.map((h) => h.text.trim().toLowerCase()).join('|');
  const isHeader = (k: number): boolean =>
    rowCellTexts(line(k))
      .map((c) => c.toLowerCase())
      .join('|') === header;
  // Text right under the rows continues their paragraph: joined to the table, it would be a row.
  const alsoDo = textUnder
    ? 'and set the text under the rows apart from them with a blank line'
    : rows.some((k) => rowCells(line(k)).length !== width)
      ? `and give each row the table's ${width} cells`
      : rows.some(isHeader)
        ? 'and remove the header row written again among them'
        : undefined;
  const blankLines = gaps.reduce((sum, [a, b]) => sum + b - a + 1, 0);
  return {
    gaps,
    rows: rows.map((k) => plan.lines.lineRange(k)),
    firstCells: rows.map((k) => rowCellTexts(line(k))[0] ?? ''),
    alsoDo,
    fix:
      alsoDo === undefined
        ? {
            title: blankLines === 1 ? 'Remove the blank line' : 'Remove the blank lines',
            // The blank lines with the line break before each: the row above keeps its own.
            edits: gaps.map(([a, b]) => ({
              range: {
                start: plan.lines.positionAt(plan.lines.lineEnd(a - 1)),
                end: plan.lines.positionAt(plan.lines.lineEnd(b)),
              },
              newText: '',
            })),
            isPreferred: true,
            safe: true,
          }
        : undefined,
  };
}

/** `table-columns` on the first row a blank line cuts off a table of `register`. */
export function checkRowsAfterBlank(ctx: RuleContext, register: Register): void {
  for (const cut of rowsAfterBlank(ctx.plan, register)) {
    const n = cut.rows.length;
    const blankLines = cut.gaps.reduce((sum, [a, b]) => sum + b - a + 1, 0);
    const named = cut.firstCells.filter(Boolean).slice(0, 3);
    // Named by their first cells where they have them: a line number moves when a fix above does.
    const which = named.length
      ? `${named.join(', ')}${n > named.length ? ' …' : ''}`
      : `line ${cut.rows[0]!.start.line + 1}${n === 1 ? '' : ' on'}`;
    const the = `${n === 1 ? 'the row' : `the ${n} rows`} after ${blankLines === 1 ? 'it' : 'them'}`;
    const remove = blankLines === 1 ? 'Remove the blank line' : 'Remove the blank lines';
    ctx.report({
      range: cut.rows[0]!,
      target: register.kind,
      message: `${blankLines === 1 ? 'A blank line ends' : 'Blank lines end'} the ${register.spec.title} table in Markdown: ${the} (${which}) ${n === 1 ? 'is' : 'are'} not part of the register, so nothing checks ${n === 1 ? 'it' : 'them'}. ${remove}${cut.alsoDo ? `, ${cut.alsoDo}` : ''}.`,
      fixes: cut.fix ? [cut.fix] : undefined,
    });
  }
}
