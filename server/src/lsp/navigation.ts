/**
 * Navigation: outline (stages → registers → rows), folding, workspace symbols (plans), and
 * definition / references / rename for the row IDs of every register that has them (stakeholders,
 * risks, milestones, issues, corrective actions, handovers, decisions …) within a plan and for
 * plan ids across the workspace.
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
import type { Plan, Register, Row } from '../engine/model.js';
import { idOccurrences, idTokenAt, locate, PERSON_COLUMNS, PERSON_KEYS, rowById } from '../engine/positions.js';
import type { RegisterKind } from '../engine/schema.js';
import type { PlanSummary } from '../engine/summary.js';
import type { Range } from '../engine/types.js';
import { ROW_KINDS } from './rename.js';
import { toLspRange } from './toLsp.js';

// ---------------------------------------------------------------------------------------------
// Outline and folding

function rowSymbol(row: Row, register: Register): DocumentSymbol {
  const name = row.id ?? row.cells[0]?.text ?? `row ${row.index + 1}`;
  const second = register.table?.columnKeys.findIndex((k, i) => i > 0 && k !== 'id' && k !== undefined) ?? -1;
  const detail = second >= 0 ? row.cells[second]?.text : undefined;
  return {
    name: name || `row ${row.index + 1}`,
    detail: detail?.slice(0, 120),
    kind: SymbolKind.Field,
    range: toLspRange(row.range),
    selectionRange: toLspRange(row.cells[0]?.range ?? row.range),
  };
}

function registerSymbol(register: Register): DocumentSymbol {
  const children = (register.table?.rows ?? []).map((r) => rowSymbol(r, register));
  return {
    name: register.heading.text || register.spec.title,
    kind: SymbolKind.Array,
    range: toLspRange(register.range),
    selectionRange: toLspRange(register.heading.textRange),
    children,
  };
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

/** The row ID (of any register with IDs) or plan id at a position, if any. */
export function symbolAt(plan: Plan, pos: Position): SymbolTarget | undefined {
  const loc = locate(plan, pos);
  if (loc.kind === 'frontMatterValue') {
    const v = loc.value;
    const text = v?.kind === 'scalar' ? String(v.value).trim() : '';
    if (!v || !text) return undefined;
    if ((loc.key === 'id' || loc.key === 'depends_on') && loc.subKey === undefined) {
      return { kind: 'plan', id: text, range: v.range };
    }
    if (PERSON_KEYS.includes(loc.key)) {
      const row = plan.person(text);
      if (row?.id) {
        return {
          kind: 'row',
          register: 'stakeholders',
          id: row.id,
          row,
          range: v.range,
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
    if (v?.kind === 'scalar' && typeof v.value === 'string' && plan.person(v.value) === row) out.push(v.range);
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
  if (target.isIdText) return { range: target.range, placeholder: target.id };
  return undefined;
}

/** What a plan id or a row ID may be renamed to (the plan-id shape, domain.ts; rename.ts is stricter for rows). */
export { isPlanId as isValidId } from '../engine/domain.js';

/** Edits renaming a row ID in its plan (any register: the name is kept for the handler). */
export { renameRowEdits, renamePlanEdits } from './rename.js';
