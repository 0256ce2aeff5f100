/** mdast nodes → the model's headings, tables (rows, cells) and list items, with ranges. */
import type { List, Nodes, Table as MdTable } from 'mdast';
import type { Cell, ListItem, Row, Table } from '../model.js';
import type { Range } from '../types.js';
import { columnKeysOf, type RegisterSpec } from '../schema.js';
import { normalizeWord, withWikiLinksRead } from '../text.js';
import { LineIndex } from '../lines.js';
import { hasInvisible, isEmptyValue, withoutInvisible } from '../emptyValues.js';
import { cellFields, nextRow } from './tableRows.js';
import { isLabelRow } from './labelRows.js';
import { planDateLanguage } from '../values/monthLanguage.js';

/**
 * An HTML line break (`<br>`, `<br/>`, `<br />`): the only way to break a line inside a table
 * cell, so practitioners write one between two owners or two dependencies, or after a value.
 */
const HTML_BREAK = /^<br\s*\/?>$/i;

/**
 * The plain text of inline content, without struck-through text (`~~Open~~ Closed` reads
 * Closed: the writer crossed the old value out), with wiki links read as the notes they link to.
 * A line break, Markdown's or HTML's, reads as `lineBreak`: a space (`M-01<br>M-02` depends on
 * two milestones, `Open<br>` is Open), or `\n` in a cell (`CellImpl`), whose text reads it as a
 * space. Iterative: a hostile cell can nest thousands of spans.
 */
export function inlineText(root: Nodes, lineBreak = ' '): string {
  // Most cells and headings hold one text node, or none.
  if ('children' in root) {
    const children = root.children as Nodes[];
    if (children.length === 0) return '';
    if (children.length === 1 && children[0]!.type === 'text') return withWikiLinksRead(children[0].value);
  }
  let out = '';
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    switch (node.type) {
      case 'html':
        out += HTML_BREAK.test(node.value) ? lineBreak : node.value;
        break;
      case 'text':
        out += withWikiLinksRead(node.value);
        break;
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += lineBreak;
        break;
      case 'image':
        out += node.alt ?? '';
        break;
      case 'delete':
        break;
      default:
        if ('children' in node) {
          const children = node.children as Nodes[];
          for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
        }
    }
  }
  return out;
}

export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}
export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/**
 * A range worked out when first asked for: a plan has hundreds of cells and rows, and findings
 * point at a few of them.
 */
abstract class LazyRange {
  private known: Range | undefined;
  constructor(
    protected readonly start: number,
    protected readonly end: number,
    protected readonly lines: LineIndex,
    /** The line both offsets lie on, when known. */
    private readonly line: number | undefined,
  ) {}
  get range(): Range {
    this.known ??=
      this.line === undefined
        ? this.lines.range(this.start, this.end)
        : this.lines.rangeOnLine(this.line, this.start, this.end);
    return this.known;
  }
}

/**
 * A cell from its text with its line breaks as `\n` (`inlineText`): a row is one line, so these
 * are the only ones. Its text reads each as a space; `withBreaks` keeps them.
 */
class CellImpl extends LazyRange implements Cell {
  readonly text: string;
  readonly empty: boolean;
  readonly withBreaks: string | undefined;
  constructor(value: string, start: number, end: number, lines: LineIndex, line: number | undefined) {
    super(start, end, lines, line);
    this.withBreaks = value.includes('\n') ? value : undefined;
    this.text = this.withBreaks === undefined ? value : value.replace(/\n/g, ' ');
    this.empty = isEmptyValue(this.text);
  }
  /** The cell as written in `text` (the source it was read from), markup and all. */
  writtenIn(text: string): string {
    return text.slice(this.start, this.end);
  }
  /** As plain data, without the line index it works its range out from. */
  toJSON(): Cell {
    const { text, range, empty, withBreaks } = this;
    return withBreaks === undefined ? { text, range, empty } : { text, range, empty, withBreaks };
  }
}

class RowImpl extends LazyRange implements Row {
  constructor(
    readonly index: number,
    readonly cells: readonly Cell[],
    readonly written: number,
    start: number,
    end: number,
    lines: LineIndex,
    private readonly table: TableImpl,
  ) {
    super(start, end, lines, undefined);
  }
  /** As plain data: without the line index it works its range out from, or its table (which holds it). */
  toJSON(): { index: number; cells: readonly Cell[]; range: Range } {
    return { index: this.index, cells: this.cells, range: this.range };
  }
  get id(): string | undefined {
    return this.value('id');
  }
  get dateLanguage(): string | undefined {
    return this.table.dateLanguage?.();
  }
  cell(key: string): Cell | undefined {
    const i = this.table.keyIndex.get(key);
    return i === undefined ? undefined : this.cells[i];
  }
  value(key: string): string | undefined {
    const c = this.cell(key);
    return c && !c.empty ? c.text : undefined;
  }
  header(key: string): string | undefined {
    return this.table.headers[this.table.keyIndex.get(key) ?? -1]?.text;
  }
  cellByHeader(header: string): Cell | undefined {
    const h = normalizeWord(header);
    const i = this.table.headers.findIndex((c) => normalizeWord(c.text) === h);
    return i < 0 ? undefined : this.cells[i];
  }
  /** The same row as row `index` of another table with the same columns. */
  movedTo(table: TableImpl, index: number): RowImpl {
    return new RowImpl(index, this.cells, this.written, this.start, this.end, this.lines, table);
  }
}

class TableImpl implements Table {
  rows: Row[] = [];
  parts: readonly Table[] | undefined = undefined;
  /** The language the plan's month names are in (Row.dateLanguage), worked out when first asked. */
  dateLanguage: (() => string | undefined) | undefined = undefined;
  readonly keyIndex = new Map<string, number>();
  constructor(
    readonly headers: readonly Cell[],
    readonly columnKeys: readonly (string | undefined)[],
    readonly range: Table['range'],
    readonly headerRange: Table['range'],
  ) {
    columnKeys.forEach((k, i) => {
      if (k && !this.keyIndex.has(k)) this.keyIndex.set(k, i);
    });
  }
  has(key: string): boolean {
    return this.keyIndex.has(key);
  }
}

/** The tables a table joins (a register split into several), or the table itself. */
export function tableParts(table: Table): readonly Table[] {
  return table.parts ?? [table];
}

/**
 * A register's tables one after the other (`Open risks` over one, `Closed risks` over the next):
 * one table with the rows of both, when the later one has the same columns in the same order;
 * undefined when it has not (the register reads the first alone, and table-columns says so).
 */
export function joinTables(first: Table, next: Table): Table | undefined {
  const a = first as TableImpl;
  const b = next as TableImpl;
  if (a.columnKeys.length !== b.columnKeys.length || a.columnKeys.some((k, i) => k !== b.columnKeys[i]))
    return undefined;
  const joined = new TableImpl(a.headers, a.columnKeys, { start: a.range.start, end: b.range.end }, a.headerRange);
  joined.dateLanguage = a.dateLanguage;
  joined.parts = [...tableParts(a), b];
  for (const row of [...a.rows, ...b.rows]) joined.rows.push((row as RowImpl).movedTo(joined, joined.rows.length));
  return joined;
}

/**
 * A later table of a register with the first's columns in another order: for each of the first's
 * columns, the index of the same column in `next` (a column Handoff reads by its key, another by
 * its header). Undefined when the columns are not the same, or are in the same order.
 */
export function columnOrderIn(first: Table, next: Table): number[] | undefined {
  const label = (t: Table, i: number): string => t.columnKeys[i] ?? `"${normalizeWord(t.headers[i]?.text ?? '')}`;
  const n = first.columnKeys.length;
  if (next.columnKeys.length !== n) return undefined;
  const at = new Map<string, number>();
  for (let j = 0; j < n; j++) at.set(label(next, j), j);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = at.get(label(first, i));
    if (j === undefined || order.includes(j)) return undefined;
    order.push(j);
  }
  return order.every((j, i) => j === i) ? undefined : order;
}

/** `/\s/.test(text[i])`, without the regular expression for ASCII. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && /\s/.test(text[i]!);
}

function buildCell(node: Nodes, source: TableSource): Cell {
  const value = inlineText(node, '\n').trim();
  return cellAt(
    startOf(node),
    endOf(node),
    source.invisible ? withoutInvisible(value) : value,
    source.text,
    source.lines,
  );
}

/**
 * A cell spanning `[s, e)` (its pipes included, as micromark positions cells) with this text;
 * `line` when the cell is known to lie on one line.
 */
function cellAt(s: number, e: number, value: string, text: string, lines: LineIndex, line?: number): Cell {
  let a = s;
  let b = e;
  // micromark's last cell can run past the closing pipe over trailing white space.
  let t = b;
  while (t > a && isSpaceAt(text, t - 1)) t--;
  if (t < b && t - 1 > a && text[t - 1] === '|' && text[t - 2] !== '\\') b = t;
  if (text[a] === '|') a++;
  if (b > a && text[b - 1] === '|' && text[b - 2] !== '\\') b--;
  while (a < b && isSpaceAt(text, a)) a++;
  while (b > a && isSpaceAt(text, b - 1)) b--;
  return new CellImpl(value, a, b, lines, line);
}

/**
 * Whether content the scanner trimmed of spaces and tabs needs no more trimming, as `cellAt`
 * would do it: it starts and ends with a printable ASCII character other than a backslash
 * (before a closing pipe, a backslash escapes it). Other white space, an empty cell and an
 * escaped pipe take `cellAt`'s way.
 */
function plainEdges(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 && last !== 92;
}

/** What building a register's table needs besides its node. */
interface TableSource {
  readonly spec: RegisterSpec;
  readonly text: string;
  readonly lines: LineIndex;
  readonly columnAliases: ReadonlyMap<string, string> | undefined;
  /** The table's text holds invisible characters (`hasInvisible`): its cells are read without them. */
  readonly invisible: boolean;
}

export function buildTable(
  node: MdTable,
  spec: RegisterSpec,
  text: string,
  lines: LineIndex,
  columnAliases: ReadonlyMap<string, string> | undefined,
): Table {
  const invisible = hasInvisible(text.slice(startOf(node), endOf(node)));
  const source = { spec, text, lines, columnAliases, invisible };
  const scanned = node.data?.handoffRows;
  return scanned ? tableFromScan(node, scanned, source) : tableFromNodes(node, source);
}

function newTable(headers: Cell[], source: TableSource, range: Table['range'], headerRange: Table['range']): TableImpl {
  const { spec, columnAliases } = source;
  const columnKeys = columnKeysOf(
    spec,
    headers.map((h) => h.text),
    columnAliases,
  );
  const table = new TableImpl(headers, columnKeys, range, headerRange);
  table.dateLanguage = () => planDateLanguage(source.text);
  return table;
}

/**
 * Pads a row that has fewer cells than the header with empty cells at the row's end. A label row
 * (`isLabelRow`) is no entry: it is not a row of the register; nor is a row with every cell empty
 * (`|  |  |  |`, `| - | - | - |`, as spreadsheet converters and templates leave them).
 */
function addRow(table: TableImpl, cells: Cell[], rowStart: number, rowEnd: number, source: TableSource): void {
  const { lines, text } = source;
  const first = cells[0] as CellImpl | undefined;
  if (first && !first.empty && isLabelRow(first.writtenIn(text), cells, table.headers.length)) return;
  if (first?.empty && cells.every((c) => c.empty)) return;
  const written = cells.length;
  while (cells.length < table.headers.length) cells.push(new CellImpl('', rowEnd, rowEnd, lines, undefined));
  table.rows.push(new RowImpl(table.rows.length, cells, written, rowStart, rowEnd, lines, table));
}

function tableFromNodes(node: MdTable, source: TableSource): Table {
  const { lines } = source;
  const [head, ...body] = node.children;
  const table = newTable(
    (head?.children ?? []).map((c) => buildCell(c, source)),
    source,
    lines.range(startOf(node), endOf(node)),
    head ? lines.range(startOf(head), endOf(head)) : lines.range(startOf(node), startOf(node)),
  );
  for (const rowNode of body) {
    const cells = rowNode.children.map((c) => buildCell(c, source));
    addRow(table, cells, startOf(rowNode), endOf(rowNode), source);
  }
  return table;
}

/** The table from the scanner's numbers (see `TableData.handoffRows` in tableRows.ts). */
function tableFromScan(node: MdTable, rows: Int32Array, source: TableSource): Table {
  const { text, lines } = source;
  const base = startOf(node);
  const marked = node.data?.handoffTexts;
  const cellsAt = (at: number): Cell[] => {
    // A scanned row is one line.
    const line = lines.positionAt(base + rows[at]!).line;
    const cells: Cell[] = [];
    for (let k = 0, n = rows[at + 2]!; k < n; k++) {
      const c = cellFields(at, k);
      const contentStart = base + rows[c + 2]!;
      const contentEnd = base + rows[c + 3]!;
      if (contentStart < contentEnd && plainEdges(text, contentStart, contentEnd)) {
        // The scanner's content is the cell's text and extent as they are (most cells).
        const raw = marked?.get(c) ?? text.slice(contentStart, contentEnd);
        const value = source.invisible ? withoutInvisible(raw) : raw;
        cells.push(new CellImpl(value, contentStart, contentEnd, lines, line));
        continue;
      }
      const raw = marked?.get(c) ?? (contentStart < contentEnd ? text.slice(contentStart, contentEnd).trim() : '');
      const value = source.invisible ? withoutInvisible(raw) : raw;
      cells.push(cellAt(base + rows[c]!, base + rows[c + 1]!, value, text, lines, line));
    }
    return cells;
  };
  const table = newTable(
    cellsAt(0),
    source,
    lines.range(base, endOf(node)),
    lines.range(base + rows[0]!, base + rows[1]!),
  );
  for (let at = nextRow(rows, 0); at < rows.length; at = nextRow(rows, at)) {
    addRow(table, cellsAt(at), base + rows[at]!, base + rows[at + 1]!, source);
  }
  return table;
}

export function listItems(list: List, text: string, lines: LineIndex): ListItem[] {
  return list.children.map((item) => {
    const first = item.children[0];
    const t = first ? inlineText(first).trim() : '';
    return {
      text: t,
      checked: item.checked ?? undefined,
      range: lines.range(startOf(item), trimEnd(text, endOf(first ?? item))),
    };
  });
}

export function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && isSpaceAt(text, e - 1)) e--;
  return e;
}
