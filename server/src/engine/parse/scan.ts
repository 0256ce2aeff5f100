/**
 * A fast path for the body parse. Plans are mostly headings, GFM tables, one-line list items,
 * HTML comments and paragraphs whose text no rule reads. For a chunk made only of those, in
 * their plain forms, this line scanner builds the same mdast nodes micromark would (same types,
 * same offsets, same text) in a fraction of the time. The text of a register cell or list item
 * with inline markup is read by micromark alone (cellMarkup.ts). Anything it is not certain
 * about — inline markup in a heading, a blockquote, indented code, a lazy continuation line, a
 * setext heading — makes it give up on the whole chunk, which micromark then parses. `test/engine/scan.test.ts`
 * checks both paths give identical models on every fixture, example and edge case.
 */
import type { Heading, Html, List, ListItem, Paragraph, RootContent, Table, Text } from 'mdast';
import { HeadingTracker, type RegisterAliases } from '../headings.js';
import { MarkedTexts } from './cellMarkup.js';
import {
  closesFence,
  DEFINITION,
  INLINE_MARKUP,
  isBlank,
  LIST_ITEM,
  MAYBE_DELIMITER_ROW,
  splitLines,
  trimEndOffset,
  type Line,
} from './scanLines.js';
import { cellFields, Int32Buffer, scanRow } from './tableRows.js';

const ATX = /^(#{1,6})(?=[ \t]|$)/;
// `s`: a line (split at LF and CR) may hold U+2028/U+2029, which `.` would not match.
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/s;
const THEMATIC = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
/** A block that can open on a list item's own line (a thematic break is THEMATIC). */
const SAME_LINE_BLOCK = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^>|^#{1,6}(?:[ \t]|$)|^(?:`{3,}|~{3,})|^</;
const BARE_MARKER = /^([-*+]|\d{1,9}[.)])[ \t]*$/;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;
/** The rows of the table being scanned and of its delimiter row (`Int32Buffer`): one table at a time. */
const TABLE_ROWS = new Int32Buffer();
const DELIMITER_ROW = new Int32Buffer(64);

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

/**
 * Scans `text[from, to)` into mdast flow nodes, or returns undefined when the chunk holds
 * anything this scanner does not reproduce exactly. `definitions` are the plan's link
 * definitions (chunks.ts), for the text of register cells with inline markup.
 */
export function scanChunk(
  text: string,
  from: number,
  to: number,
  aliases?: RegisterAliases,
  definitions = '',
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
  /** Register cells and items whose text holds inline markup, read once the chunk is (cellMarkup.ts). */
  const marked = new MarkedTexts();

  const closeParagraph = () => {
    paragraph = undefined;
  };
  const closeList = () => {
    list = undefined;
    inItem = false;
    afterItemBlank = false;
  };
  /** A one-line list item `[start, end)` (`marker` as written: `-`, `3.`), in the open list or a new one. */
  const addItem = (start: number, end: number, marker: string, para?: Paragraph, checked: boolean | null = null) => {
    const listItem: ListItem = {
      type: 'listItem',
      spread: false,
      checked,
      children: para ? [para] : [],
      position: pos(start, end),
    };
    const kind = marker.slice(-1);
    if (!list || listMarker !== kind) {
      const ordered = /\d/.test(marker[0]!);
      list = {
        type: 'list',
        ordered,
        start: ordered ? Number(marker.slice(0, -1)) : null,
        spread: false,
        children: [],
        position: pos(start, end),
      };
      listMarker = kind;
      out.push(list);
    }
    list.children.push(listItem);
    list.position!.end.offset = end;
    inItem = true;
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
        if (!deep && t.includes('|') && startsTable(lines[i + 1])) return undefined;
        extendParagraph(paragraph, line);
        continue;
      }
      return undefined;
    }
    if (afterItemBlank && !LIST_ITEM.test(t)) closeList();
    afterItemBlank = false;

    // Fenced code. (Each pattern is tried only on a line whose first character can start it.)
    const fence = c0 === '`' || c0 === '~' ? FENCE_OPEN.exec(t) : null;
    if (fence) {
      if (fence[1]![0] === '`' && fence[2]!.includes('`')) return undefined;
      if (inItem) return undefined;
      closeParagraph();
      closeList();
      const marker = fence[1]!;
      let j = i + 1;
      let closed = false;
      for (; j < lines.length; j++) {
        if (closesFence(lines[j]!.text, marker)) {
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
    const atx = c0 === '#' ? ATX.exec(t) : null;
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
      // A quoted link definition counts for the whole plan, the chunk's marked texts too.
      for (let k = i; k <= j; k++) if (lines[k]!.text.includes(']:')) return undefined;
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
    if ((c0 === '-' || c0 === '*' || c0 === '_') && THEMATIC.test(t)) {
      if (paragraph || inItem) return undefined;
      closeList();
      out.push({ type: 'thematicBreak', position: pos(line.start, line.start + trimEndOffset(t, 0, t.length)) });
      continue;
    }

    // Table.
    if (c0 === '|') {
      if (paragraph || inItem) return undefined;
      closeList();
      const rows = TABLE_ROWS.clear();
      const relevant = context.tableRelevant();
      /** The first fields of the register cells with inline markup on the row being read. */
      const marks: number[] = [];
      /** Their texts, by first field, once the chunk is read (made for the first one only). */
      let texts: Map<number, string> | undefined;
      const row = (l: Line): number => {
        const count = scanRow(l, relevant, line.start, rows, marks);
        for (const field of marks) {
          const content = text.slice(line.start + rows.at(field + 2), line.start + rows.at(field + 3));
          const into = (texts ??= new Map());
          marked.add(l, content, (value) => into.set(field, value), '\n');
        }
        marks.length = 0;
        return count;
      };
      const columns = row(line);
      const delimiterLine = lines[i + 1];
      if (columns < 0 || !delimiterLine) return undefined;
      const delimiter = DELIMITER_ROW.clear();
      if (scanRow(delimiterLine, false, 0, delimiter) !== columns) return undefined;
      for (let k = 0; k < columns; k++) {
        const contentStart = delimiter.at(cellFields(0, k) + 2);
        const contentEnd = delimiter.at(cellFields(0, k) + 3);
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
        if (row(l) < 0) return undefined;
        end = l.end;
      }
      const table: Table = {
        type: 'table',
        align: new Array<null>(columns).fill(null),
        children: [],
        position: pos(line.start, end),
        data: texts ? { handoffRows: rows.take(), handoffTexts: texts } : { handoffRows: rows.take() },
      };
      out.push(table);
      i = j - 1;
      continue;
    }

    // A bare marker (`-`, `*`, `1.`): after paragraph text it is a setext underline or more
    // text, and a line after it may be its content; left to micromark then. Otherwise it is an
    // empty list item, what a template leaves to fill in ("### Lessons learnt" then "-").
    const bare = BARE_MARKER.exec(t);
    if (bare) {
      const next = lines[i + 1]?.text;
      const alone = next === undefined || isBlank(next) || LIST_ITEM.test(next) || BARE_MARKER.test(next);
      if (paragraph || t.includes('\t') || !alone) return undefined;
      addItem(line.start, line.start + bare[1]!.length, bare[1]!);
      continue;
    }

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
      // `- [y]: /u` is a link definition, which the chunk's marked texts may use.
      if (DEFINITION.test(body)) return undefined;
      const bodyStart = line.start + item[1]!.length + spaces.length;
      let checked: boolean | null = null;
      let textStart = bodyStart;
      const task = /^\[([ xX])\][ \t]+(?=\S)/.exec(body);
      if (task) {
        checked = task[1] !== ' ';
        textStart = bodyStart + task[0].length;
      } else if (/^\[[ xX]\]/.test(body)) return undefined;
      const textEnd = line.start + trimEndOffset(t, 0, t.length);
      const value = text.slice(textStart, textEnd);
      if (!value) return undefined;
      const words = textNode(value, textStart, textEnd);
      if (context.listRelevant() && INLINE_MARKUP.test(value)) {
        // Read as a table cell (cellMarkup.ts), where a pipe would end it.
        if (value.includes('|')) return undefined;
        marked.add(line, value, (read) => (words.value = read));
      }
      const para: Paragraph = { type: 'paragraph', children: [words], position: pos(textStart, textEnd) };
      addItem(line.start, textEnd, item[1]!, para, checked);
      continue;
    }

    // Anything else is paragraph text, which no rule reads; but a link definition there would
    // be no paragraph at all, and the text ends before it.
    if (inItem) return undefined;
    closeList();
    if (!paragraph && c0 === '[' && DEFINITION.test(t)) return undefined;
    if (t.includes('|') && startsTable(lines[i + 1])) return undefined;
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
  if (marked.size > 0 && !marked.read(text, definitions)) return undefined;
  return out;
}

/**
 * Whether `next` may be the delimiter row that makes the line above it a table's header, which
 * GFM allows without a leading pipe (`ID | Risk`): such a table is left to micromark.
 */
function startsTable(next: Line | undefined): boolean {
  return next !== undefined && MAYBE_DELIMITER_ROW.test(next.text) && next.text.includes('-');
}

function extendParagraph(p: Paragraph, line: Line): void {
  p.position!.end.offset = line.start + trimEndOffset(line.text, 0, line.text.length);
}
