/**
 * Quick fixes: every fix a rule attached to its finding, plus actions any finding gets (disable
 * the rule for the line, waive the finding) and "add this person as a stakeholder" for an unknown
 * person reference. Edits are minimal insertions: the rest of the file is never reformatted.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Plan } from '../engine/model.js';
import { locate, PERSON_COLUMNS, PERSON_KEYS } from '../engine/positions.js';
import { columnKeyFor, registerSpec } from '../engine/schema.js';
import { registerTemplate } from '../engine/templates.js';
import { addDays } from '../engine/text.js';
import type { Finding, Range, TextEdit } from '../engine/types.js';
import { DIAGNOSTIC_SOURCE, sameRange, toLspRange } from './toLsp.js';

export interface CodeActionInput {
  readonly uri: string;
  readonly version: number | undefined;
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  /** Diagnostics the client sent in the request's context. */
  readonly diagnostics: readonly Diagnostic[];
  readonly asOf: string;
  /** Whether the client takes versioned `documentChanges`. */
  readonly documentChanges: boolean;
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const out: CodeAction[] = [];
  for (const diagnostic of input.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
    const finding = input.findings.find(
      (f) => f.rule === diagnostic.code && sameRange(f.range, diagnostic.range) && f.message === diagnostic.message,
    );
    if (!finding) continue;
    for (const fix of finding.fixes ?? []) {
      out.push(action(input, fix.title, fix.edits, diagnostic, fix.isPreferred === true));
    }
    const person = unknownPersonAction(input, finding, diagnostic);
    if (person) out.push(person);
    const disable = disableEdits(input.plan, finding.range.start.line, finding.rule);
    if (disable) out.push(action(input, disable.title, disable.edits, diagnostic, false));
    if (finding.target) {
      out.push(
        action(
          input,
          `Add a waiver for ${finding.target}`,
          waiverEdits(input.plan, finding.rule, finding.target, input.asOf),
          diagnostic,
          false,
        ),
      );
    }
  }
  return out;
}

function action(
  input: CodeActionInput,
  title: string,
  edits: readonly TextEdit[],
  diagnostic: Diagnostic,
  isPreferred: boolean,
): CodeAction {
  const lspEdits: LspTextEdit[] = edits.map((e) => ({ range: toLspRange(e.range), newText: e.newText }));
  const a: CodeAction = {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: input.documentChanges
      ? { documentChanges: [{ textDocument: { uri: input.uri, version: input.version ?? null }, edits: lspEdits }] }
      : { changes: { [input.uri]: lspEdits } },
  };
  if (isPreferred) a.isPreferred = true;
  return a;
}

function insertAtOffset(plan: Plan, offset: number, newText: string): TextEdit {
  const p = plan.lines.positionAt(offset);
  return { range: { start: p, end: p }, newText };
}

function insertAtLineEnd(plan: Plan, line: number, newText: string): TextEdit {
  return insertAtOffset(plan, plan.lines.lineEnd(line), newText);
}

/** Rules that are not engine rules (host notices) cannot be disabled by a comment. */
const NOT_DISABLEABLE = new Set(['file-too-large']);

/**
 * `<!-- handoff-disable-next-line RULE -->` above the line; on a table row,
 * `<!-- handoff-disable-line RULE -->` after its last cell, where GFM ignores it as an excess cell
 * (a comment line inside a table would end it), so exactly that row is silenced. Front matter
 * cannot hold HTML comments: none is offered there (a waiver can name the key).
 */
export function disableEdits(plan: Plan, line: number, rule: string): { title: string; edits: TextEdit[] } | undefined {
  if (NOT_DISABLEABLE.has(rule)) return undefined;
  const fm = plan.frontMatter;
  if (fm.present && line <= fm.range.end.line) return undefined;
  const eol = plan.lines.eol();
  const table = plan.registers
    .map((r) => r.table)
    .find((t) => t && line >= t.range.start.line && line <= t.range.end.line);
  // A body row (an extra cell in the header or delimiter row would break the table).
  if (table && line > table.headerRange.start.line + 1) {
    const text = plan.lines.lineText(line).trimEnd();
    const end = plan.lines.lineStart(line) + text.length;
    // After the closing pipe; a row without one gets it, so the comment is a cell of its own.
    const sep = text.endsWith('|') && !text.endsWith('\\|') ? ' ' : ' | ';
    return {
      title: `Disable ${rule} on this row`,
      edits: [insertAtOffset(plan, end, `${sep}<!-- handoff-disable-line ${rule} -->`)],
    };
  }
  // A table's header line: the comment goes on the line above the table, which it does not end.
  const target = table ? table.headerRange.start.line : line;
  const indent = /^[ \t]*/.exec(plan.lines.lineText(target))![0];
  return {
    title: `Disable ${rule} for this line`,
    edits: [
      insertAtOffset(plan, plan.lines.lineStart(target), `${indent}<!-- handoff-disable-next-line ${rule} -->${eol}`),
    ],
  };
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** Where text appended at the end of the document starts (a blank line before it). */
function appendAtEnd(plan: Plan, block: string): TextEdit {
  const eol = plan.lines.eol();
  const t = plan.text;
  const lead = t.length === 0 ? '' : /(\r?\n){2}$/.test(t) ? '' : /\r?\n$/.test(t) ? eol : eol + eol;
  return insertAtOffset(plan, t.length, `${lead}${block}${eol}`);
}

/**
 * A `## Waivers` row for the finding's target. The approver is left empty on purpose: only the
 * person who approves may fill it, and until then waiver-invalid reports the waiver.
 */
export function waiverEdits(plan: Plan, rule: string, target: string, asOf: string): TextEdit[] {
  const eol = plan.lines.eol();
  const values: Record<string, string> = {
    rule,
    target,
    reason: 'Why this finding is acceptable',
    approvedBy: '',
    expires: addDays(asOf, 90),
  };
  const register = plan.register('waivers');
  const table = register?.table;
  if (table) {
    const cells = table.headers.map((_, i) => values[table.columnKeys[i] ?? ''] ?? '');
    return [insertAtLineEnd(plan, table.range.end.line, eol + tableRow(cells))];
  }
  const template = registerTemplate('waivers', { eol: '\n' }).split('\n');
  const headerLine = template.find((l) => l.startsWith('|'))!;
  const spec = registerSpec('waivers');
  const headers = headerLine
    .split('|')
    .slice(1, -1)
    .map((h) => h.trim());
  const row = tableRow(headers.map((h) => values[columnKeyFor(spec, h) ?? ''] ?? ''));
  const tableText = [headerLine, tableRow(headers.map(() => '---')), row].join(eol);
  if (register) {
    return [insertAtLineEnd(plan, register.heading.range.end.line, eol + eol + tableText)];
  }
  return [appendAtEnd(plan, `## ${spec.title}${eol}${eol}${tableText}`)];
}

/** The next free stakeholder ID, in the style of the existing ones (`S-07` after `S-06`). */
export function nextStakeholderId(plan: Plan): string {
  const prefixes = new Map<string, number>();
  let max = 0;
  let width = 2;
  for (const row of plan.rows('stakeholders')) {
    const m = /^([A-Za-z]+)-(\d+)$/.exec(row.id ?? '');
    if (!m) continue;
    prefixes.set(m[1]!, (prefixes.get(m[1]!) ?? 0) + 1);
    max = Math.max(max, Number(m[2]));
    width = Math.max(width, m[2]!.length);
  }
  const prefix =
    [...prefixes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? registerSpec('stakeholders').idPrefix ?? 'S';
  return `${prefix}-${String(max + 1).padStart(width, '0')}`;
}

/** A Stakeholders row for a person the plan names but does not list. */
export function addStakeholderEdits(plan: Plan, name: string): TextEdit[] | undefined {
  const table = plan.register('stakeholders')?.table;
  if (!table) return undefined;
  const eol = plan.lines.eol();
  const isHandle = name.startsWith('@');
  const hasHandleColumn = table.columnKeys.includes('handle');
  const values: Record<string, string> = {
    id: nextStakeholderId(plan),
    name: isHandle && hasHandleColumn ? '' : name,
    handle: isHandle ? name : '',
  };
  const cells = table.headers.map((_, i) => values[table.columnKeys[i] ?? ''] ?? '');
  return [insertAtLineEnd(plan, table.range.end.line, eol + tableRow(cells))];
}

/** The person reference a finding stands on, if it names nobody in the Stakeholders table. */
export function unknownPersonAt(plan: Plan, range: Range): string | undefined {
  const loc = locate(plan, range.start);
  let name: string | undefined;
  if (loc.kind === 'cell') {
    const personColumn = loc.columnKey !== undefined && PERSON_COLUMNS[loc.register.kind]?.includes(loc.columnKey);
    const raciHeader = loc.register.kind === 'responsibilities' && loc.isHeader && loc.columnKey === undefined;
    if ((personColumn && !loc.isHeader) || raciHeader) name = (loc.cell?.text ?? loc.word.text).trim();
  } else if (loc.kind === 'frontMatterValue' && PERSON_KEYS.includes(loc.key) && loc.subKey === undefined) {
    const v = plan.frontMatter.entries.get(loc.key);
    name = v?.kind === 'scalar' && typeof v.value === 'string' ? v.value.trim() : undefined;
  }
  if (!name || /[|\n]/.test(name) || name.length > 200 || plan.person(name)) return undefined;
  return name;
}

function unknownPersonAction(input: CodeActionInput, finding: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  if (finding.rule !== 'unresolved-reference' && finding.rule !== 'missing-core-role') return undefined;
  const name = unknownPersonAt(input.plan, finding.range);
  if (!name) return undefined;
  const edits = addStakeholderEdits(input.plan, name);
  return edits ? action(input, `Add ${name} as a stakeholder`, edits, diagnostic, false) : undefined;
}
