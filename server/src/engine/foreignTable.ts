/**
 * Tables that GFM does not read as tables, written by the tools plans are copied from: an HTML
 * `<table>` (Confluence and web exports, a hand-made table with merged cells) and a grid table
 * with `+---+` borders (pandoc, Emacs). A register written so has no rows for Handoff, and would
 * be called empty while the plan shows its rows; `brokenTable.ts` says why instead, and offers
 * the table as GFM rows when it can be written as them without losing a cell.
 *
 * Only a plain table is converted: every row with the same number of cells, no merged cell, no
 * table inside a cell, nothing between the cells but white space. Anything else keeps the finding
 * and gets no fix: a conversion that guesses would move values between columns.
 */

/** A line that opens an HTML table. */
export const HTML_TABLE_OPEN = /^\s*<table(?=[\s>]|$)/i;
const HTML_TABLE_CLOSE = /<\/table\s*>/i;
/** A grid table's border: `+------+-----+`, with `=` under the header row, `:` for alignment. */
export const GRID_BORDER = /^ {0,3}\+(?:[-=:]+\+)+\s*$/;

/** A foreign table found at `first`: its last line, and its rows (header first) when they convert. */
export interface ForeignTable {
  readonly last: number;
  readonly rows: readonly (readonly string[])[] | undefined;
}

/** The HTML table opening at line `first` (up to `to`), or undefined when it does not close before `to`. */
export function htmlTableAt(line: (n: number) => string, first: number, to: number): ForeignTable | undefined {
  for (let n = first; n < to; n++) {
    const close = HTML_TABLE_CLOSE.exec(line(n));
    if (!close) continue;
    const lines: string[] = [];
    for (let k = first; k <= n; k++) lines.push(line(k));
    const after = line(n).slice(close.index + close[0].length);
    return { last: n, rows: after.trim() === '' ? htmlRows(lines.join('\n')) : undefined };
  }
  return undefined;
}

const COMMENT = /<!--[\s\S]*?-->/g;
const ROW = /<tr(?:\s[^>]*)?>([\s\S]*?)<\/tr\s*>/gi;
const CELL = /<(t[hd])(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi;
const SPAN = /\b(?:col|row)span\s*=\s*["']?\s*(\d+)/gi;
/** What may stand between rows: the table's own structure. */
const BETWEEN_ROWS = /^(?:\s|<\/?(?:table|thead|tbody|tfoot|colgroup|caption)(?:\s[^>]*)?>|<col(?:\s[^>]*)?\/?>)*$/i;

/** The rows of a plain HTML table, each a list of GFM cell texts; undefined when it is not plain. */
function htmlRows(html: string): string[][] | undefined {
  const body = html.replace(COMMENT, '');
  // A caption holds text that is no row; a table in a cell has rows of its own.
  if (/<caption[\s>]/i.test(body) || (body.match(/<table[\s>]/gi) ?? []).length !== 1) return undefined;
  const rows: string[][] = [];
  let last = 0;
  for (const row of body.matchAll(ROW)) {
    if (!BETWEEN_ROWS.test(body.slice(last, row.index))) return undefined;
    last = row.index + row[0].length;
    const cells: string[] = [];
    let cellEnd = 0;
    for (const cell of row[1]!.matchAll(CELL)) {
      if (row[1]!.slice(cellEnd, cell.index).trim() !== '') return undefined;
      cellEnd = cell.index + cell[0].length;
      for (const span of (cell[2] ?? '').matchAll(SPAN)) if (Number(span[1]) !== 1) return undefined;
      const text = cellText(cell[3]!);
      if (text === undefined) return undefined;
      cells.push(text);
    }
    if (row[1]!.slice(cellEnd).trim() !== '' || cells.length === 0) return undefined;
    rows.push(cells);
  }
  if (!BETWEEN_ROWS.test(body.slice(last)) || !sameWidth(rows)) return undefined;
  return rows;
}

/** Block-level tags inside a cell: their boundaries become line breaks (`<br>`) in the GFM cell. */
const BLOCK_TAG = /<\/?(?:p|div|ul|ol|li)(?:\s[^>]*)?>/gi;
const LINE_BREAK = /<br\s*\/?>/gi;
const NBSP = /&(?:nbsp|#160|#x0*a0);/gi;

/**
 * An HTML cell's content as one GFM cell: paragraphs and list items kept apart by `<br>`, bold,
 * italic and code in Markdown, a link as a Markdown link, a pipe escaped; any other inline HTML
 * stays as it is (GFM renders it in a cell). Undefined when the cell holds a table.
 */
function cellText(html: string): string | undefined {
  if (/<t[rdh][\s>]/i.test(html)) return undefined;
  const text = html
    .replace(NBSP, ' ')
    .replace(BLOCK_TAG, '<br>')
    .replace(LINE_BREAK, '<br>')
    .replace(/<(strong|b)>([\s\S]*?)<\/\1\s*>/gi, (_, _tag, inner: string) => emphasis('**', inner))
    .replace(/<(em|i)>([\s\S]*?)<\/\1\s*>/gi, (_, _tag, inner: string) => emphasis('*', inner))
    .replace(/<code>([^<`]*)<\/code\s*>/gi, (_, inner: string) => `\`${inner}\``)
    .replace(/<a\s+href\s*=\s*"([^"\s]*)"\s*>([^<]*)<\/a\s*>/gi, (_, href: string, inner: string) =>
      inner.trim() ? `[${inner.trim()}](${href})` : href,
    )
    .replace(/\s+/g, ' ');
  // Breaks at the cell's ends and runs of them say nothing.
  return text
    .split(/\s*<br>\s*/)
    .filter((part) => part.trim() !== '')
    .join('<br>')
    .trim()
    .replace(/\|/g, '\\|');
}

/** Emphasis around what it holds, its white space outside (`** Open **` is no emphasis). */
function emphasis(mark: string, inner: string): string {
  const text = inner.trim();
  if (!text) return inner;
  return `${inner.slice(0, inner.indexOf(text))}${mark}${text}${mark}${inner.slice(inner.indexOf(text) + text.length)}`;
}

/**
 * The grid table whose top border is line `first` (up to `to`): its rows when every line is
 * framed at the top border's column edges; a row's cell written over several lines is joined
 * with spaces. Undefined when line `first + 1` is no row of it.
 */
export function gridTableAt(line: (n: number) => string, first: number, to: number): ForeignTable | undefined {
  const top = line(first);
  const edges: number[] = [];
  for (let i = top.indexOf('+'); i >= 0; i = top.indexOf('+', i + 1)) edges.push(i);
  const framed = (text: string, mark: string) => edges.every((e) => text[e] === mark || text[e] === '+');
  if (
    first + 1 >= to ||
    !line(first + 1)
      .trimStart()
      .startsWith('|')
  )
    return undefined;
  const rows: string[][] = [];
  let current: string[][] | undefined;
  let ok = true;
  let n = first + 1;
  for (; n < to; n++) {
    const text = line(n);
    if (GRID_BORDER.test(text)) {
      if (!framed(text, '+')) ok = false;
      if (current)
        rows.push(
          current.map((parts) =>
            parts
              .filter((p) => p)
              .join(' ')
              .replace(/\|/g, '\\|'),
          ),
        );
      current = undefined;
      // A header border or a row border closes a row; two borders in a row end nothing new.
      if (
        n + 1 >= to ||
        !line(n + 1)
          .trimStart()
          .startsWith('|')
      )
        break;
      continue;
    }
    if (!text.trimStart().startsWith('|')) {
      ok = false;
      break;
    }
    if (!framed(text, '|') || text.trimEnd().length !== edges[edges.length - 1]! + 1) ok = false;
    current ??= edges.slice(1).map(() => []);
    edges.slice(1).forEach((edge, i) => current![i]!.push(text.slice(edges[i]! + 1, edge).trim()));
  }
  const last = Math.min(n, to - 1);
  if (!ok || current || rows.length === 0) return { last, rows: undefined };
  // Without a `+===+` border pandoc reads no header row; the first row is the register's header all the same.
  return { last, rows: sameWidth(rows) ? rows : undefined };
}

function sameWidth(rows: readonly (readonly string[])[]): boolean {
  return rows.length > 0 && rows.every((r) => r.length === rows[0]!.length);
}

/** Rows (header first) as GFM table lines: the header, its `| --- |` row, then the rest. */
export function gfmTable(rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `|${cells.map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`;
  const [header, ...body] = rows;
  return [line(header!), `|${' --- |'.repeat(header!.length)}`, ...body.map(line)];
}
