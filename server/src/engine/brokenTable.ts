/**
 * A table under a register's heading that Markdown does not read as a table, so the register
 * has no rows: its header row and the `| --- |` row under it are apart (a blank line between), or
 * there is no `| --- |` row at all and the rows follow the header directly, or the two have
 * different numbers of cells (one `|` missing). All are easy to do by hand and hard to see in the
 * source. Or the table is written in HTML or as a grid table, as exports write them
 * (`foreignTable.ts`). The register would otherwise be reported empty while the plan shows its
 * rows. What is wrong is said once, on the header row (the `<table>` line, the top border; the
 * `| --- |` row when it alone has the wrong number of cells), with the edit that makes it a table
 * where there is one.
 */
import type { Heading, Plan } from './model.js';
import { linesOutsideCode, linesUnder } from './nearMissHeading.js';
import { isTableRowLine, MAYBE_DELIMITER_ROW, rowCells, rowCellTexts } from './parse/scanLines.js';
import { markdownTableLines } from './fixes.js';
import { GRID_BORDER, gridTableAt, HTML_TABLE_OPEN, htmlTableAt } from './foreignTable.js';
import type { Fix, Range } from './types.js';

export interface BrokenTable {
  /** The header row's line. */
  readonly range: Range;
  /** Why it is not read, as a clause. */
  readonly reason: string;
  /** The whole message, given the register's title, where the reason alone does not say it. */
  readonly message?: (title: string) => string;
  /** None for an HTML or grid table that cannot be written as GFM rows without losing a cell. */
  readonly fix: Fix | undefined;
}

/** Per heading (a model never changes once built): `table-columns` and the register-presence rules ask alike. */
const found = new WeakMap<Heading, BrokenTable | null>();

/** The first table-like lines under `heading` (up to the next heading), when Markdown does not read them as a table. */
export function brokenTableUnder(plan: Plan, heading: Heading): BrokenTable | undefined {
  let broken = found.get(heading);
  if (broken === undefined) found.set(heading, (broken = findBrokenTable(plan, heading) ?? null));
  return broken ?? undefined;
}

function findBrokenTable(plan: Plan, heading: Heading): BrokenTable | undefined {
  const { to } = linesUnder(plan, heading);
  const line = (n: number): string => plan.lines.lineText(n);
  // Lines in fenced code are not the plan's table, as the parser reads them.
  for (const n of linesOutsideCode(plan, heading)) {
    const text = line(n);
    const foreign = foreignTableAt(plan, n, to);
    if (foreign) return foreign;
    if (!text.includes('|')) continue;
    // The first table-like line decides: a delimiter row or a single cell is not this case.
    if (!isTableRowLine(text)) return undefined;
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
    if (m === n + 1 && m < to && MAYBE_DELIMITER_ROW.test(line(m))) return cellCountsDiffer(plan, n, to);
    if (m === n + 1 && m < to && isTableRowLine(line(m))) {
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

/**
 * A header row and the `| --- |` row under it with different numbers of cells: GFM reads no
 * table, and the rows under them are a paragraph. Reported on the one the rows disagree with:
 * the `| --- |` row when every row has the header's cells (then the fix writes it with as many,
 * when its cells are all alike, as nothing is lost), else the header row, and no fix: which
 * header cell is missing, or extra, is a guess.
 */
function cellCountsDiffer(plan: Plan, n: number, to: number): BrokenTable | undefined {
  const line = (k: number): string => plan.lines.lineText(k);
  const header = rowCells(line(n)).length;
  const delimiterCells = rowCells(line(n + 1));
  const delimiter = delimiterCells.length;
  if (header === delimiter) return undefined;
  const widths: number[] = [];
  for (let k = n + 2; k < to && isTableRowLine(line(k)); k++) widths.push(rowCells(line(k)).length);
  const rows = widths.length;
  const checked =
    rows === 0
      ? 'so the register has no rows'
      : `so the register's ${rows === 1 ? 'row is' : `${rows} rows are`} not checked`;
  const cells = (k: number): string => `${k} ${k === 1 ? 'cell' : 'cells'}`;
  const rowsLike = (k: number): boolean => rows > 0 && widths.every((w) => w === k);
  const reason = `its header row has ${cells(header)} and its "| --- |" row ${delimiter}, and Markdown reads a table only when they have as many`;
  if (rowsLike(header)) {
    const cell = delimiterCells[0]!;
    const alike = delimiterCells.every((c) => c === cell);
    const text = line(n + 1);
    const piped = text.trimStart().startsWith('|');
    const written = piped ? `|${` ${cell} |`.repeat(header)}` : Array.from({ length: header }, () => cell).join(' | ');
    return {
      range: plan.lines.lineRange(n + 1),
      reason,
      message: (title) =>
        `The "| --- |" row of the ${title} table has ${cells(delimiter)} and its header row ${header}: Markdown reads no table here, ${checked}. The header row and every row have ${header}: give the "| --- |" row as many.`,
      fix: alike
        ? {
            title: `Write the "| --- |" row with ${cells(header)}`,
            edits: [{ range: plan.lines.lineRange(n + 1), newText: written }],
            isPreferred: true,
            safe: true,
          }
        : undefined,
    };
  }
  const hint = rowsLike(delimiter)
    ? ` Its rows have ${delimiter} cells, like the "| --- |" row: ${header < delimiter ? 'a header cell is probably missing' : 'the header probably has a cell too many'}.`
    : '';
  return {
    range: plan.lines.lineRange(n),
    reason,
    message: (title) =>
      `The header row of the ${title} table has ${cells(header)} and its "| --- |" row ${delimiter}: Markdown reads no table here, ${checked}.${hint} Give both rows the same number of cells.`,
    fix: undefined,
  };
}

/** An HTML table or a grid table starting at line `n`, with the edit that writes it as a GFM table when it converts. */
function foreignTableAt(plan: Plan, n: number, to: number): BrokenTable | undefined {
  const line = (k: number): string => plan.lines.lineText(k);
  const html = HTML_TABLE_OPEN.test(line(n)) ? htmlTableAt(line, n, to) : undefined;
  const grid = !html && GRID_BORDER.test(line(n)) ? gridTableAt(line, n, to) : undefined;
  const found = html ?? grid;
  if (!found) return undefined;
  const rows = found.rows;
  return {
    range: plan.lines.lineRange(n),
    reason: html
      ? `it is written in HTML (<table>), and Handoff reads a register only from a Markdown table of "| … |" rows${rows ? '' : '; this one is not a plain grid of cells (merged cells, a caption, a table in a cell or rows of unequal length), so write it as one by hand'}`
      : `it is written as a grid table, with "+---+" borders, which GitHub Markdown does not read${rows ? '' : '; its rows do not all keep to the top border\'s columns, so write it as a "| … |" table by hand'}`,
    fix: rows && {
      title: `Convert the ${html ? 'HTML' : 'grid'} table to a Markdown table`,
      edits: [
        {
          range: { start: { line: n, character: 0 }, end: plan.lines.positionAt(plan.lines.lineEnd(found.last)) },
          newText: markdownTableLines(rows).join(plan.lines.eol()),
        },
      ],
      isPreferred: true,
      // A grid table's cells move as they are; an HTML table's attributes (widths, styles) are dropped.
      safe: grid !== undefined,
    },
  };
}
