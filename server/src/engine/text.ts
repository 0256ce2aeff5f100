import type { IsoDate, Position, Range } from './types.js';

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

/**
 * Code-unit order: the same on every machine, whatever its locale (`localeCompare` follows the
 * process's locale, and loading its collation data costs a cold process about 10 ms).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

const EMPTY_CELL = new Set(['', '-', '–', '—', 'n/a', 'na', 'nil', 'tbd', 'tba', 'tbc', '?', '??', '???']);

/**
 * Longer ways of saying nobody or nothing yet: Jira's `Unassigned`, `None`, `Nil`, German plans'
 * `N.N.` (nomen nominandum), `To be assigned`, `To be agreed`, `None identified`, `Not yet
 * defined`. Each starts with n, t or u, and none is longer than EMPTY_WORDS_MAX.
 */
const EMPTY_WORDS = new Set([
  'none',
  'nothing',
  'none identified',
  'none planned',
  'none yet',
  'none so far',
  'not defined',
  'not yet defined',
  'not identified',
  'not yet identified',
  'not known',
  'not yet known',
  'unassigned',
  'n.n.',
  'to be assigned',
  'to be agreed',
  'to be confirmed',
  'to be decided',
  'to be defined',
  'to be determined',
  'to be identified',
]);
const EMPTY_WORDS_MAX = Math.max(...[...EMPTY_WORDS].map((w) => w.length));

/**
 * "Not known yet" or "not applicable" with a note after it, in parentheses or after a dash or a
 * colon: `TBC (Jan 2027)`, `TBD – vendor to confirm`, `N/A: descoped`.
 */
const EMPTY_WITH_NOTE = /^(?:tb[acd]|n\/a)(?:\s*\(.*\)|\s+[-–—]\s.*|\s*:\s.*)$/is;

/**
 * What a spreadsheet shows where a formula has no value (`#N/A`, `#REF!`, `#VALUE!`, `#DIV/0!`,
 * `#NAME?`, `#NULL!`, `#NUM!`, `#SPILL!`, `#CALC!`), pasted into a plan with its table: no value.
 */
const SPREADSHEET_ERROR = /^#(?:n\/a|ref!|value!|div\/0!|name\?|null!|num!|spill!|calc!)$/i;

/**
 * Empty cells, `-`, `–`, `n/a` and `TBD` count as empty (contract, section 3), and so do the
 * other ways of saying "not known yet": `TBA` and the British `TBC` (to be confirmed), also with
 * a note after them (the note says why or when, not what), `?`, EMPTY_WORDS, and a spreadsheet's
 * SPREADSHEET_ERROR.
 */
export function isEmptyValue(text: string | undefined): boolean {
  if (text === undefined) return true;
  const t = text.length > 3 ? text.trim() : text;
  // No empty marker is longer than three characters: most cells are answered without a copy.
  if (t.length <= 3) return EMPTY_CELL.has(t.trim().toLowerCase());
  if (t.charCodeAt(0) === 0x23 /* # */) return SPREADSHEET_ERROR.test(t);
  const first = t.charCodeAt(0) | 0x20;
  if (first !== 0x74 /* t */ && first !== 0x6e /* n */ && first !== 0x75 /* u */) return false;
  if (t.length <= EMPTY_WORDS_MAX && EMPTY_WORDS.has(t.toLowerCase())) return true;
  return first !== 0x75 && t.length <= 200 && EMPTY_WITH_NOTE.test(t);
}

/**
 * Whether a cell is left blank (nothing, or a dash), rather than filled with a word that says the
 * value is not known yet (`TBC`, `To be agreed`): both are empty, but only a blank one lets a
 * default stand in (an empty decision Status is Approved once Approved by is filled; an empty
 * Covers covers schedule and cost).
 */
export function isBlankMark(text: string | undefined): boolean {
  const t = (text ?? '').trim();
  return t === '' || t === '-' || t === '–' || t === '—';
}

/**
 * Characters that show as nothing and that spreadsheets, web pages and chat tools leave in pasted
 * text: the soft hyphen, the zero-width space and non-joiner, the word joiner and a stray byte
 * order mark. `S-05` with one of them after it must still be S-05 (the zero-width joiner, which
 * builds emoji, is not among them).
 */
const INVISIBLE = /[\u00AD\u200B\u200C\u2060\uFEFF]/;
const INVISIBLE_ALL = /[\u00AD\u200B\u200C\u2060\uFEFF]/g;

/** Whether a text holds any INVISIBLE character. */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/** The text without its INVISIBLE characters, trimmed. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, '').trim();
}

/**
 * A pure function of a string remembered for the strings it was last asked about: headers,
 * headings, enum words and cell values repeat in every plan. Bounded: the memory is dropped when
 * full. What it returns must be read-only (it is shared) and never undefined.
 */
export function memoized<T = string>(fn: (text: string) => T, max = 4096): (text: string) => T {
  let memo = new Map<string, T>();
  return (text) => {
    let out = memo.get(text);
    if (out === undefined) {
      out = fn(text);
      if (text.length <= 200) {
        if (memo.size >= max) memo = new Map();
        memo.set(text, out);
      }
    }
    return out;
  };
}

/**
 * A heading's leading numbering (`2.`, `2.1`, `3)`, `b)`, `iv.`), with what separates it from the
 * name: a space, or a dash or colon and a space (`3 - Project Control`, `3: Control`).
 */
export const LEADING_NUMBERING = /^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z][.)]|[ivx]+[.)])\s*[-–—:]?\s+/iu;

/** Emoji and marks before a heading's numbering or name: `🚀 1. Project Initiation`, `✅ Closure`. */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;

/** A note in parentheses after a heading's name: `Project Initiation (Stage 1)`. */
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/u;

/** A stage or phase number before a section's name: `Stage 1 – Project Initiation`, `Phase 2: Planning`. */
const STAGE_NUMBER = /^(?:stage|phase)\s+\d+\b\s*[:.)–—-]?\s*/u;

/**
 * Normalises a heading for forgiving matching: case-insensitive, no leading emoji or numbering, no
 * trailing punctuation, "&" and "and" and the word "project" ignored, and the words around a
 * name that do not change it: a stage or phase number before it or the word after it (`Stage 1 –
 * Project Initiation`, `Initiation stage`), a leading "Key" (`Key risks`), a note in parentheses.
 */
export const normalizeHeading = memoized((text: string): string => {
  const words = text
    .toLowerCase()
    .replace(LEADING_MARKS, '')
    .replace(LEADING_NUMBERING, '')
    .replace(TRAILING_NOTE, '')
    .replace(STAGE_NUMBER, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'and' && w !== 'project');
  // `Key risks`, `Key milestones`; `Initiation stage`, `Closure phase`.
  if (words.length > 1 && words[0] === 'key') words.shift();
  if (words.length > 1 && (words[words.length - 1] === 'stage' || words[words.length - 1] === 'phase')) words.pop();
  return words.join(' ');
});

/**
 * A wiki link as Obsidian, Foam and Logseq write it: `[[Ruth Ellison]]`, `[[People/Ruth Ellison|Ruth]]`,
 * `[[M-01#Status]]`. Not Markdown: micromark leaves it as text.
 */
const WIKI_LINK = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;

/**
 * Text with each wiki link as the note it links to (its name, without folders or a heading):
 * what a cell names is the note, whatever the link shows (`[[Ruth Ellison|Ruth]]` is Ruth
 * Ellison). A link to a heading of the same note (`[[#Risks]]`) reads as what it shows. Cells,
 * list items and front-matter strings (Obsidian's properties: `sponsor: "[[Ruth Ellison]]"`) alike.
 */
export function withWikiLinksRead(text: string): string {
  if (!text.includes('[[')) return text;
  return text.replace(WIKI_LINK, (link: string, target: string, shown: string | undefined) => {
    const note = target.replace(/#.*$/, '').split('/').pop()!.trim();
    return note || shown?.trim() || link;
  });
}

/** Normalises a column header or enum word: lower case, single spaces, no punctuation. */
export const normalizeWord = memoized((text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * The closest candidate to `input`, if it is close enough to be a plausible typo
 * (case-insensitive; distance at most a third of the longer word, and at least 1).
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.trim().toLowerCase();
  if (!needle) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const limit = Math.max(1, Math.floor(Math.max(c.length, needle.length) / 3));
    const d = levenshtein(needle, c, limit);
    if (d <= limit && d < bestScore) {
      best = candidate;
      bestScore = d;
    }
  }
  return best;
}

/**
 * The one ID `input` is a typo of: one character wrong, missing or extra, or two neighbours
 * swapped (`TP-2026-019` for TP-2026-091). Undefined when none is, or when several are: `M-07`
 * is as near M-01 as M-06, and an ID guessed among several names another row.
 */
export function didYouMeanId(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.trim().toLowerCase();
  if (!needle) return undefined;
  let found: string | undefined;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === needle || !(levenshtein(needle, c, 1) <= 1 || swapsNeighbours(needle, c))) continue;
    if (found !== undefined && found.toLowerCase() !== c) return undefined;
    found = candidate;
  }
  return found;
}

/** Whether `b` is `a` with two neighbouring characters swapped. */
export function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Formats a did-you-mean tail for messages. */
export function suggestionText(suggestion: string | undefined): string {
  return suggestion ? ` Did you mean "${suggestion}"?` : '';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of a month (1–12), as `Date.UTC` counts them: years 0–99 are read as 1900–1999. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Parses a cell or value as an ISO date; undefined when it is not one. */
export function parseIsoDate(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  return isIsoDate(t) ? t : undefined;
}

/** Midnight UTC of an ISO date, in milliseconds since the epoch. */
export function utcTime(date: IsoDate): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcTime(to) - utcTime(from)) / 86_400_000);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(utcTime(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date in UTC as an ISO date. */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** Parses a number written in a cell: `1,200`, `€ 30 000`, `12.5k` is not accepted (ambiguous). */
export function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const cleaned = text
    .replace(/[\s,_']/g, '')
    .replace(/^[^\d+-.]+/, '')
    .replace(/[^\d.]+$/, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

/** A text cut to `max` characters, an ellipsis marking the cut. */
export function clipText(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
