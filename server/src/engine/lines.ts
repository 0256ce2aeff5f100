/**
 * Lines and offsets: where a line ends, the line index that turns offsets into positions, and
 * the text fixes that keep them the same for every parser (a BOM dropped, lone CRs as LF).
 */
import type { Position, Range } from './types.js';

/**
 * Where the line that starts at `pos` ends: at its line break (LF, CRLF or a lone CR), or at `to`.
 * `lfOnly` says the text holds no CR at all (most plans): indexOf then finds the break much
 * faster than a walk over the characters.
 */
export function lineEndAt(text: string, pos: number, to: number, lfOnly: boolean): number {
  if (lfOnly) {
    const end = text.indexOf('\n', pos);
    return end === -1 || end > to ? to : end;
  }
  let end = pos;
  while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
}

/** Where the next line starts after the line break at `end` (CRLF is one break). */
export function afterLineBreak(text: string, end: number): number {
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/**
 * Maps UTF-16 offsets of a document to 0-based line/character positions. Lines end at LF, CRLF
 * or a lone CR, so CRLF files report the same lines and columns as their LF twins.
 */
export class LineIndex {
  private readonly starts: number[];
  /** The line of the last lookup: the model asks for positions mostly in document order. */
  private lastLine = 0;

  constructor(readonly text: string) {
    const starts = [0];
    const lfOnly = !text.includes('\r');
    for (let end = lineEndAt(text, 0, text.length, lfOnly); end < text.length;) {
      const start = afterLineBreak(text, end);
      starts.push(start);
      end = lineEndAt(text, start, text.length, lfOnly);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    const last = this.lastLine;
    if (starts[last]! <= o) {
      // The answer (the last line starting at or before o) is this line or a later one.
      lo = last;
      if (last + 1 > hi || starts[last + 1]! > o) hi = last;
      else if (last + 2 > hi || starts[last + 2]! > o) lo = hi = last + 1;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    // An offset inside a line break (between the CR and LF of CRLF, or on the break itself)
    // is the end of the line: a position never lies past its line's content.
    return { line: lo, character: Math.min(o, this.lineEnd(lo)) - this.starts[lo]! };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    return Math.min(this.starts[pos.line]! + pos.character, this.lineEnd(pos.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The range of `[start, end)` when both lie on `line`, within its content: no search. */
  rangeOnLine(line: number, start: number, end: number): Range {
    const s = this.starts[line]!;
    return { start: { line, character: start - s }, end: { line, character: end - s } };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 < this.starts.length) {
      let end = this.starts[line + 1]! - 1;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
      return end;
    }
    return this.text.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** Range of a whole line's content, trimmed of surrounding white space. */
  lineRange(line: number): Range {
    const text = this.lineText(line);
    const lead = text.length - text.trimStart().length;
    const trail = text.trimEnd().length;
    return {
      start: { line, character: lead },
      end: { line, character: Math.max(lead, trail) },
    };
  }

  /** The line break this document uses most (for inserted text). */
  eol(): string {
    const crlf = this.text.indexOf('\r\n');
    return crlf >= 0 ? '\r\n' : '\n';
  }
}

/** The source a range covers in a plan's text (`plan` or anything with its text and line index). */
export function sourceOf(plan: { readonly text: string; readonly lines: LineIndex }, range: Range): string {
  return plan.text.slice(plan.lines.offsetAt(range.start), plan.lines.offsetAt(range.end));
}

/** A range as fresh objects (to keep a compact copy of one that arrived by structured clone). */
export function copyRange(r: Range): Range {
  return {
    start: { line: r.start.line, character: r.start.character },
    end: { line: r.end.line, character: r.end.character },
  };
}

/** The text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The text with every lone CR (an old Mac line end) as LF. Same length, so offsets, lines and
 * columns do not change; the YAML parser, the chunker, the line scanner and micromark then all
 * see the same lines, as the line index does.
 */
export function normalizeLoneCr(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
