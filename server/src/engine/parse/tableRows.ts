/**
 * A scanned table's rows as numbers (`TableData.handoffRows`): how the scanner writes one row
 * and how `nodes.ts` reads them back.
 */
import { INLINE_MARKUP, isSpaceOrTab, trimEndOffset, type Line } from './scanLines.js';

declare module 'mdast' {
  /**
   * The rows of a table the scanner read. They are kept as numbers, not as row and cell nodes
   * (rows are most of a plan, and most tables are never read), and the node's `children` stay
   * empty. Offsets are relative to the table's start, so moving the node moves its rows. Per
   * row, header first: its start, its end (the line's end, trailing white space included) and
   * its cell count; then per cell its start (at the pipe before it), its end, and the start and
   * end of its content, trimmed of spaces and tabs (`cellFields` and `nextRow` find them).
   * `nodes.ts` builds the model's table from it.
   */
  interface TableData {
    handoffRows?: Int32Array;
    /**
     * The text of the register cells whose content holds inline markup, as micromark reads it
     * (cellMarkup.ts), by the cell's first field in `handoffRows`. Every other cell's text is
     * its content as written.
     */
    handoffTexts?: ReadonlyMap<number, string>;
  }
}

/** Where, in `handoffRows`, the fields of cell `k` of the row at `at` begin. */
export function cellFields(at: number, k: number): number {
  return at + 3 + 4 * k;
}

/** Where, in `handoffRows`, the row after the one at `at` begins. */
export function nextRow(rows: ArrayLike<number>, at: number): number {
  return cellFields(at, rows[at + 2]!);
}

/**
 * Whole numbers written one after another into a buffer that is reused (`clear`) and grows by
 * doubling; `take` copies them out at their exact length. The scanner keeps the numbers of the
 * table being read in one: grown as an array, a 7 KB plan's rows made about 50 KB of garbage
 * (each growth copies the whole array), an eighth of all the engine allocates for it.
 */
export class Int32Buffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  at(i: number): number {
    return this.data[i]!;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The numbers pushed since the last `clear`, as an array of their own. */
  take(): Int32Array {
    return this.data.slice(0, this.length);
  }

  clear(): this {
    this.length = 0;
    return this;
  }
}

/**
 * The offsets of a row's pipes, reused row after row: a new array per row cost a quarter of the
 * time spent reading rows.
 */
const PIPES = new Int32Buffer(64);

/** Writes the offsets of the pipes in `t[0, end)` to `PIPES`; returns how many there are. */
function findPipes(t: string, end: number): number {
  PIPES.clear();
  for (let i = t.indexOf('|'); i >= 0 && i < end; i = t.indexOf('|', i + 1)) PIPES.push(i);
  return PIPES.length;
}

/**
 * Appends one table row to `rows` (see `TableData.handoffRows`), its cells found as the line is read:
 * rows are most of a plan. Returns the row's cell count, or -1 when micromark must read it. In a
 * register (`relevant`), the first field of a cell whose content holds inline markup is added to
 * `marked`, for cellMarkup.ts to read its text; without `marked`, such a row is left to micromark.
 */
export function scanRow(
  line: Line,
  relevant: boolean,
  tableStart: number,
  rows: Int32Buffer,
  marked?: number[],
): number {
  const t = line.text;
  if (t.charCodeAt(0) !== 124) return -1;
  const trimmedEnd = trimEndOffset(t, 0, t.length);
  // A lone pipe is a row without cells to micromark: left to it.
  if (trimmedEnd === 1) return -1;
  const np = findPipes(t, trimmedEnd);
  const pipes = PIPES;
  const trailingPipe = pipes.at(np - 1) === trimmedEnd - 1 && np > 1;
  const count = trailingPipe ? np - 1 : np;
  const base = line.start - tableStart;
  // No markup anywhere on the line (most rows): no cell can hold any. A pipe or a space cannot
  // be part of a match, so a match never spans two cells.
  const checkCells = relevant && INLINE_MARKUP.test(t);
  // An escaped pipe does not end a cell: the cells of a register row that has one are left to micromark.
  if (checkCells && t.includes('\\|')) return -1;
  // micromark ends a row at the end of its line, trailing white space included.
  rows.push(base);
  rows.push(line.end - tableStart);
  rows.push(count);
  for (let k = 0; k < count; k++) {
    const a = pipes.at(k);
    const next = k + 1 < np ? pipes.at(k + 1) : trimmedEnd;
    let cs = a + 1;
    let ce = next;
    while (cs < ce && isSpaceOrTab(t.charCodeAt(cs))) cs++;
    while (ce > cs && isSpaceOrTab(t.charCodeAt(ce - 1))) ce--;
    const isLast = k === count - 1;
    // micromark ends a last, empty cell with no closing pipe at the end of the line (`| `).
    const end = isLast && trailingPipe ? next + 1 : isLast && cs === ce ? t.length : next;
    // Cell text outside a register table is never read: only its extent must be exact.
    if (checkCells && cs < ce && INLINE_MARKUP.test(t.slice(cs, ce))) {
      if (!marked) return -1;
      marked.push(rows.length);
    }
    rows.push(base + a);
    rows.push(base + end);
    rows.push(base + cs);
    rows.push(base + ce);
  }
  return count;
}
