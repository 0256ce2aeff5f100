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

/** A line that opens an HTML table, perhaps inside wrappers (Confluence's `<div class="table-wrap">`). */
export const HTML_TABLE_OPEN = /^\s*(?:<div\b[^<>]*>\s*)*<table(?=[\s>]|$)/i;
/** What may follow `</table>` on its line: the wrappers' ends. */
const AFTER_TABLE = /^(?:\s*<\/div\s*>)*\s*$/i;
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
    return { last: n, rows: AFTER_TABLE.test(after) ? htmlRows(lines.join('\n')) : undefined };
  }
  return undefined;
}

/** A piece of HTML: a tag (name lower-cased, `closing` for `</…>`) or the text between tags. */
type HtmlToken =
  | {
      readonly kind: 'tag';
      readonly name: string;
      readonly closing: boolean;
      readonly attrs: string;
      readonly raw: string;
    }
  | { readonly kind: 'text'; readonly text: string };

/**
 * Splits HTML into tags and text in one pass (plan content is untrusted: no pattern here may
 * backtrack over the input, nor any step read it twice). A quoted `>` stays inside its tag; a
 * comment is dropped; a `<` with no name after it is text, and from a tag that never closes on,
 * everything is.
 */
function htmlTokens(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      text += html.slice(i, lt);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = /^<(\/?)([a-z][a-z0-9]*)/i.exec(html.slice(lt, lt + 40));
    let gt = -1;
    if (name) {
      let quote = '';
      for (let k = lt + name[0].length; k < html.length; k++) {
        const ch = html[k]!;
        if (quote) {
          if (ch === quote) quote = '';
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '>') {
          gt = k;
          break;
        }
      }
    }
    if (name && gt < 0) {
      // A tag that never closes: the rest is text (scanning on from each later `<` would go over it again).
      break;
    }
    if (!name) {
      // Not a tag: the `<` is text, and so is everything up to the next `<`.
      text += html.slice(i, lt + 1);
      i = lt + 1;
      continue;
    }
    text += html.slice(i, lt);
    if (text) out.push({ kind: 'text', text });
    text = '';
    const raw = html.slice(lt, gt + 1);
    out.push({
      kind: 'tag',
      name: name[2]!.toLowerCase(),
      closing: name[1] === '/',
      attrs: html.slice(lt + name[0].length, gt),
      raw,
    });
    i = gt + 1;
  }
  text += html.slice(i);
  if (text) out.push({ kind: 'text', text });
  return out;
}

/** The table's own structure, allowed between rows, and the wrappers around it. */
const STRUCTURE = new Set(['table', 'thead', 'tbody', 'tfoot', 'colgroup', 'col', 'div']);
const SPAN = /\b(?:col|row)span\s*=\s*["']?\s*(\d+)/gi;

/** The rows of a plain HTML table, each a list of GFM cell texts; undefined when it is not plain. */
function htmlRows(html: string): string[][] | undefined {
  const rows: string[][] = [];
  let row: string[] | undefined;
  let cell: { readonly name: string; readonly tokens: HtmlToken[] } | undefined;
  let tables = 0;
  for (const token of htmlTokens(html)) {
    if (cell) {
      if (token.kind === 'tag' && token.closing && token.name === cell.name) {
        const text = cellText(cell.tokens);
        if (text === undefined) return undefined;
        row!.push(text);
        cell = undefined;
      } else if (token.kind === 'tag' && ['table', 'tr', 'td', 'th', 'caption'].includes(token.name)) {
        // A table inside a cell, or a cell left open: not a plain grid.
        return undefined;
      } else cell.tokens.push(token);
      continue;
    }
    if (token.kind === 'text') {
      if (token.text.trim() !== '') return undefined;
      continue;
    }
    const { name, closing } = token;
    if (row) {
      if (closing && name === 'tr') {
        if (row.length === 0) return undefined;
        rows.push(row);
        row = undefined;
      } else if (!closing && (name === 'td' || name === 'th')) {
        for (const span of token.attrs.matchAll(SPAN)) if (Number(span[1]) !== 1) return undefined;
        cell = { name, tokens: [] };
      } else return undefined;
      continue;
    }
    if (!closing && name === 'tr') row = [];
    else if (STRUCTURE.has(name)) {
      if (name === 'table' && !closing && ++tables > 1) return undefined;
    } else return undefined; // A caption, or anything else between rows.
  }
  if (row || cell || !sameWidth(rows)) return undefined;
  return rows;
}

/** Block-level tags inside a cell: their boundaries become line breaks (`<br>`) in the GFM cell. */
const BLOCK = new Set(['p', 'div', 'ul', 'ol', 'li', 'br']);
const EMPHASIS: Readonly<Record<string, string>> = { strong: '**', b: '**', em: '*', i: '*', code: '`' };
const NBSP = /&(?:nbsp|#160|#x0*a0);/gi;
/**
 * A pipe not already escaped: a grid table's cell is Markdown, so `\|` in it is a pipe already
 * escaped for GFM (escaping it again would write `\\|`, a backslash and a cell boundary).
 */
const UNESCAPED_PIPE = /(?<!\\)((?:\\\\)*)\|/g;
const HREF = /^\s+href\s*=\s*"([^"\s]*)"\s*$/i;

/**
 * An HTML cell's content as one GFM cell: paragraphs and list items kept apart by `<br>`, bold,
 * italic and code in Markdown, a link as a Markdown link, a pipe escaped; any other inline HTML
 * stays as it is (GFM renders it in a cell). Undefined when a tag it converts is left open.
 */
function cellText(tokens: readonly HtmlToken[]): string | undefined {
  let out = '';
  /** Open conversions: where each began in `out`, and how it closes. */
  const open: { readonly name: string; readonly at: number; readonly close: (inner: string) => string }[] = [];
  for (const token of tokens) {
    if (token.kind === 'text') {
      out += token.text.replace(NBSP, ' ').replace(/\s+/g, ' ').replace(/\|/g, '\\|');
      continue;
    }
    const { name, closing } = token;
    if (BLOCK.has(name)) {
      out += '<br>';
      continue;
    }
    const mark = EMPHASIS[name];
    const href = name === 'a' && !closing ? HREF.exec(token.attrs)?.[1] : undefined;
    if (!closing && (mark !== undefined || href !== undefined)) {
      if (mark !== undefined && token.attrs.trim() !== '') {
        out += token.raw;
        continue;
      }
      const close =
        mark !== undefined
          ? (inner: string) => wrapped(mark, inner)
          : (inner: string) => (inner.trim() ? `[${inner.trim()}](${href})` : href!);
      open.push({ name, at: out.length, close });
      continue;
    }
    if (closing && open.length > 0 && open[open.length - 1]!.name === name) {
      const { at, close } = open.pop()!;
      out = out.slice(0, at) + close(out.slice(at));
      continue;
    }
    out += token.raw;
  }
  if (open.length > 0) return undefined;
  // Breaks at the cell's ends and runs of them say nothing.
  return out
    .split(/ ?<br> ?/)
    .filter((part) => part.trim() !== '')
    .join('<br>')
    .trim();
}

/** Emphasis (or code) around what it holds, its white space outside (`** Open **` is no emphasis). */
function wrapped(mark: string, inner: string): string {
  const text = inner.trim();
  if (!text) return inner;
  const at = inner.indexOf(text);
  return `${inner.slice(0, at)}${mark}${text}${mark}${inner.slice(at + text.length)}`;
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
  const width = edges[edges.length - 1]! + 1;
  // Its length first: a line's edges are then no more than its characters, and the whole read is linear.
  const framed = (text: string, mark: string) =>
    text.trimEnd().length === width && edges.every((e) => text[e] === mark || text[e] === '+');
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
      if (ok && !framed(text, '+')) ok = false;
      if (current && ok)
        rows.push(
          current.map((parts) =>
            parts
              .filter((p) => p)
              .join(' ')
              .replace(UNESCAPED_PIPE, '$1\\|'),
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
    if (ok && !framed(text, '|')) ok = false;
    if (!ok) continue;
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
