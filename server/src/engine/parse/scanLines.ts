/**
 * The line scanner's primitives (scan.ts, tableRows.ts): a chunk cut into lines with their
 * offsets, blank and trailing white space as micromark counts them (spaces and tabs), and the
 * text it would not read as plain.
 */

/** Text micromark would not treat as plain: escapes, code, emphasis, strikethrough, links, HTML, entities, NUL (→ U+FFFD). */
// eslint-disable-next-line no-control-regex -- micromark replaces NUL, so the scanner must not take it
export const INLINE_MARKUP = /[\\`*_[\]\u0000]|~~|<(?=[A-Za-z/!?])|&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/;

/** A code fence's line: up to three spaces, then a run of three or more backticks or tildes. */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The fence `line` opens (its run of backticks or tildes), or undefined: a backtick fence's info string holds no backtick. */
export function fenceOpenedBy(line: string): string | undefined {
  const m = FENCE.exec(line);
  if (!m) return undefined;
  return m[1]![0] === '`' && line.slice(m.index + m[1]!.length).includes('`') ? undefined : m[1];
}

const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** Whether `line` closes the fence `open`: a run of its character at least as long, then only spaces or tabs. */
export function closesFence(line: string, open: string): boolean {
  const m = CLOSING_FENCE.exec(line);
  return !!m && m[1]![0] === open[0] && m[1]!.length >= open.length;
}

/** The start of a link reference definition (`[id]: url`), which micromark keeps out of the flow. */
export const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/;

/**
 * A list item's line without its indentation: marker, the spaces after it, and its text (`s`: a
 * line, split at LF and CR, may hold U+2028/U+2029, which `.` would not match).
 */
export const LIST_ITEM = /^([-*+]|\d{1,9}[.)])([ \t]+)(\S.*)?$/s;

/**
 * A line that may be a table's delimiter row (`--- | :---:`, with or without outer pipes): under
 * a line holding a pipe it makes that line a table's header row.
 */
export const MAYBE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-[-:| \t]*$/;

/**
 * A table row's cells as written, for lines no table was read from (a heading the plan does not
 * read as its register, a table Markdown does not read): split at pipes that are not escaped,
 * outer pipes dropped, emphasis and code marks removed, trimmed.
 */
export function rowCellTexts(line: string): string[] {
  return rowCells(line).map((c) => c.replace(/[*_`]/g, '').trim());
}

/** A table line's cells as written (markup kept, for a fix that moves them): `rowCellTexts` before its marks go. */
export function rowCells(line: string): string[] {
  const cells = line.trim().split(/(?<!\\)\|/);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells.map((c) => c.trim());
}

/** Where `text[start, end)` ends without its trailing spaces and tabs. */
export function trimEndOffset(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return e;
}

export interface Line {
  start: number;
  /** End of content, before the line ending. */
  end: number;
  text: string;
}

/** `text[from, to)` as lines, split at LF (a CR before it is not part of the line). */
export function splitLines(text: string, from: number, to: number): Line[] {
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

export const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceOrTab(s.charCodeAt(i))) return false;
  return true;
}

/** A line that holds a table row of at least two cells (not a delimiter row), as GFM would read it. */
export function isTableRowLine(line: string): boolean {
  return line.includes('|') && !MAYBE_DELIMITER_ROW.test(line) && rowCellTexts(line).length >= 2;
}
