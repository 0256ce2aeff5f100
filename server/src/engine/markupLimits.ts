/**
 * A bound on what the Markdown parser is given. micromark's emphasis and link resolution costs
 * grow faster than linearly with the number of delimiters in one run of inline text: a table cell
 * of 8,000 nested `*` takes seconds and overflows the stack, 3,000 nested images freeze the
 * server. A line with more inline-markup characters than any plan writes is not parsed as
 * Markdown: its markup characters are hidden from micromark (same length, so every offset
 * stays), its text is read as typed, and the plan model lists it so a rule can say so.
 *
 * Block nesting is bounded the same way: micromark re-matches every open block quote and list on
 * each line, so one line of 50,000 `> ` (or 50,000 nested `- `) takes minutes, and a few hundred
 * lines each indented further take seconds. On a line with more nested block quotes and list
 * markers than {@link MAX_BLOCK_NESTING}, the markers past that depth are hidden; on a line
 * indented by more than {@link MAX_INDENT} spaces and tabs, the indentation past that is.
 */
import { closesFence, FENCE, fenceOpenedBy } from './parse/scanLines.js';
import { afterLineBreak, lineEndAt } from './lines.js';

/** Most inline-markup characters one line may hold and still be parsed as Markdown. */
export const MAX_INLINE_MARKUP_PER_LINE = 200;

/** Most nested block quotes and list markers one line may open and still be parsed as such. */
export const MAX_BLOCK_NESTING = 16;

/** Most leading spaces and tabs one line may have and still be parsed by its indentation. */
export const MAX_INDENT = 128;

/** Characters that open or close inline constructs: emphasis, code, links, images, HTML, entities. */
const MARKUP = /[*_[\]!`<~&]/g;

export interface ComplexLine {
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset of the end of its content (before the line ending). */
  readonly end: number;
  /** How many inline-markup characters it holds. */
  readonly markup: number;
  /** How many block quotes and list markers it opens at its start. */
  readonly nesting: number;
  /** How many spaces and tabs it starts with. */
  readonly indent: number;
  /** Where its container markers end: what follows is the line's content. */
  readonly contentStart: number;
}

/** One block-quote or list marker (with up to three spaces before it, the space after it). */
const CONTAINER = /[ \t]{0,3}(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))/y;

/** `- - -`, `* * *`, `_ _ _`: a thematic break, however long, is one line of no depth. */
const THEMATIC_BREAK = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;

/** The block quotes and list markers `line` opens, and where they end. Linear in the line. */
function containers(line: string): { nesting: number; end: number } {
  if (THEMATIC_BREAK.test(line)) return { nesting: 0, end: 0 };
  let nesting = 0;
  let end = 0;
  CONTAINER.lastIndex = 0;
  while (end < line.length && CONTAINER.exec(line)) {
    if (CONTAINER.lastIndex === end) break;
    nesting++;
    end = CONTAINER.lastIndex;
  }
  return { nesting, end };
}

function leadingBlanks(line: string): number {
  let n = 0;
  while (n < line.length && (line.charCodeAt(n) === 32 || line.charCodeAt(n) === 9)) n++;
  return n;
}

/** The line's limits, or undefined when it is within all of them. */
function overLimits(line: string, start: number, end: number): ComplexLine | undefined {
  const markup = countMarkup(line);
  const indent = leadingBlanks(line);
  const { nesting, end: contentEnd } = containers(line);
  if (markup <= MAX_INLINE_MARKUP_PER_LINE && nesting <= MAX_BLOCK_NESTING && indent <= MAX_INDENT) return undefined;
  return { start, end, markup, nesting, indent, contentStart: start + contentEnd };
}

/** Shortest line that can exceed a limit: 17 block quote markers (`>` needs no space after it). */
const MIN_OVER_LIMITS = Math.min(MAX_INLINE_MARKUP_PER_LINE, MAX_BLOCK_NESTING + 1, MAX_INDENT);

function countMarkup(line: string): number {
  let n = 0;
  MARKUP.lastIndex = 0;
  while (MARKUP.exec(line)) n++;
  return n;
}

/** Whether `text[pos, end)` may open or close a fence: up to three spaces, then \` or ~ (see FENCE). */
function mayBeFence(text: string, pos: number, end: number): boolean {
  let i = pos;
  while (i < end && i - pos < 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return i < end && (c === 96 || c === 126);
}

/**
 * Whether `text[pos, end)` can exceed a cap at all: it is long enough for too much inline markup,
 * indented past {@link MAX_INDENT}, or starts with a block quote or list marker (nesting). A
 * conservative filter in front of `overLimits`, which decides.
 */
function mayExceed(text: string, pos: number, end: number): boolean {
  if (end - pos > MAX_INLINE_MARKUP_PER_LINE) return true;
  let i = pos;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i - pos > MAX_INDENT) return true;
  const c = text.charCodeAt(i);
  // > - + * or a digit (an ordered list marker)
  return c === 62 || c === 45 || c === 43 || c === 42 || (c >= 48 && c <= 57);
}

/**
 * Lines of `text[from, to)` with more inline markup than {@link MAX_INLINE_MARKUP_PER_LINE},
 * more nesting than {@link MAX_BLOCK_NESTING} or more indentation than {@link MAX_INDENT},
 * outside fenced code (whose content is never parsed). Line endings are LF, CRLF or CR.
 */
export function complexLines(text: string, from: number, to: number): ComplexLine[] {
  const out: ComplexLine[] = [];
  let fence: string | undefined;
  let pos = from;
  const lfOnly = !text.includes('\r');
  while (pos < to) {
    const end = lineEndAt(text, pos, to, lfOnly);
    const next = afterLineBreak(text, end);
    // Cheap tests first (no slice, no regex): most lines can neither be a fence nor exceed a cap.
    const line = mayBeFence(text, pos, end) ? text.slice(pos, end) : undefined;
    if (fence !== undefined) {
      if (line !== undefined && closesFence(line, fence)) fence = undefined;
    } else if (line !== undefined && FENCE.test(line)) {
      fence = fenceOpenedBy(line);
    } else if (end - pos >= MIN_OVER_LIMITS && mayExceed(text, pos, end)) {
      const over = overLimits(text.slice(pos, end), pos, end);
      if (over) out.push(over);
    }
    pos = next;
  }
  return out;
}

/**
 * `text[from, to)` with what makes its complex lines costly hidden, same length, so no offset
 * moves: indentation past {@link MAX_INDENT} and container markers past
 * {@link MAX_BLOCK_NESTING} become `x` (the line is then text where that depth is reached), and
 * on a line with too much inline markup its markup characters too, except the first character
 * of its content (which may be a list marker or a block quote), so the block structure stays and
 * no inline construct is left to resolve. Undefined when there is none.
 */
export function hideComplexMarkup(text: string, from: number, to: number): string | undefined {
  const lines = complexLines(text, from, to);
  if (!lines.length) return undefined;
  let out = '';
  let pos = from;
  for (const l of lines) {
    out += text.slice(pos, l.start);
    out += hideLine(text.slice(l.start, l.end), l);
    pos = l.end;
  }
  return out + text.slice(pos, to);
}

function hideLine(line: string, l: ComplexLine): string {
  if (l.indent > MAX_INDENT) {
    // Deeper than any plan indents: the rest of the indentation and the line are plain text.
    return line.slice(0, MAX_INDENT) + 'x'.repeat(l.indent - MAX_INDENT) + hideLine(line.slice(l.indent), inner(l));
  }
  let out = line;
  if (l.nesting > MAX_BLOCK_NESTING) {
    // Keep the first MAX_BLOCK_NESTING markers; the rest of the prefix reads as text.
    let keep = 0;
    CONTAINER.lastIndex = 0;
    for (let k = 0; k < MAX_BLOCK_NESTING && CONTAINER.exec(line); k++) keep = CONTAINER.lastIndex;
    const rest = line.slice(keep, l.contentStart - l.start).replace(/[^ \t]/g, 'x');
    out = line.slice(0, keep) + rest + line.slice(l.contentStart - l.start);
  }
  if (l.markup > MAX_INLINE_MARKUP_PER_LINE) {
    const lead = out.length - out.trimStart().length;
    out = out.slice(0, lead + 1) + out.slice(lead + 1).replace(MARKUP, 'x');
  }
  return out;
}

/** The limits of what follows a line's indentation. */
function inner(l: ComplexLine): ComplexLine {
  return { ...l, indent: 0, nesting: 0 };
}
