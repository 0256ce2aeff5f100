/**
 * Headings that probably mean what the plan lacks. A register: `### Risk`, `### Key Milestones`,
 * `### Hand-overs`, `### Early Life Support (ELS)`, or a register's own name one level too deep
 * (`#### Risks`), with the register's table or list under it. Headings are matched as the
 * contract says (exact names and aliases, after normalising), so these are not read as the
 * register; a finding that calls the register missing names the heading, and offers to rename it
 * instead of adding a second, empty register (preferred when what is under it would fill the
 * register: every required column and a row). A stage section: its name at another level.
 */
import type { ConfigAliases } from './configVocabulary.js';
import { LEADING_ROW_ID } from './domain.js';
import { registerForHeadingWith } from './headings.js';
import type { Heading, Plan, Table } from './model.js';
import { closesFence, fenceOpenedBy, LIST_ITEM, MAYBE_DELIMITER_ROW, rowCellTexts } from './parse/scanLines.js';
import {
  columnKeyWith,
  hasRequiredColumns,
  REGISTER_SPECS,
  registerSpec,
  sectionForHeading,
  sectionSpec,
  type RegisterKind,
} from './schema.js';
import type { Fix, Range, SectionKind } from './types.js';
import { normalizeHeading } from './text.js';

/** A name's words for comparison: normalised, split at hyphens too, each without a plural s. */
function words(text: string): string[] {
  return normalizeHeading(text)
    .split(/[\s-]+/)
    .filter((w) => w)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Whether `inner` occurs in `outer` as consecutive words. */
function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, k) => outer[i + k] === w)) return true;
  }
  return false;
}

/** Names a heading may be read as for `kind`: the contract's title and aliases, then the configuration's. */
function namesOf(kind: RegisterKind, aliases: ConfigAliases['registers'] | undefined): string[] {
  const spec = registerSpec(kind);
  const names = [spec.title, ...(spec.aliases ?? [])];
  for (const [name, k] of aliases ?? []) if (k === kind) names.push(name);
  return names;
}

/** A name as `mentions` compares it: its words, and those words run together. */
interface NameWords {
  readonly words: readonly string[];
  readonly joined: string;
}

function nameWords(name: string): NameWords {
  const w = words(name);
  return { words: w, joined: w.join('') };
}

/** A heading's words and those words run together, worked out once per heading (`mentions`). */
const HEADING_WORDS = new WeakMap<Heading, NameWords>();

/** Whether the heading's words hold one of the names (`hand over plan` holds `handover`). */
function mentions(heading: Heading, names: readonly NameWords[]): boolean {
  let hw = HEADING_WORDS.get(heading);
  if (!hw) HEADING_WORDS.set(heading, (hw = nameWords(heading.text)));
  const { words: w, joined } = hw;
  // Words a heading holds in a row are in its words run together too: `includes` rules most
  // headings out before their words are compared.
  return names.some((n) => joined.includes(n.joined) && (n.joined.length >= 6 || containsWords(w, n.words)));
}

/** The register each heading is read as, with the aliases it was worked out for (`registerReadAs`). */
const READ_AS = new WeakMap<
  Heading,
  { aliases: ConfigAliases['registers'] | undefined; kind: RegisterKind | undefined }
>();

/** The register a heading is read as, worked out once per heading: each register a plan lacks looks at every heading. */
function registerReadAs(heading: Heading, aliases: ConfigAliases['registers'] | undefined): RegisterKind | undefined {
  const known = READ_AS.get(heading);
  if (known && known.aliases === aliases) return known.kind;
  const kind = registerForHeadingWith(heading.text, aliases);
  READ_AS.set(heading, { aliases, kind });
  return kind;
}

/** The lines under a heading, up to the next heading or the end: `[from, to)`. */
/** The lines under `heading` (to the next heading) that are not in fenced code, as the parser reads them. */
export function* linesOutsideCode(plan: Plan, heading: Heading): Generator<number> {
  const { from, to } = linesUnder(plan, heading);
  let fence: string | undefined;
  for (let n = from; n < to; n++) {
    const text = plan.lines.lineText(n);
    if (fence !== undefined) {
      if (closesFence(text, fence)) fence = undefined;
      continue;
    }
    fence = fenceOpenedBy(text);
    if (fence === undefined) yield n;
  }
}

export function linesUnder(plan: Plan, heading: Heading): { from: number; to: number } {
  const from = heading.range.start.line + 1;
  // Headings are in document order: the first one at or after `from`, by halves (a 1 MB plan
  // has thousands, and every level-3 heading is looked under for each register it lacks).
  const headings = plan.headings;
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (headings[mid]!.range.start.line >= from) hi = mid;
    else lo = mid + 1;
  }
  const next = headings[lo];
  return { from, to: next ? next.range.start.line : plan.lines.lineCount };
}

/**
 * What the lines under a heading (up to the next heading) hold for register `kind`: `complete`
 * when, read as that register, they would fill it (a table with every required column and a row;
 * a list with an item), `partial` when they hold a table or list that would not, else `none`.
 */
export type NearMissContent = 'complete' | 'partial' | 'none';

function contentUnder(
  plan: Plan,
  heading: Heading,
  kind: RegisterKind,
  columnAliases?: ConfigAliases['columns'],
): NearMissContent {
  const spec = registerSpec(kind);
  if (spec.shape !== 'table') {
    const { from, to } = linesUnder(plan, heading);
    for (let n = from; n < to; n++) {
      if (LIST_ITEM.exec(plan.lines.lineText(n).replace(/^ {0,3}/, ''))?.[3]) return 'complete';
    }
    return 'none';
  }
  const table = tableUnder(plan, heading);
  if (!table) return 'none';
  const aliases = columnAliases?.get(kind);
  const keys = new Set(table.header.map((h) => columnKeyWith(spec, h, aliases)));
  return table.rows && hasRequiredColumns(spec, keys) ? 'complete' : 'partial';
}

/** The first table under a heading: its header cells, and whether a row follows its delimiter. */
interface TableUnder {
  readonly header: readonly string[];
  readonly rows: boolean;
}

/** Found once per heading: it is looked under for every register the plan lacks. */
const TABLES_UNDER = new WeakMap<Heading, TableUnder | null>();

function tableUnder(plan: Plan, heading: Heading): TableUnder | undefined {
  let table = TABLES_UNDER.get(heading);
  if (table === undefined) {
    table = null;
    const { from, to } = linesUnder(plan, heading);
    const line = (n: number) => plan.lines.lineText(n);
    for (let n = from; n < to; n++) {
      const text = line(n);
      if (!text.includes('|') || n + 1 >= to || !MAYBE_DELIMITER_ROW.test(line(n + 1))) continue;
      table = { header: rowCellTexts(text), rows: n + 2 < to && line(n + 2).includes('|') };
      break;
    }
    TABLES_UNDER.set(heading, table);
  }
  return table ?? undefined;
}

/** A heading that likely means a register the plan lacks, what lies under it, and why it is taken for it. */
export interface NearMiss {
  readonly heading: Heading;
  readonly content: Exclude<NearMissContent, 'none'>;
  /** `name`: it mentions one of the register's names; `columns`: its table has the register's columns. */
  readonly by: 'name' | 'columns';
}

/**
 * The first heading that likely means register `kind`, which the plan lacks, and what lies under
 * it: a level-2 or level-3 heading that is read as nothing else and mentions one of its names, or
 * a deeper heading that is exactly one of them, with a table (or, for a list register, a list)
 * under it. Failing those, a level-3 heading read as nothing whose table would fill this register
 * and no other (`### Budget` over Line, Planned, Actual, Forecast). Handover checklists
 * (`#### H-01 …`) are never one.
 */
export function nearMissHeading(
  plan: Plan,
  kind: RegisterKind,
  aliases?: Partial<Pick<ConfigAliases, 'registers' | 'columns'>>,
): NearMiss | undefined {
  const names = namesOf(kind, aliases?.registers).map(nameWords);
  for (const h of plan.headings) {
    if (h.depth < 2 || LEADING_ROW_ID.test(h.text)) continue;
    const readAs = registerReadAs(h, aliases?.registers);
    if (h.depth > 3) {
      if (readAs !== kind) continue;
    } else if (
      readAs !== undefined ||
      (h.depth === 2 && sectionForHeading(h.text) !== undefined) ||
      !mentions(h, names)
    ) {
      continue;
    }
    const content = contentUnder(plan, h, kind, aliases?.columns);
    if (content !== 'none') return { heading: h, content, by: 'name' };
  }
  return byColumns(plan, kind, aliases);
}

/**
 * Registers a table alone can stand for: tables with at least two required columns. A RACI
 * needs only Activity, which a cutover plan or a run book has too; a list is any list.
 */
const TOLD_BY_COLUMNS: ReadonlySet<RegisterKind> = new Set(
  REGISTER_SPECS.filter((s) => s.shape === 'table' && s.columns.filter((c) => c.required).length >= 2).map(
    (s) => s.kind,
  ),
);

/**
 * A level-3 heading read as nothing, whose table has every required column of register `kind`
 * and a row. Go-live readiness and Early life support share their columns: a table that would
 * fill several registers is taken for the one whose stage section it stands in, and for none when
 * that does not tell them apart.
 */
function byColumns(
  plan: Plan,
  kind: RegisterKind,
  aliases?: Partial<Pick<ConfigAliases, 'registers' | 'columns'>>,
): NearMiss | undefined {
  if (!TOLD_BY_COLUMNS.has(kind)) return undefined;
  for (const h of plan.headings) {
    if (h.depth !== 3 || LEADING_ROW_ID.test(h.text)) continue;
    if (registerReadAs(h, aliases?.registers) !== undefined) continue;
    if (contentUnder(plan, h, kind, aliases?.columns) !== 'complete') continue;
    const fills = [...TOLD_BY_COLUMNS].filter((k) => contentUnder(plan, h, k, aliases?.columns) === 'complete');
    const section = plan.sections.find(
      (s) => s.range.start.line < h.range.start.line && h.range.start.line <= s.range.end.line,
    );
    const here = fills.length > 1 ? fills.filter((k) => registerSpec(k).section === section?.kind) : fills;
    if (here.length === 1 && here[0] === kind) return { heading: h, content: 'complete', by: 'columns' };
  }
  return undefined;
}

/**
 * Every register heading the plan writes a level (or more) too deep, for a register it lacks:
 * a plan that puts all its registers at `####` has them all moved up by one fix.
 */
export function registerHeadingsTooDeep(
  plan: Plan,
  aliases?: Partial<Pick<ConfigAliases, 'registers' | 'columns'>>,
): Heading[] {
  const out: Heading[] = [];
  for (const h of plan.headings) {
    if (h.depth <= 3 || LEADING_ROW_ID.test(h.text)) continue;
    const kind = registerReadAs(h, aliases?.registers);
    if (kind && !plan.register(kind) && nearMissHeading(plan, kind, aliases)?.heading === h) out.push(h);
  }
  return out;
}

/** A line of bold text alone (`**Risks**`, `__Risk register:__`): group 2 is the text. */
const BOLD_LINE = /^\s*(\*\*|__)\s*([^*_]*?[^*_\s])\s*(?::\s*)?\1\s*(?::\s*)?$/;
/** A line of plain text alone, short as a title is (`Risks`, `Risk register:`): group 1 is the text. */
const TEXT_LINE = /^\s*(\p{L}[\p{L}\p{N} &/,'’()-]{0,60}?)\s*(?::\s*)?$/u;

/**
 * A register's title written over its table as bold text or a line of plain text, not as a
 * heading: Markdown reads it as a paragraph, and the table joins the register above.
 */
export interface TitleLine {
  readonly kind: RegisterKind;
  /** The title as written, without stars or colon. */
  readonly name: string;
  /** The line as written. */
  readonly text: string;
  /** What it is, for a message: bold text, or a line of text. */
  readonly written: 'bold text' | 'a line of text';
  readonly range: Range;
}

/** The line right above `table` (blank lines between) when it is a register's title but no heading. */
export function titleLineAbove(
  plan: Plan,
  table: Table,
  aliases: ConfigAliases['registers'] | undefined,
): TitleLine | undefined {
  let line = table.range.start.line - 1;
  while (line >= 0 && plan.lines.lineText(line).trim() === '') line--;
  if (line < 0) return undefined;
  const text = plan.lines.lineText(line);
  const bold = BOLD_LINE.exec(text);
  const name = bold ? bold[2]! : TEXT_LINE.exec(text)?.[1];
  const kind = name ? registerForHeadingWith(name, aliases) : undefined;
  if (!kind) return undefined;
  const written = bold ? 'bold text' : 'a line of text';
  return { kind, name: name!, text: text.trim(), written, range: plan.lines.lineRange(line) };
}

/** Register `kind`'s title line over a table another register reads, if there is one. */
export function titleLineOf(
  plan: Plan,
  kind: RegisterKind,
  aliases: ConfigAliases['registers'] | undefined,
): TitleLine | undefined {
  for (const register of plan.registers) {
    for (const table of register.tablesNotRead) {
      const title = titleLineAbove(plan, table, aliases);
      if (title?.kind === kind) return title;
    }
  }
  return undefined;
}

/** The fix that makes a title line the register's heading, as its name is written. */
export function titleLineHeadingFix(title: TitleLine): Fix {
  return {
    title: `Make it the heading "### ${title.name}"`,
    edits: [{ range: title.range, newText: `### ${title.name}` }],
    isPreferred: true,
  };
}

/**
 * A level-2 heading read as no stage section and no register that names stage section `kind` in
 * more words (`## Closure & Handover to BAU`, `## Planning assumptions and schedule`): most likely
 * that section under the plan's own name. Its registers are read under it all the same.
 */
export function sectionInOtherWords(
  plan: Plan,
  kind: SectionKind,
  aliases: ConfigAliases['registers'] | undefined,
): Heading | undefined {
  const spec = sectionSpec(kind);
  // The stage's own words, as the heading's first (`Closure & Handover to BAU`), not inside another
  // phrase (`Document control`, `Misreporting risk`, `Foreclosure`).
  const first = new Set([spec.title, ...(spec.aliases ?? [])].map(leadingWord));
  return plan.headings.find(
    (h) =>
      h !== plan.title &&
      h.depth === 2 &&
      sectionForHeading(h.text) === undefined &&
      registerReadAs(h, aliases) === undefined &&
      first.has(leadingWord(h.text)),
  );
}

/** A heading's first word after its number and a leading "Project" or "Transition". */
function leadingWord(text: string): string {
  return words(text).filter((w) => !/^\d/.test(w) && w !== 'project' && w !== 'transition')[0] ?? '';
}

/**
 * A heading below the title that names stage section `kind` at another level than 2
 * (`# Project Closure` in a plan that puts its stages at level 1), which the plan therefore lacks.
 */
export function sectionAtOtherLevel(plan: Plan, kind: SectionKind): Heading | undefined {
  return plan.headings.find((h) => h !== plan.title && h.depth !== 2 && sectionForHeading(h.text) === kind);
}
