/**
 * A fast path for the body parse. Plans are mostly headings, GFM tables, one-line list items,
 * HTML comments and paragraphs whose text no rule reads. For a chunk made only of those, in
 * their plain forms, this line scanner builds the same mdast nodes micromark would (same types,
 * same offsets, same text) in a fraction of the time. Anything it is not certain about — inline
 * markup in a cell, a blockquote, indented code, a lazy continuation line, a setext heading —
 * makes it give up on the whole chunk, which micromark then parses. `test/engine/scan.test.ts`
 * checks both paths give identical models on every fixture, example and edge case.
 */
import type { Heading, Html, List, ListItem, Paragraph, RootContent, Table, Text } from 'mdast';
import { HeadingTracker, type RegisterAliases } from '../headings.js';

/** Text micromark would not treat as plain: escapes, code, emphasis, links, HTML, entities, NUL (→ U+FFFD). */
// eslint-disable-next-line no-control-regex -- micromark replaces NUL, so the scanner must not take it
const INLINE_MARKUP = /[\\`*_[\]\u0000]|<(?=[A-Za-z/!?])|&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/;
const ATX = /^(#{1,6})(?=[ \t]|$)/;
// `s`: a line (split at LF and CR) may hold U+2028/U+2029, which `.` would not match.
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/s;
const THEMATIC = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])([ \t]+)(\S.*)?$/s;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
/** A block that can open on a list item's own line (a thematic break is THEMATIC). */
const SAME_LINE_BLOCK = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^>|^#{1,6}(?:[ \t]|$)|^(?:`{3,}|~{3,})|^</;
const BARE_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]*$/;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

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
    handoffRows?: readonly number[];
  }
}

/** Where, in `handoffRows`, the fields of cell `k` of the row at `at` begin. */
export function cellFields(at: number, k: number): number {
  return at + 3 + 4 * k;
}

/** Where, in `handoffRows`, the row after the one at `at` begins. */
export function nextRow(rows: readonly number[], at: number): number {
  return cellFields(at, rows[at + 2]!);
}

interface Pos {
  start: { line: number; column: number; offset: number };
  end: { line: number; column: number; offset: number };
}

// Line/column are not used by the model (it works on offsets); they are filled with 1s.
function pos(start: number, end: number): Pos {
  return { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } };
}

function textNode(value: string, start: number, end: number): Text {
  return { type: 'text', value, position: pos(start, end) };
}

function trimEndOffset(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return e;
}

interface Line {
  start: number;
  /** End of content, before the line ending. */
  end: number;
  text: string;
}

function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let p = from;
  while (p < to) {
    let nl = text.indexOf('\n', p);
    if (nl < 0 || nl >= to) nl = to;
    let end = nl;
    if (end > p && text.charCodeAt(end - 1) === 13) end--;
    lines.push({ start: p, end, text: text.slice(p, end) });
    p = nl + 1;
  }
  return lines;
}

const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceOrTab(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Appends one table row to `rows` (see `TableData.handoffRows`), its cells found as the line is read:
 * rows are most of a plan. Returns the row's cell count, or -1 when micromark must read it.
 */
function scanRow(line: Line, relevant: boolean, tableStart: number, rows: number[]): number {
  const t = line.text;
  if (t.charCodeAt(0) !== 124) return -1;
  const trimmedEnd = trimEndOffset(t, 0, t.length);
  // A lone pipe is a row without cells to micromark: left to it.
  if (trimmedEnd === 1) return -1;
  const pipes: number[] = [];
  for (let i = 0; i < trimmedEnd; i++) if (t.charCodeAt(i) === 124) pipes.push(i);
  const trailingPipe = pipes[pipes.length - 1] === trimmedEnd - 1 && pipes.length > 1;
  const count = trailingPipe ? pipes.length - 1 : pipes.length;
  const base = line.start - tableStart;
  // No markup anywhere on the line (most rows): no cell can hold any. A pipe or a space cannot
  // be part of a match, so a match never spans two cells.
  const checkCells = relevant && INLINE_MARKUP.test(t);
  // micromark ends a row at the end of its line, trailing white space included.
  rows.push(base, line.end - tableStart, count);
  for (let k = 0; k < count; k++) {
    const a = pipes[k]!;
    const next = k + 1 < pipes.length ? pipes[k + 1]! : trimmedEnd;
    let cs = a + 1;
    let ce = next;
    while (cs < ce && isSpaceOrTab(t.charCodeAt(cs))) cs++;
    while (ce > cs && isSpaceOrTab(t.charCodeAt(ce - 1))) ce--;
    const isLast = k === count - 1;
    // micromark ends a last, empty cell with no closing pipe at the end of the line (`| `).
    const end = isLast && trailingPipe ? next + 1 : isLast && cs === ce ? t.length : next;
    // Cell text outside a register table is never read: only its extent must be exact.
    if (checkCells && cs < ce && INLINE_MARKUP.test(t.slice(cs, ce))) return -1;
    rows.push(base + a, base + end, base + cs, base + ce);
  }
  return count;
}

/**
 * Scans `text[from, to)` into mdast flow nodes, or returns undefined when the chunk holds
 * anything this scanner does not reproduce exactly.
 */
export function scanChunk(
  text: string,
  from: number,
  to: number,
  aliases?: RegisterAliases,
): RootContent[] | undefined {
  const lines = splitLines(text, from, to);
  const out: RootContent[] = [];
  // Which text the plan model will read: cells of register tables, items of list-shaped
  // registers and handover checklists. Text elsewhere may hold any inline markup.
  const context = new HeadingTracker(aliases);
  let paragraph: Paragraph | undefined;
  let list: List | undefined;
  let listMarker = '';
  /** The last line was a list item (so a following plain line would be a lazy continuation). */
  let inItem = false;
  /** A blank line followed a list item (an indented line now would continue the item). */
  let afterItemBlank = false;

  const closeParagraph = () => {
    paragraph = undefined;
  };
  const closeList = () => {
    list = undefined;
    inItem = false;
    afterItemBlank = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (isBlank(t)) {
      closeParagraph();
      if (inItem) afterItemBlank = true;
      inItem = false;
      continue;
    }
    const c0 = t[0]!;
    if (c0 === ' ' || c0 === '\t') {
      // Indented lines: only a paragraph's continuation is certain (4+ spaces can never start
      // indented code inside a paragraph; 1–3 spaces must not start a block that interrupts it).
      const stripped = t.replace(/^[ \t]+/, '');
      const deep = /^(?: {4}|\t| {1,3}\t)/.test(t);
      const interrupts =
        /^(?:#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|<|>|[-*+][ \t]|1[.)][ \t]|\||(?:=+|-+)[ \t]*$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$)/;
      if (paragraph && !inItem && !afterItemBlank && (deep || !interrupts.test(stripped))) {
        extendParagraph(paragraph, line);
        continue;
      }
      return undefined;
    }
    if (afterItemBlank && !LIST_ITEM.test(t)) closeList();
    afterItemBlank = false;

    // Fenced code.
    const fence = FENCE_OPEN.exec(t);
    if (fence) {
      if (fence[1]![0] === '`' && fence[2]!.includes('`')) return undefined;
      if (inItem) return undefined;
      closeParagraph();
      closeList();
      const marker = fence[1]!;
      let j = i + 1;
      let closed = false;
      for (; j < lines.length; j++) {
        const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[j]!.text);
        if (m && m[1]![0] === marker[0] && m[1]!.length >= marker.length) {
          closed = true;
          break;
        }
      }
      const last = closed ? lines[j]! : lines[lines.length - 1]!;
      out.push({ type: 'code', lang: null, meta: null, value: '', position: pos(line.start, last.end) });
      i = closed ? j : lines.length;
      continue;
    }

    // ATX heading.
    const atx = ATX.exec(t);
    if (atx) {
      closeParagraph();
      closeList();
      const hashes = atx[1]!.length;
      let contentEnd = trimEndOffset(t, 0, t.length);
      // Optional closing sequence: spaces then #s at the end.
      const closing = /[ \t]+#+$/.exec(t.slice(0, contentEnd));
      if (closing) contentEnd = closing.index;
      else if (/^#+$/.test(t.slice(0, contentEnd))) contentEnd = hashes;
      let contentStart = hashes;
      while (contentStart < contentEnd && (t[contentStart] === ' ' || t[contentStart] === '\t')) contentStart++;
      contentEnd = Math.max(contentStart, trimEndOffset(t, contentStart, contentEnd));
      const value = t.slice(contentStart, contentEnd);
      if (INLINE_MARKUP.test(value)) return undefined;
      const heading: Heading = {
        type: 'heading',
        depth: hashes as Heading['depth'],
        children: value ? [textNode(value, line.start + contentStart, line.start + contentEnd)] : [],
        position: pos(line.start, line.start + trimEndOffset(t, 0, t.length)),
      };
      out.push(heading);
      context.heading(hashes, value);
      continue;
    }

    // HTML comment block (CommonMark HTML block type 2): ends with the line containing -->.
    if (t.startsWith('<!--')) {
      if (inItem) return undefined;
      closeParagraph();
      closeList();
      let j = i;
      while (j < lines.length && !lines[j]!.text.includes('-->', j === i ? 4 : 0)) j++;
      const last = j < lines.length ? lines[j]! : lines[lines.length - 1]!;
      const node: Html = { type: 'html', value: text.slice(line.start, last.end), position: pos(line.start, last.end) };
      out.push(node);
      i = Math.min(j, lines.length - 1);
      continue;
    }
    if (c0 === '<') return undefined;

    // Block quote: its content is never read. Accepted when every line starts with ">" and a
    // blank line, a heading or the end follows (anything else could continue it lazily).
    if (c0 === '>') {
      if (paragraph || inItem) return undefined;
      closeList();
      let j = i;
      while (j + 1 < lines.length && lines[j + 1]!.text.startsWith('>')) j++;
      const next = lines[j + 1];
      if (next && !isBlank(next.text) && !ATX.test(next.text)) return undefined;
      const last = lines[j]!;
      out.push({
        type: 'blockquote',
        children: [],
        position: pos(
          line.start,
          line.start + (last.start - line.start) + trimEndOffset(last.text, 0, last.text.length),
        ),
      });
      i = j;
      continue;
    }

    // Thematic break (checked before list items: "- - -" is a break, "---" under text is setext).
    if (THEMATIC.test(t)) {
      if (paragraph || inItem) return undefined;
      closeList();
      out.push({ type: 'thematicBreak', position: pos(line.start, line.start + trimEndOffset(t, 0, t.length)) });
      continue;
    }

    // Table.
    if (c0 === '|') {
      if (paragraph || inItem) return undefined;
      closeList();
      const rows: number[] = [];
      const columns = scanRow(line, context.tableRelevant(), line.start, rows);
      const delimiterLine = lines[i + 1];
      if (columns < 0 || !delimiterLine) return undefined;
      const delimiter: number[] = [];
      if (scanRow(delimiterLine, false, 0, delimiter) !== columns) return undefined;
      for (let k = 0; k < columns; k++) {
        const contentStart = delimiter[cellFields(0, k) + 2]!;
        const contentEnd = delimiter[cellFields(0, k) + 3]!;
        if (contentStart === contentEnd || !DELIMITER_CELL.test(text.slice(contentStart, contentEnd))) return undefined;
      }
      // With no body rows the table still spans its delimiter row.
      let end = delimiterLine.end;
      let j = i + 2;
      for (; j < lines.length; j++) {
        const l = lines[j]!;
        if (isBlank(l.text)) break;
        if (l.text[0] !== '|') {
          // A heading or comment ends the table; any other line would continue it as a row.
          if (ATX.test(l.text) || l.text.startsWith('<!--')) break;
          return undefined;
        }
        if (scanRow(l, context.tableRelevant(), line.start, rows) < 0) return undefined;
        end = l.end;
      }
      const table: Table = {
        type: 'table',
        align: new Array<null>(columns).fill(null),
        children: [],
        position: pos(line.start, end),
        data: { handoffRows: rows },
      };
      out.push(table);
      i = j - 1;
      continue;
    }

    // A bare marker (`-`, `*`, `1.`) is an empty list item to micromark, or a setext underline
    // or paragraph text depending on what precedes it: left to micromark.
    if (BARE_MARKER.test(t)) return undefined;

    // List item (one line each; anything spanning lines falls back).
    const item = LIST_ITEM.exec(t);
    if (item) {
      if (paragraph) return undefined;
      const spaces = item[2]!;
      if (spaces.includes('\t') || spaces.length > 4) return undefined;
      const body = item[3];
      if (!body) return undefined;
      // `- - x`, `1. > x`, `- # x`, `- ~~~`, `- ***`, `- <div>`: a list, block quote, heading,
      // fence, thematic break or HTML block on the item's line, left to micromark.
      if (SAME_LINE_BLOCK.test(body) || THEMATIC.test(body)) return undefined;
      const bodyStart = line.start + item[1]!.length + spaces.length;
      const ordered = /\d/.test(item[1]![0]!);
      let checked: boolean | null = null;
      let textStart = bodyStart;
      const task = /^\[([ xX])\][ \t]+(?=\S)/.exec(body);
      if (task) {
        checked = task[1] !== ' ';
        textStart = bodyStart + task[0].length;
      } else if (/^\[[ xX]\]/.test(body)) return undefined;
      const textEnd = line.start + trimEndOffset(t, 0, t.length);
      const value = text.slice(textStart, textEnd);
      if (!value || (context.listRelevant() && INLINE_MARKUP.test(value))) return undefined;
      const para: Paragraph = {
        type: 'paragraph',
        children: [textNode(value, textStart, textEnd)],
        position: pos(textStart, textEnd),
      };
      const listItem: ListItem = {
        type: 'listItem',
        spread: false,
        checked,
        children: [para],
        position: pos(line.start, textEnd),
      };
      const marker = item[1]!.slice(-1);
      if (!list || listMarker !== marker) {
        list = {
          type: 'list',
          ordered,
          start: ordered ? Number(item[1]!.slice(0, -1)) : null,
          spread: false,
          children: [],
          position: pos(line.start, textEnd),
        };
        listMarker = marker;
        out.push(list);
      }
      list.children.push(listItem);
      list.position!.end.offset = textEnd;
      inItem = true;
      continue;
    }

    // Anything else is paragraph text, which no rule reads.
    if (inItem) return undefined;
    closeList();
    if (paragraph) {
      if (SETEXT.test(t)) return undefined;
      extendParagraph(paragraph, line);
    } else {
      paragraph = {
        type: 'paragraph',
        children: [],
        position: pos(line.start, line.start + trimEndOffset(t, 0, t.length)),
      };
      out.push(paragraph);
    }
  }
  return out;
}

function extendParagraph(p: Paragraph, line: Line): void {
  p.position!.end.offset = line.start + trimEndOffset(line.text, 0, line.text.length);
}
