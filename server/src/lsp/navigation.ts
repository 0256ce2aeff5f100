/**
 * Navigation: outline (stages → registers → rows and `#### H-01` checklists), folding, workspace
 * symbols (plans), and definition / references / rename for the row IDs of every register that
 * has them (stakeholders, risks, milestones, issues, corrective actions, handovers, decisions …)
 * within a plan and for plan ids across the workspace.
 */
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type Position,
  type SymbolInformation,
} from 'vscode-languageserver';
import { sourceOf } from '../engine/lines.js';
import type { Checklist, Plan, Register, Row } from '../engine/model.js';
import {
  idMentions,
  idOccurrences,
  idTokenAt,
  locate,
  PERSON_COLUMNS,
  PERSON_KEYS,
  rowById,
} from '../engine/positions.js';
import { entryColumn, sectionSpec, type RegisterKind } from '../engine/schema.js';
import { normalizeHeading } from '../engine/text.js';
import type { PlanSummary } from '../engine/summary.js';
import type { Range } from '../engine/types.js';
import { ROW_KINDS } from './rename.js';
import { toLspRange } from './toLsp.js';

// ---------------------------------------------------------------------------------------------
// Outline and folding

/**
 * The column a row's outline entry shows beside its name: what the entry is (a risk's Risk, an
 * assumption's Statement, a status entry's Summary), else the first known column after the name.
 * A handover is known by its receiving process.
 */
function detailColumn(register: Register): number {
  const keys = register.table?.columnKeys ?? [];
  const entry = register.kind === 'handovers' ? 'process' : entryColumn(register.spec)?.key;
  const at = entry === undefined ? -1 : keys.indexOf(entry);
  if (at > 0) return at;
  return keys.findIndex((k, i) => i > 0 && k !== 'id' && k !== undefined);
}

function rowSymbol(row: Row, detailAt: number): DocumentSymbol {
  const name = row.id ?? row.cells[0]?.text ?? `row ${row.index + 1}`;
  const detail = detailAt >= 0 ? row.cells[detailAt]?.text : undefined;
  return {
    name: name || `row ${row.index + 1}`,
    detail: detail?.slice(0, 120),
    kind: SymbolKind.Field,
    range: toLspRange(row.range),
    selectionRange: toLspRange(row.cells[0]?.range ?? row.range),
  };
}

/** The range of a `#### H-01 …` acceptance checklist: its heading to its last item. */
function checklistRange(checklist: Checklist): Range {
  const last = checklist.items[checklist.items.length - 1];
  return { start: checklist.heading.range.start, end: last ? last.range.end : checklist.heading.range.end };
}

function checklistSymbol(checklist: Checklist): DocumentSymbol {
  return {
    name: checklist.heading.text,
    kind: SymbolKind.Event,
    range: toLspRange(checklistRange(checklist)),
    selectionRange: toLspRange(checklist.heading.textRange),
  };
}

function registerSymbol(register: Register): DocumentSymbol {
  const detailAt = detailColumn(register);
  const children = (register.table?.rows ?? []).map((r) => rowSymbol(r, detailAt));
  // A checklist read into a register split over several headings may stand outside this one.
  const checklists = [...register.checklists.values()].filter((c) => within(checklistRange(c), register.range));
  children.push(...checklists.map(checklistSymbol));
  return {
    name: register.heading.text || register.spec.title,
    detail: canonicalName(register.heading.text, register.spec.title),
    kind: SymbolKind.Array,
    range: toLspRange(register.range),
    selectionRange: toLspRange(register.heading.textRange),
    children,
  };
}

/**
 * A stage or register headed another way than its name (`1.3 Risk register`, `3.1 Highlight
 * reports`, `## 1. Initiation`): its name, beside the heading in the outline. None where the
 * heading is the name, numbered or not.
 */
function canonicalName(heading: string, title: string): string | undefined {
  return heading && normalizeHeading(heading) !== normalizeHeading(title) ? title : undefined;
}

function within(inner: Range, outer: Range): boolean {
  return inner.start.line >= outer.start.line && inner.end.line <= outer.end.line;
}

export function documentSymbols(plan: Plan): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const placed = new Set<Register>();
  for (const section of plan.sections) {
    const registers = plan.registers.filter((r) => r.heading.depth > 2 && within(r.heading.range, section.range));
    registers.forEach((r) => placed.add(r));
    out.push({
      name: section.heading.text,
      detail: canonicalName(section.heading.text, sectionSpec(section.kind).title),
      kind: SymbolKind.Namespace,
      range: toLspRange(section.range),
      selectionRange: toLspRange(section.heading.textRange),
      children: registers.map(registerSymbol),
    });
  }
  for (const r of plan.registers) if (!placed.has(r)) out.push(registerSymbol(r));
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

export function foldingRanges(plan: Plan): FoldingRange[] {
  const out: FoldingRange[] = [];
  const fm = plan.frontMatter;
  if (fm.present && fm.range.end.line > fm.range.start.line) {
    out.push({ startLine: fm.range.start.line, endLine: fm.range.end.line, kind: FoldingRangeKind.Region });
  }
  for (const s of plan.sections) {
    if (s.range.end.line > s.range.start.line) out.push({ startLine: s.range.start.line, endLine: s.range.end.line });
  }
  for (const r of plan.registers) {
    if (r.range.end.line > r.range.start.line) out.push({ startLine: r.range.start.line, endLine: r.range.end.line });
    for (const c of r.checklists.values()) {
      const { start, end } = checklistRange(c);
      if (end.line > start.line) out.push({ startLine: start.line, endLine: end.line });
    }
  }
  return out;
}

export function workspaceSymbols(summaries: readonly PlanSummary[], query: string, limit = 500): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const s of summaries) {
    const name = s.id ?? s.title;
    if (!name) continue;
    const hay = `${s.id ?? ''} ${s.title ?? ''}`.toLowerCase();
    if (q && !hay.includes(q)) continue;
    const range = s.idRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    out.push({
      name: s.id && s.title ? `${s.id} ${s.title}` : name,
      kind: SymbolKind.File,
      location: { uri: s.uri, range: toLspRange(range) },
      containerName: s.service,
    });
    if (out.length >= limit) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Symbols under the cursor

export type SymbolTarget =
  | {
      readonly kind: 'row';
      readonly register: RegisterKind;
      readonly id: string;
      readonly row: Row;
      readonly range: Range;
      readonly isIdText: boolean;
    }
  | { readonly kind: 'plan'; readonly id: string; readonly range: Range };

function rowTarget(plan: Plan, token: { text: string; range: Range }): SymbolTarget | undefined {
  for (const kind of ROW_KINDS) {
    const row = rowById(plan, kind, token.text);
    if (row?.id) return { kind: 'row', register: kind, id: row.id, row, range: token.range, isIdText: true };
  }
  return undefined;
}

/** A front-matter scalar's range without the quotes it is written in (`"@a.ng"` → `@a.ng`). */
export function unquoted(plan: Plan, range: Range): Range {
  if (range.start.line !== range.end.line) return range;
  const m = /^(["'])(.*)\1$/s.exec(sourceOf(plan, range));
  if (!m) return range;
  const { line, character } = range.start;
  return { start: { line, character: character + 1 }, end: { line, character: character + 1 + m[2]!.length } };
}

/** The row ID (of any register with IDs) or plan id at a position, if any. */
export function symbolAt(plan: Plan, pos: Position): SymbolTarget | undefined {
  const loc = locate(plan, pos);
  if (loc.kind === 'frontMatterValue') {
    const v = loc.value;
    const text = v?.kind === 'scalar' ? String(v.value).trim() : '';
    if (!v || !text) return undefined;
    if ((loc.key === 'id' || loc.key === 'depends_on') && loc.subKey === undefined) {
      return { kind: 'plan', id: text, range: unquoted(plan, v.range) };
    }
    if (PERSON_KEYS.includes(loc.key)) {
      const row = plan.person(text);
      if (row?.id) {
        return {
          kind: 'row',
          register: 'stakeholders',
          id: row.id,
          row,
          range: unquoted(plan, v.range),
          isIdText: row.id.toLowerCase() === text.toLowerCase(),
        };
      }
    }
    return undefined;
  }
  if (loc.kind === 'cell') {
    const token = idTokenAt(plan, pos);
    const byId = token ? rowTarget(plan, token) : undefined;
    if (byId) return byId;
    const personColumn = loc.columnKey !== undefined && PERSON_COLUMNS[loc.register.kind]?.includes(loc.columnKey);
    const raciHeader = loc.register.kind === 'responsibilities' && loc.isHeader && loc.columnKey === undefined;
    if ((personColumn && !loc.isHeader) || raciHeader) {
      const row = plan.person(loc.cell?.text ?? loc.word.text);
      if (row?.id)
        return { kind: 'row', register: 'stakeholders', id: row.id, row, range: loc.word.range, isIdText: false };
    }
    return undefined;
  }
  if (loc.kind === 'other' || loc.kind === 'heading') {
    const token = idTokenAt(plan, pos);
    return token ? rowTarget(plan, token) : undefined;
  }
  return undefined;
}

export function definition(plan: Plan, pos: Position, summaries: readonly PlanSummary[]): Location[] {
  const target = symbolAt(plan, pos);
  if (!target) return [];
  if (target.kind === 'row') {
    const cell = target.row.cell('id');
    return [{ uri: plan.uri, range: toLspRange(cell?.range ?? target.row.range) }];
  }
  return summaries
    .filter((s) => s.id === target.id && s.idRange)
    .map((s) => ({ uri: s.uri, range: toLspRange(s.idRange!) }));
}

/** Where a stakeholder is referred to by name or handle (not by ID) in person cells and keys. */
function personMentions(plan: Plan, row: Row): Range[] {
  const out: Range[] = [];
  for (const [kind, columns] of Object.entries(PERSON_COLUMNS) as [RegisterKind, readonly string[]][]) {
    for (const r of plan.rows(kind)) {
      for (const column of columns) {
        const cell = r.cell(column);
        if (cell && !cell.empty && plan.person(cell.text) === row) out.push(cell.range);
      }
    }
  }
  const raci = plan.register('responsibilities')?.table;
  raci?.headers.forEach((h, i) => {
    if (raci.columnKeys[i] === undefined && !h.empty && plan.person(h.text) === row) out.push(h.range);
  });
  for (const key of PERSON_KEYS) {
    const v = plan.frontMatter.entries.get(key);
    if (v?.kind === 'scalar' && typeof v.value === 'string' && plan.person(v.value) === row) {
      out.push(unquoted(plan, v.range));
    }
  }
  return out;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

export function references(
  plan: Plan,
  pos: Position,
  summaries: readonly PlanSummary[],
  includeDeclaration: boolean,
): Location[] {
  const target = symbolAt(plan, pos);
  if (!target) return [];
  if (target.kind === 'row') {
    const decl = target.row.cell('id')?.range;
    const ranges = idOccurrences(plan, target.id);
    // Prose mentions too (`Note: M-03 moved`), though a rename leaves them (see `proseMention`).
    for (const r of idMentions(plan, target.id)) if (!ranges.some((x) => overlaps(x, r))) ranges.push(r);
    if (target.register === 'stakeholders') {
      for (const r of personMentions(plan, target.row)) if (!ranges.some((x) => overlaps(x, r))) ranges.push(r);
    }
    return ranges
      .filter((r) => includeDeclaration || !decl || !overlaps(r, decl))
      .sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character)
      .map((r) => ({ uri: plan.uri, range: toLspRange(r) }));
  }
  const out: Location[] = [];
  const want = target.id.toLowerCase();
  for (const s of summaries) {
    if (includeDeclaration && s.id?.toLowerCase() === want && s.idRange)
      out.push({ uri: s.uri, range: toLspRange(s.idRange) });
    for (const d of s.dependsOn) if (d.id.toLowerCase() === want) out.push({ uri: s.uri, range: toLspRange(d.range) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rename

export interface RenameTarget {
  readonly range: Range;
  readonly placeholder: string;
}

/**
 * A row ID (of any register that has IDs) or a plan id, where it is written, can be renamed; a
 * stakeholder named by name or role cannot (the rename would rewrite the ID, not the name).
 */
export function prepareRename(plan: Plan, pos: Position): RenameTarget | undefined {
  const target = symbolAt(plan, pos);
  if (!target) return undefined;
  if (target.kind === 'plan') return { range: target.range, placeholder: target.id };
  if (target.isIdText && !proseMention(plan, target)) return { range: target.range, placeholder: target.id };
  return undefined;
}

/**
 * Whether a row ID under the cursor is one a rename of it would leave as it is: a rename edits the
 * ID where tables, checklist headings and the front matter write it, not in prose.
 */
function proseMention(plan: Plan, target: Extract<SymbolTarget, { kind: 'row' }>): boolean {
  const { start } = target.range;
  return !idOccurrences(plan, target.id).some(
    (r) => r.start.line === start.line && r.start.character === start.character,
  );
}

/** Why a row ID at the position cannot be renamed from there, for the message the editor shows. */
export function renameRefusal(plan: Plan, pos: Position): string | undefined {
  const target = symbolAt(plan, pos);
  if (target?.kind !== 'row' || !target.isIdText || !proseMention(plan, target)) return undefined;
  const line = (target.row.cell('id')?.range ?? target.row.range).start.line + 1;
  return `${target.id} is mentioned here in text, which a rename does not change: rename it from its ID cell (line ${line}) or a table naming it, and edit this mention yourself.`;
}

/** What a plan id or a row ID may be renamed to (the plan-id shape, domain.ts; rename.ts is stricter for rows). */
export { isPlanId as isValidId } from '../engine/domain.js';

/** Edits renaming a row ID in its plan (any register: the name is kept for the handler). */
export { renameRowEdits, renamePlanEdits } from './rename.js';
