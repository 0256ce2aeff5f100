/**
 * Building blocks for rules' quick fixes: how to fill a cell (with a ranked person or a selected
 * placeholder), insert a row in a table's own column order, add a column, insert a register or a
 * stage section where it belongs, and where the cursor goes afterwards.
 */
import type { Cell, Heading, Plan, Register, Row, Table } from './model.js';
import { tableParts } from './parse/nodes.js';
import type { PersonCandidate } from './rankPeople.js';
import { sectionAtOtherLevel } from './nearMissHeading.js';
import { registerSpec, SECTION_SPECS, type RegisterKind } from './schema.js';
import {
  registerTemplate,
  sectionRegisters,
  sectionTemplate,
  templateRowValues,
  type TemplateFill,
} from './templates.js';
import { compareText, LEADING_NUMBERING } from './text.js';
import { columnPrompt, sampleColumn } from './placeholders.js';
import { cellValue, readDate, UNREADABLE } from './values.js';
import type { Finding, Fix, IsoDate, SectionKind, TextEdit } from './types.js';

/** The edit that writes `text` into a cell (an empty cell's range is a point after its pipe). */
export function setCell(plan: Plan, cell: Cell, text: string): TextEdit {
  const escaped = text.replace(/\|/g, '\\|');
  const r = cell.range;
  if (r.start.line === r.end.line && r.start.character === r.end.character) {
    const line = plan.lines.lineText(r.start.line);
    const before = line[r.start.character - 1];
    const after = line[r.start.character];
    return {
      range: r,
      newText: `${before === '|' ? ' ' : ''}${escaped}${after === '|' ? ' ' : ''}`,
    };
  }
  return { range: r, newText: escaped };
}

/** Where the cursor goes after a fix: the first occurrence of `text` in the fix's only edit. */
function selectIn(edit: TextEdit, text: string): Fix['stops'] {
  const at = edit.newText.indexOf(text);
  return at < 0 ? undefined : [{ edit: 0, offset: at, length: text.length }];
}

/**
 * Whether a cell stands in the row's text. A row cut short (fewer cells than the header, as while
 * it is being typed) reads its missing cells as empty points at the line's end; text written
 * there would land in another column, so no fix fills such a cell.
 */
export function cellIsWritten(plan: Plan, cell: Cell): boolean {
  const r = cell.range;
  if (r.start.line !== r.end.line || r.start.character !== r.end.character) return true;
  return plan.lines.lineText(r.start.line).slice(r.start.character).trim() !== '';
}

/**
 * One fix per candidate: "Set <what> to Ana Ng (Change manager)". The best one is preferred when
 * it has a basis: a role that fits, or the front-matter person who stands in for this cell
 * (`standIn`: the project manager owns a risk until someone better does). A fallback with no
 * basis (the project manager as Change Management's contact) is offered, never preferred, so
 * fixing everything at once writes no guess. Nor is any when the cell says in words that nobody is
 * agreed yet (`TBC`, `to be agreed`): that is the plan's to settle, not a gap to fill.
 */
export function personCellFixes(
  plan: Plan,
  cell: Cell,
  what: string,
  candidates: readonly PersonCandidate[],
  standIn?: PersonCandidate['by'],
): Fix[] {
  if (!cellIsWritten(plan, cell)) return [];
  const undecided = /\p{L}/u.test(cell.text);
  return candidates.map((c, i) => ({
    title: `Set ${what} to ${c.label}`,
    edits: [setCell(plan, cell, c.ref)],
    isPreferred: !undecided && i === 0 && (c.by === 'fit' || c.by === standIn) ? true : undefined,
  }));
}

/** A fix writing a placeholder into an empty cell and selecting it, so typing replaces it. */
export function placeholderCellFix(plan: Plan, cell: Cell, title: string, placeholder: string): Fix | undefined {
  if (!cellIsWritten(plan, cell)) return undefined;
  const edit = setCell(plan, cell, placeholder);
  return { title, edits: [edit], isPreferred: true, stops: selectIn(edit, placeholder) };
}

/** A table row in the table's column order, from values by column key ('-' for the others). */
export function rowText(table: Table, values: Readonly<Record<string, string>>): string {
  return `| ${table.columnKeys.map((k) => (k && values[k] !== undefined ? values[k] : '-').replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** An edit inserting a row as the table's first data row (a log kept newest first). */
export function insertFirstRow(plan: Plan, table: Table, row: string): TextEdit {
  const delimiterLine = table.headerRange.end.line + 1;
  const at = plan.lines.positionAt(plan.lines.lineEnd(delimiterLine));
  return { range: { start: at, end: at }, newText: `${plan.lines.eol()}${row}` };
}

/** An edit appending a row after the table's last line. */
export function appendRow(plan: Plan, table: Table, row: string): TextEdit {
  const at = plan.lines.positionAt(plan.lines.lineEnd(table.range.end.line));
  return { range: { start: at, end: at }, newText: `${plan.lines.eol()}${row}` };
}

/** Selects `text` inside the fix's first edit once applied. */
export function withSelection(fix: Fix, text: string): Fix {
  const edit = fix.edits[0];
  return edit ? { ...fix, stops: selectIn(edit, text) } : fix;
}

/**
 * Edits adding a column at the right of a table: the header, the delimiter and a cell in every
 * row (`values` by 0-based row index, '-' elsewhere).
 */
export function addColumnEdits(
  plan: Plan,
  table: Table,
  header: string,
  values: ReadonlyMap<number, string>,
): TextEdit[] {
  // Each table a split register joins has its own header and delimiter rows.
  const lines: number[] = [];
  const texts: string[] = [];
  let next = 0;
  for (const part of tableParts(table)) {
    lines.push(part.headerRange.end.line, part.headerRange.end.line + 1);
    texts.push(header, '---');
    for (const row of table.rows.slice(next, (next += part.rows.length))) {
      lines.push(row.range.start.line);
      texts.push(values.get(row.index) ?? '-');
    }
  }
  return lines.map((line, i) => {
    const raw = plan.lines.lineText(line);
    const trimmed = raw.replace(/(?<![ \t])[ \t]+$/, '');
    const at = plan.lines.positionAt(plan.lines.lineStart(line) + trimmed.length);
    const cell = texts[i]!.replace(/\|/g, '\\|');
    return { range: { start: at, end: at }, newText: trimmed.endsWith('|') ? ` ${cell} |` : ` | ${cell}` };
  });
}

/**
 * A fix for a register that has a heading (and maybe a table header) but no rows: the
 * template's rows for this plan, or one list item, right where they belong. The template's own
 * example row is a sample until written over only in a table with the column holding its
 * placeholder (placeholders.ts): in one without (a Process interfaces table with no Provides) it
 * would read as an entry nobody wrote, so that fix is offered, not preferred.
 */
export function fillEmptyRegisterFix(plan: Plan, register: Register, fill: TemplateFill): Fix | undefined {
  const eol = plan.lines.eol();
  const title = `Add a first ${register.spec.title} entry`;
  const table = register.table;
  if (table) {
    if (table.columnKeys.every((k) => k === undefined)) return undefined;
    if (register.kind === 'responsibilities') return raciRowFix(plan, table, title, fill);
    const rows = templateRowValues(register.kind, fill).map((v) => rowText(table, v));
    const prompt = sampleColumn(register.kind);
    const made = !fill.rows?.[register.kind] && prompt !== undefined && !table.columnKeys.includes(prompt);
    return { title, edits: [appendRow(plan, table, rows.join(eol))], isPreferred: !made };
  }
  if (register.spec.shape === 'table') return undefined;
  const item = register.spec.shape === 'tasks' ? '- [ ] Criterion' : '- Lesson';
  const at = plan.lines.positionAt(plan.lines.lineEnd(register.heading.range.end.line));
  const text = register.spec.shape === 'tasks' ? 'Criterion' : 'Lesson';
  const edit = { range: { start: at, end: at }, newText: `${eol}${eol}${item}` };
  return { title, edits: [edit], isPreferred: true, stops: selectIn(edit, text) };
}

/**
 * A first RACI row, as the register's template writes it: the Activity's placeholder, and A/R
 * under the column of the person the template names (the project manager), when the table has
 * one. Without such a column the row has no A and no R, which raci-accountability would report
 * once it is written over: offered, not preferred.
 */
function raciRowFix(plan: Plan, table: Table, title: string, fill: TemplateFill): Fix {
  const activity = Math.max(0, table.columnKeys.indexOf('activity'));
  const who = fill.person === undefined ? undefined : plan.person(fill.person);
  const cells = table.headers.map((h, i) =>
    i === activity ? columnPrompt('responsibilities', 'activity') : who && plan.person(h.text) === who ? 'A/R' : '-',
  );
  return {
    title,
    edits: [appendRow(plan, table, `| ${cells.join(' | ')} |`)],
    isPreferred: cells.includes('A/R'),
  };
}

function insertAt(plan: Plan, offset: number, newText: string): TextEdit {
  const pos = plan.lines.positionAt(offset);
  return { range: { start: pos, end: pos }, newText };
}

/** What goes before text appended at the end of the plan so it starts a block of its own. */
function endJoin(plan: Plan, eol: string): string {
  const t = plan.text;
  if (t.length === 0) return '';
  if (t.endsWith(eol + eol) || t.endsWith('\n\n')) return '';
  if (t.endsWith('\n')) return eol;
  return eol + eol;
}

/** Where a stage section goes: before the first section of a later stage, else at the end. */
function sectionInsert(plan: Plan, kind: SectionKind, text: string): TextEdit {
  const eol = plan.lines.eol();
  const order = SECTION_SPECS.map((s) => s.kind);
  const later = plan.sections.filter((s) => order.indexOf(s.kind) > order.indexOf(kind));
  if (later.length) {
    const first = later.reduce((a, b) => (a.heading.offset < b.heading.offset ? a : b));
    return insertAt(plan, first.heading.offset, text + eol + eol);
  }
  return insertAt(plan, plan.text.length, endJoin(plan, eol) + text + eol);
}

/**
 * A fix adding a register at the end of its stage section; when the plan lacks that section,
 * the section's heading comes with it, in stage order (a register under another stage's
 * heading would be read as misplaced). Not preferred when its rows would be findings at the
 * plan's stage (`fill.unsettled`).
 */
export function insertRegisterFix(plan: Plan, kind: RegisterKind, fill?: TemplateFill): Fix {
  const spec = registerSpec(kind);
  const body = registerTemplate(kind, { eol: plan.lines.eol(), fill });
  return {
    title: `Add the ${spec.title} register`,
    edits: [registerInsertEdit(plan, kind, body)],
    isPreferred: !fill?.unsettled?.includes(kind),
  };
}

/** Where what stands under a heading ends: before the next heading as high, blank lines left out. */
function endUnder(plan: Plan, heading: Heading): number {
  const next = plan.headings.find((h) => h.offset > heading.offset && h.depth <= heading.depth);
  let end = next ? next.offset : plan.text.length;
  while (end > heading.offset && /\s/.test(plan.text.charAt(end - 1))) end--;
  return end;
}

/**
 * The edit that adds a register's text (its heading and table or list) where it belongs: at the
 * end of its stage section (or of its stage's level-1 heading), with that section's heading when
 * the plan lacks it, else at the end.
 */
export function registerInsertEdit(plan: Plan, kind: RegisterKind, body: string): TextEdit {
  const eol = plan.lines.eol();
  const home = registerSpec(kind).section;
  const section = home ? plan.section(home) : undefined;
  if (section) return insertAt(plan, section.endOffset, `${eol}${eol}${body}`);
  // Its stage written as a level-1 heading (`# Project Closure`, which missing-stage-section
  // reports with its fix): under that heading, beside the stage's other registers.
  const shallow = home ? sectionAtOtherLevel(plan, home) : undefined;
  if (shallow && shallow.depth === 1) return insertAt(plan, endUnder(plan, shallow), `${eol}${eol}${body}`);
  if (home) {
    const heading = `## ${SECTION_SPECS.find((s) => s.kind === home)!.title}`;
    return sectionInsert(plan, home, `${heading}${eol}${eol}${body}`);
  }
  return insertAt(plan, plan.text.length, endJoin(plan, eol) + body + eol);
}

/**
 * A fix for a Status log written in another order than newest first: sorts its rows newest first
 * (rows of one date keep their order) when every row's date can be read, else moves `newest` (the
 * newest row with a readable date) to the top. Rows move as whole lines, a disable comment after
 * the last cell with them. None for a log split into several tables.
 */
export function statusLogOrderFix(plan: Plan, newest: Row): Fix | undefined {
  // A log split into several tables (a quarter each) is not sorted across them: rows would move
  // under another table's label.
  if (plan.register('statusLog')?.table?.parts) return undefined;
  const rows = plan.rows('statusLog');
  const lines = plan.lines;
  const dated: { row: Row; date: IsoDate }[] = [];
  for (const row of rows) {
    const date = cellValue(row, 'date', readDate);
    if (date && date !== UNREADABLE) dated.push({ row, date });
  }
  const order =
    dated.length === rows.length
      ? dated.sort((a, b) => compareText(b.date, a.date) || a.row.index - b.row.index).map((d) => d.row)
      : [newest, ...rows.filter((r) => r !== newest)];
  const first = rows[0]!.range.start.line;
  const last = rows[rows.length - 1]!.range.start.line;
  return {
    title:
      dated.length === rows.length
        ? 'Sort the Status log newest first'
        : `Move the ${newest.value('date') ?? 'newest'} entry to the top of the Status log`,
    edits: [
      {
        range: { start: { line: first, character: 0 }, end: lines.positionAt(lines.lineEnd(last)) },
        newText: order.map((r) => lines.lineText(r.range.start.line)).join(lines.eol()),
      },
    ],
    isPreferred: true,
  };
}

/**
 * A fix renaming a heading to register `kind`'s own name at level 3, keeping its numbering
 * (`### 2.1 Key Milestones` → `### 2.1 Milestones`): for a heading that likely means a register
 * the plan lacks (nearMissHeading.ts). Not safe for `--fix`: only the author knows it is meant.
 */
export function renameHeadingFix(heading: Heading, kind: RegisterKind): Fix {
  const title = registerSpec(kind).title;
  const numbering = LEADING_NUMBERING.exec(heading.text)?.[0].trim();
  return {
    title: `Rename the heading to "${title}"`,
    edits: [{ range: heading.range, newText: `### ${numbering ? `${numbering} ` : ''}${title}` }],
    isPreferred: true,
  };
}

/** The edit that gives a heading `depth` `#` marks, replacing only its marks. */
function headingMarksEdit(h: Heading, depth: number): TextEdit {
  return {
    range: { start: h.range.start, end: { line: h.range.start.line, character: h.range.start.character + h.depth } },
    newText: '#'.repeat(depth),
  };
}

/** A fix moving register headings written deeper than level 3 up to it, their names kept. */
export function registerHeadingsUpFix(title: string, headings: readonly Heading[], isPreferred: boolean): Fix {
  return { title, edits: headings.map((h) => headingMarksEdit(h, 3)), isPreferred };
}

/**
 * A fix moving headings `delta` levels (+1: `#` → `##`), each edit replacing only its `#` marks;
 * no heading goes above level 1 or below level 6.
 */
export function headingLevelFix(title: string, headings: readonly Heading[], delta: number, isPreferred: boolean): Fix {
  return {
    title,
    edits: headings.map((h) => headingMarksEdit(h, Math.min(6, Math.max(1, h.depth + delta)))),
    isPreferred,
  };
}

/**
 * A fix inserting a stage section with the registers the plan lacks, in stage order. Not
 * preferred when one of them would be a finding at the plan's stage (`fill.unsettled`).
 */
export function insertSectionFix(plan: Plan, kind: SectionKind, fill?: TemplateFill): Fix {
  const text = sectionTemplate(kind, { eol: plan.lines.eol(), fill });
  const written = sectionRegisters(kind).filter((k) => !fill?.skip?.includes(k));
  return {
    title: `Add the ${SECTION_SPECS.find((s) => s.kind === kind)!.title} section`,
    edits: [sectionInsert(plan, kind, text)],
    isPreferred: !written.some((k) => fill?.unsettled?.includes(k)),
  };
}

/** The findings without their fixes, for a consumer that will never apply them. */
export function stripFixes(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => (f.fixes ? { ...f, fixes: undefined } : f));
}

/**
 * Rows (header first) as the lines of a GFM table a fix writes: the header, its `| --- |` row,
 * then the rest; an empty cell as `| |`.
 */
export function markdownTableLines(rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `|${cells.map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`;
  const [header, ...body] = rows;
  return [line(header!), `|${' --- |'.repeat(header!.length)}`, ...body.map(line)];
}
