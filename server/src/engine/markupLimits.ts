/**
 * A bound on what the Markdown parser is given. micromark's emphasis and link resolution costs
 * grow faster than linearly with the number of delimiters in one run of inline text: a table cell
 * of 8,000 nested `*` takes seconds and overflows the stack, 3,000 nested images freeze the
 * server. A line with more inline-markup characters than any plan writes is not parsed as
 * Markdown: its markup characters are hidden from micromark (same length, so every offset
 * stays), its text is read as typed, and the plan model lists it so a rule can say so.
 */

/** Most inline-markup characters one line may hold and still be parsed as Markdown. */
export const MAX_INLINE_MARKUP_PER_LINE = 200;

/** Characters that open or close inline constructs: emphasis, code, links, images, HTML, entities. */
const MARKUP = /[*_[\]!`<~&]/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface ComplexLine {
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset of the end of its content (before the line ending). */
  readonly end: number;
  /** How many inline-markup characters it holds. */
  readonly markup: number;
}

function countMarkup(line: string): number {
  let n = 0;
  MARKUP.lastIndex = 0;
  while (MARKUP.exec(line)) n++;
  return n;
}

/**
 * Lines of `text[from, to)` with more inline markup than {@link MAX_INLINE_MARKUP_PER_LINE},
 * outside fenced code (whose content is never parsed inline). Line endings are LF, CRLF or CR.
 */
export function complexLines(text: string, from: number, to: number): ComplexLine[] {
  const out: ComplexLine[] = [];
  let fence: string | undefined;
  let pos = from;
  while (pos < to) {
    let end = pos;
    while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    // Cheap test first: a line shorter than the cap cannot exceed it.
    if (fence !== undefined || end - pos > MAX_INLINE_MARKUP_PER_LINE) {
      const line = text.slice(pos, end);
      const m = FENCE.exec(line);
      if (fence !== undefined) {
        if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
      } else if (!m) {
        const markup = countMarkup(line);
        if (markup > MAX_INLINE_MARKUP_PER_LINE) out.push({ start: pos, end, markup });
      } else if (!(m[1]![0] === '`' && line.slice(m.index + m[1]!.length).includes('`'))) {
        fence = m[1];
      }
    } else {
      const m = FENCE.exec(text.slice(pos, end));
      if (m && !(m[1]![0] === '`' && text.slice(pos + m.index + m[1]!.length, end).includes('`'))) fence = m[1];
    }
    pos = next;
  }
  return out;
}

/**
 * `text[from, to)` with the markup characters of its complex lines replaced by `x`, except a
 * line's first non-blank character (which may be a list marker or a block quote), so the block
 * structure stays and no inline construct is left to resolve. Undefined when there is none.
 */
export function hideComplexMarkup(text: string, from: number, to: number): string | undefined {
  const lines = complexLines(text, from, to);
  if (!lines.length) return undefined;
  let out = '';
  let pos = from;
  for (const l of lines) {
    out += text.slice(pos, l.start);
    const line = text.slice(l.start, l.end);
    const lead = line.length - line.trimStart().length;
    out += line.slice(0, lead + 1) + line.slice(lead + 1).replace(MARKUP, 'x');
    pos = l.end;
  }
  return out + text.slice(pos, to);
}
