/**
 * "What is at this position?" for editor hosts: completion, hover, definition and rename ask the
 * plan model here instead of re-parsing text themselves. Row and front-matter detection work on
 * the line's own text as well as on the model, so a row or key being typed (not yet a complete
 * table row or valid YAML) is still recognised.
 */
import type { Cell, FmValue, Heading, Plan, Register, Row, Section, Table } from './model.js';
import { tableParts } from './parse/nodes.js';
import type { RegisterKind } from './schema.js';
import type { Position, Range } from './types.js';

/** Columns and front-matter keys holding a person reference: stated in the schema, used here by editor hosts. */
export { PERSON_COLUMNS, PERSON_KEYS } from './schema.js';

/** Columns naming an ITIL process. */
export const PROCESS_COLUMNS: Readonly<Partial<Record<RegisterKind, readonly string[]>>> = {
  processInterfaces: ['process'],
  handovers: ['process'],
};

/** A word under the cursor: its text and its range (the part before the cursor is the prefix). */
export interface Word {
  readonly text: string;
  readonly range: Range;
  /** The part of the word before the position. */
  readonly prefix: string;
}

export interface FrontMatterKeyLocation {
  readonly kind: 'frontMatterKey';
  /** The key being written (may be partial), and where it stands. */
  readonly word: Word;
  /** Nesting: undefined at the top level, else the parent key (`dates`, `budget`, `tolerances`). */
  readonly parent: string | undefined;
  readonly entry: FmValue | undefined;
}

export interface FrontMatterValueLocation {
  readonly kind: 'frontMatterValue';
  /** The top-level key. */
  readonly key: string;
  /** The sub-key for maps (`go_live` under `dates`). */
  readonly subKey: string | undefined;
  /** The word (a scalar, or one item of a flow/block list) under the cursor. */
  readonly word: Word;
  /** The innermost parsed value at the position (undefined while the YAML does not parse). */
  readonly value: FmValue | undefined;
}

export interface CellLocation {
  readonly kind: 'cell';
  readonly register: Register;
  readonly table: Table;
  /** The data row (undefined on the header or delimiter line). */
  readonly row: Row | undefined;
  readonly isHeader: boolean;
  /** 0-based column index on the line (the first cell after the leading pipe is 0). */
  readonly column: number;
  /** The register column key under that header, if it is a known column. */
  readonly columnKey: string | undefined;
  readonly header: Cell | undefined;
  /** The parsed cell, when the model has one at this column. */
  readonly cell: Cell | undefined;
  /** The cell's source content around the position, trimmed. */
  readonly word: Word;
}

export interface HeadingLocation {
  readonly kind: 'heading';
  readonly heading: Heading;
  readonly section: Section | undefined;
  readonly register: Register | undefined;
}

export interface DirectiveLocation {
  readonly kind: 'directive';
  readonly directive: 'disable-next-line' | 'disable' | 'enable';
  /** The rule name being written after the directive. */
  readonly word: Word;
}

export interface OtherLocation {
  readonly kind: 'other';
}

export type PlanLocation =
  | FrontMatterKeyLocation
  | FrontMatterValueLocation
  | CellLocation
  | HeadingLocation
  | DirectiveLocation
  | OtherLocation;

export function contains(range: Range, pos: Position): boolean {
  const afterStart =
    pos.line > range.start.line || (pos.line === range.start.line && pos.character >= range.start.character);
  const beforeEnd = pos.line < range.end.line || (pos.line === range.end.line && pos.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** What stands at a position of a plan. */
export function locate(plan: Plan, pos: Position): PlanLocation {
  if (pos.line < 0 || pos.line >= plan.lines.lineCount) return { kind: 'other' };
  const fm = locateFrontMatter(plan, pos);
  if (fm) return fm;
  const directive = locateDirective(plan, pos);
  if (directive) return directive;
  for (const h of plan.headings) {
    if (h.range.start.line === pos.line) {
      return {
        kind: 'heading',
        heading: h,
        section: plan.sections.find((s) => s.heading === h),
        register: plan.registers.find((r) => r.heading === h),
      };
    }
  }
  const cell = locateCell(plan, pos);
  if (cell) return cell;
  return { kind: 'other' };
}

// ---------------------------------------------------------------------------------------------
// Front matter

const KEY_LINE = /^([ \t]*)(-[ \t]+)?([A-Za-z_][\w-]*)?([ \t]*:)?/;

function locateFrontMatter(plan: Plan, pos: Position): FrontMatterKeyLocation | FrontMatterValueLocation | undefined {
  const fm = plan.frontMatter;
  if (!fm.present) return undefined;
  const first = plan.lines.positionAt(fm.contentOffset).line;
  const closing = fm.closingOffset > 0 ? plan.lines.positionAt(fm.closingOffset).line : fm.range.end.line + 1;
  if (pos.line < first || pos.line >= closing) return undefined;
  const text = plan.lines.lineText(pos.line);
  const ch = Math.min(pos.character, text.length);
  const m = KEY_LINE.exec(text)!;
  const indent = m[1]!.length;
  const dash = m[2];
  const key = m[3];
  const colon = m[4];
  const keyStart = indent + (dash?.length ?? 0);
  const parent = indent > 0 || dash ? parentKey(plan, pos.line, first) : undefined;

  if (!dash && (!colon || ch <= keyStart + (key?.length ?? 0))) {
    // On a key (or a line that is becoming one).
    if (text.slice(0, keyStart).trim() !== '' || ch < keyStart) return undefined;
    const word = wordAround(text, pos.line, ch, /[\w-]/);
    const entry = parent === undefined && key ? fm.entries.get(key) : undefined;
    return { kind: 'frontMatterKey', word, parent, entry };
  }
  // On a value: of this line's key, or an item/sub-key of the parent key.
  const topKey = parent === undefined ? key! : parent;
  const subKey = parent !== undefined && !dash && colon ? key : undefined;
  // The value starts after the key's colon: right after it (`stage:|`) the word is empty, not `stage:`.
  const valueStart = colon ? keyStart + key!.length + colon.length : keyStart;
  const word = wordAround(text, pos.line, ch, /[^\s,[\]{}"'#]/, valueStart);
  return { kind: 'frontMatterValue', key: topKey, subKey, word, value: fmValueAt(fm.entries.get(topKey), pos) };
}

/** The nearest top-level key above an indented line. */
function parentKey(plan: Plan, line: number, first: number): string | undefined {
  for (let l = line - 1; l >= first; l--) {
    const t = plan.lines.lineText(l);
    const m = /^([A-Za-z_][\w-]*)[ \t]*:/.exec(t);
    if (m) return m[1];
    if (t.trim() !== '' && !/^[ \t]/.test(t) && !t.startsWith('-') && !t.startsWith('#')) return undefined;
  }
  return undefined;
}

/** The innermost front-matter value whose range contains the position. */
export function fmValueAt(value: FmValue | undefined, pos: Position): FmValue | undefined {
  if (!value) return undefined;
  for (const item of value.items) {
    const inner = contains(item.range, pos) ? fmValueAt(item, pos) : undefined;
    if (inner) return inner;
  }
  for (const entry of value.entries.values()) {
    if (contains(entry.range, pos)) return fmValueAt(entry, pos);
  }
  return contains(value.range, pos) ? value : undefined;
}

function wordAround(text: string, line: number, ch: number, wordChar: RegExp, from = 0): Word {
  let a = ch;
  let b = ch;
  while (a > from && wordChar.test(text[a - 1]!)) a--;
  while (b < text.length && wordChar.test(text[b]!)) b++;
  return {
    text: text.slice(a, b),
    prefix: text.slice(a, ch),
    range: { start: { line, character: a }, end: { line, character: b } },
  };
}

// ---------------------------------------------------------------------------------------------
// Disable comments

const DIRECTIVE_OPEN = /<!--\s*handoff-(disable-next-line|disable|enable)\b/g;

function locateDirective(plan: Plan, pos: Position): DirectiveLocation | undefined {
  const text = plan.lines.lineText(pos.line);
  if (!text.includes('handoff-')) return undefined;
  const ch = Math.min(pos.character, text.length);
  let found: DirectiveLocation | undefined;
  for (const m of text.matchAll(DIRECTIVE_OPEN)) {
    const after = m.index + m[0].length;
    if (ch < after) continue;
    const close = text.indexOf('-->', after);
    if (close >= 0 && ch > close) continue;
    // The rule list starts after white space; a position right after the keyword is not in it.
    if (ch === after) continue;
    found = {
      kind: 'directive',
      directive: m[1] as DirectiveLocation['directive'],
      word: wordAround(text, pos.line, ch, /[\w-]/),
    };
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Table cells

/** Spans of a table line's cells (content between unescaped pipes outside code spans). */
export function splitRow(text: string): { start: number; end: number }[] {
  const pipes: number[] = [];
  let inCode = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (text[i + n] === '`') n++;
      if (inCode === 0) inCode = n;
      else if (inCode === n) inCode = 0;
      i += n - 1;
      continue;
    }
    if (c === '|' && inCode === 0) pipes.push(i);
  }
  const spans: { start: number; end: number }[] = [];
  const lead = text.length - text.trimStart().length;
  let start = pipes[0] === lead ? lead + 1 : lead;
  for (const p of pipes) {
    if (p < start) continue;
    spans.push({ start, end: p });
    start = p + 1;
  }
  // After the last pipe: nothing, or a new cell being typed.
  spans.push({ start, end: text.length });
  return spans;
}

function locateCell(plan: Plan, pos: Position): CellLocation | undefined {
  // In one of the tables a split register joins, not on the lines between them.
  const within = (t: Table): boolean => pos.line >= t.range.start.line && pos.line <= t.range.end.line;
  const register = plan.registers.find((r) => r.table && tableParts(r.table).some(within));
  const table = register?.table;
  if (!register || !table) return undefined;
  const text = plan.lines.lineText(pos.line);
  const ch = Math.min(pos.character, text.length);
  const spans = splitRow(text);
  // A position on a pipe belongs to the cell it closes.
  const column = spans.findIndex((s) => ch >= s.start && ch <= s.end);
  if (column < 0) return undefined;
  const span = spans[column]!;
  const raw = text.slice(span.start, span.end);
  const lead = raw.length - raw.trimStart().length;
  const a = span.start + lead;
  const b = Math.max(a, span.start + raw.trimEnd().length);
  const isHeader = tableParts(table).some((t) => pos.line === t.headerRange.start.line);
  const row = table.rows.find((r) => r.range.start.line === pos.line);
  const cell = isHeader ? table.headers[column] : row?.cells[column];
  return {
    kind: 'cell',
    register,
    table,
    row,
    isHeader,
    column,
    columnKey: table.columnKeys[column],
    header: table.headers[column],
    cell,
    word: {
      text: text.slice(a, b),
      prefix: text.slice(a, Math.max(a, Math.min(ch, b))),
      range: { start: { line: pos.line, character: a }, end: { line: pos.line, character: b } },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// IDs

const ID_TOKEN = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+/g;

/** An ID-like token (`S-01`, `TP-2026-014`) at a position of a line, if any. */
export function idTokenAt(plan: Plan, pos: Position): Word | undefined {
  const text = plan.lines.lineText(pos.line);
  for (const m of text.matchAll(ID_TOKEN)) {
    const a = m.index;
    const b = a + m[0].length;
    if (pos.character >= a && pos.character <= b) {
      return {
        text: m[0],
        prefix: text.slice(a, pos.character),
        range: { start: { line: pos.line, character: a }, end: { line: pos.line, character: b } },
      };
    }
  }
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An ID as a whole token (`M-03`, not `M-031` or `XM-03`), in any case, every occurrence. */
function idToken(id: string): RegExp {
  return new RegExp(`(?<![\\w-])${escapeRegExp(id)}(?![\\w-])`, 'gi');
}

/** Every occurrence of an ID as a whole token in the plan's body, prose included (`Note: M-03 moved`). */
export function idMentions(plan: Plan, id: string): Range[] {
  const offset = plan.frontMatter.bodyOffset;
  return [...plan.text.slice(offset).matchAll(idToken(id))].map((m) =>
    plan.lines.range(offset + m.index, offset + m.index + m[0].length),
  );
}

/**
 * Every occurrence of an ID as a whole token in the plan's tables (headers included) and
 * front-matter scalar values: where the ID is written as data, not in prose.
 */
export function idOccurrences(plan: Plan, id: string): Range[] {
  const re = idToken(id);
  const out: Range[] = [];
  const seen = new Set<string>();
  const scan = (range: Range): void => {
    const start = plan.lines.offsetAt(range.start);
    const source = plan.text.slice(start, plan.lines.offsetAt(range.end));
    for (const m of source.matchAll(re)) {
      const r = plan.lines.range(start + m.index, start + m.index + m[0].length);
      const key = `${r.start.line}:${r.start.character}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(r);
      }
    }
  };
  const walk = (v: FmValue): void => {
    if (v.kind === 'scalar') scan(v.range);
    v.items.forEach(walk);
    for (const e of v.entries.values()) walk(e);
  };
  for (const v of plan.frontMatter.entries.values()) walk(v);
  for (const r of plan.registers) {
    if (!r.table) continue;
    for (const h of r.table.headers) scan(h.range);
    for (const row of r.table.rows) for (const c of row.cells) scan(c.range);
  }
  for (const r of plan.registers) for (const c of r.checklists.values()) scan(c.heading.textRange);
  return out.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
}

/** The register row whose ID cell defines an ID (case-insensitive), with its register. */
export function rowById(plan: Plan, kind: RegisterKind, id: string): Row | undefined {
  const want = id.toLowerCase();
  return plan.rows(kind).find((r) => r.id?.toLowerCase() === want);
}
