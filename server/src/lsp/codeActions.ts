/**
 * Quick fixes: every fix a rule attached to its finding, plus actions any finding gets (disable
 * the rule for the line, waive the finding) and "add this person as a stakeholder" for an unknown
 * person reference. Edits are minimal insertions: the rest of the file is never reformatted.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Command,
  type Diagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { dominantPrefix, nextFreeId } from '../engine/domain.js';
import { BOARD_RULES } from '../engine/control.js';
import { applyEdits, fixAll } from '../engine/fix.js';
import { mayBeNewStakeholder } from '../engine/newStakeholder.js';
import type { Plan } from '../engine/model.js';
import { locate, PERSON_COLUMNS, PERSON_KEYS } from '../engine/positions.js';
import { columnKeyFor, REGISTER_BY_KIND, registerSpec, targetAsWritten, type RegisterKind } from '../engine/schema.js';
import { registerTemplate } from '../engine/templates.js';
import { startFromTemplate } from '../engine/rules/newPlan.js';
import { LineIndex } from '../engine/lines.js';
import { addDays } from '../engine/isoDate.js';
import type { Finding, Fix, Range, TabStop, TextEdit } from '../engine/types.js';
import { DIAGNOSTIC_SOURCE, diagnosticFindingKey, findingKey, sameRange, toLspRange } from './toLsp.js';
import { columnPrompt } from '../engine/placeholders.js';

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
  /**
   * The client command that, once a fix's edit is applied, replaces a range with a snippet
   * (`uri`, `range`, `snippet`), when the client has one: LSP 3.17 code actions cannot carry
   * snippets, so the edit writes plain placeholders and this command turns them into tab stops.
   */
  readonly snippetCommand?: string;
  /** The configuration's `parties`: a group, never a person to add as a stakeholder. */
  readonly parties?: readonly string[];
  /** Every plan id of the workspace once all are known (indexing has ended), for new-plan's template. */
  readonly planIds?: () => readonly string[] | undefined;
}

/** The code action kind of "fix all Handoff findings" (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.handoff`;

export function codeActions(input: CodeActionInput): CodeAction[] {
  const out: CodeAction[] = [];
  for (const diagnostic of input.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
    // By the key the published diagnostic carries; a client that drops `data` is matched by fields.
    const key = diagnosticFindingKey(diagnostic);
    const finding = input.findings.find((f) =>
      key !== undefined
        ? findingKey(f) === key
        : f.rule === diagnostic.code && sameRange(f.range, diagnostic.range) && f.message === diagnostic.message,
    );
    if (!finding) continue;
    for (const found of finding.fixes ?? []) {
      // new-plan's template, once every plan id of the workspace is known, takes the next free one.
      const ids = finding.rule === 'new-plan' && !input.plan.meta.id ? input.planIds?.() : undefined;
      const fix = ids ? startFromTemplate(input.plan, input.asOf, ids) : found;
      out.push(
        action(input, fix.title, fix.edits, diagnostic, fix.isPreferred === true, placeholderSnippet(input, fix)),
      );
    }
    const person = unknownPersonAction(input, finding, diagnostic);
    if (person) out.push(person);
    const disable = disableEdits(input.plan, finding.range.start.line, finding.rule);
    if (disable) out.push(action(input, disable.title, disable.edits, diagnostic, false));
    if (finding.target) {
      const waiver = waiverFix(input.plan, finding.rule, finding.target, input.asOf);
      out.push(action(input, waiver.title, waiver.edits, diagnostic, false, placeholderSnippet(input, waiver)));
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
  placeholders?: { range: Range; snippet: string; plain: string },
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
  // A fix that writes placeholders ("What the project does…") is preferred only where the client
  // makes them tab stops: elsewhere, applied as the preferred fix, its template text would stand
  // in the plan as if written, and the finding would go.
  if (isPreferred && (!placeholders || input.snippetCommand)) a.isPreferred = true;
  if (placeholders && input.snippetCommand) {
    const command: Command = {
      title: 'Fill in the placeholders',
      command: input.snippetCommand,
      arguments: [input.uri, toLspRange(placeholders.range), placeholders.snippet, placeholders.plain],
    };
    a.command = command;
  }
  return a;
}

/** Escapes literal snippet text (`$`, `}` and `\\` are special). */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Escapes one value of a snippet choice (`,`, `|` and `\\` are special). */
function choiceText(text: string): string {
  return text.replace(/[,|\\$}]/g, (c) => `\\${c}`);
}

/**
 * Where a fix's tab stops land once all its edits are applied, as one range of the new document
 * and the snippet that replaces that range with the same text, its placeholders as tab stops
 * (`${1:text}`) or choices (`${2|S-01,S-03|}`).
 */
export function placeholderSnippet(
  input: Pick<CodeActionInput, 'plan'>,
  fix: Fix,
): { range: Range; snippet: string; plain: string } | undefined {
  const stops = fix.stops ?? [];
  const editIndex = stops[0]?.edit;
  const edit = editIndex === undefined ? undefined : fix.edits[editIndex];
  if (!edit || stops.some((t) => t.edit !== editIndex || t.offset < 0)) return undefined;
  const lines = input.plan.lines;
  const at = lines.offsetAt(edit.range.start);
  // Edits before this one (in document order) shift it by what they add or remove.
  let shift = 0;
  fix.edits.forEach((e, i) => {
    const start = lines.offsetAt(e.range.start);
    if (i !== editIndex && (start < at || (start === at && i < editIndex!)))
      shift += e.newText.length - (lines.offsetAt(e.range.end) - start);
  });
  const ordered = stops.map((t, i) => ({ ...t, n: i + 1 })).sort((a, b) => a.offset - b.offset);
  const first = ordered[0]!.offset;
  const last = Math.max(...ordered.map((t) => t.offset + t.length));
  let snippet = '';
  let pos = first;
  for (const t of ordered) {
    if (t.offset < pos) return undefined; // overlapping stops
    snippet += snippetText(edit.newText.slice(pos, t.offset));
    const text = edit.newText.slice(t.offset, t.offset + t.length);
    snippet += t.choices?.length
      ? `\${${t.n}|${[text, ...t.choices.filter((c) => c !== text)].map(choiceText).join(',')}|}`
      : `\${${t.n}:${snippetText(text)}}`;
    pos = t.offset + t.length;
  }
  snippet += snippetText(edit.newText.slice(pos, last));
  const after = new LineIndex(applyEdits(input.plan.text, fix.edits));
  const from = at + shift;
  const range = { start: after.positionAt(from + first), end: after.positionAt(from + last) };
  return { range, snippet, plain: edit.newText.slice(first, last) };
}

/**
 * "Fix all Handoff findings": every safe fix, re-linted until none is left, as one edit over the
 * lines that change. Undefined when there is nothing to fix.
 */
export function fixAllAction(input: {
  readonly uri: string;
  readonly version: number | undefined;
  readonly text: string;
  readonly lint: (text: string) => readonly Finding[];
  readonly documentChanges: boolean;
}): CodeAction | undefined {
  const result = fixAll(input.text, input.lint);
  if (result.text === input.text) return undefined;
  const before = input.text;
  const after = result.text;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const lines = new LineIndex(before);
  const edit: LspTextEdit = {
    range: { start: lines.positionAt(start), end: lines.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
  const count = result.applied.length;
  return {
    title: `Fix all Handoff findings that have a safe fix (${count})`,
    kind: FIX_ALL_KIND,
    edit: input.documentChanges
      ? { documentChanges: [{ textDocument: { uri: input.uri, version: input.version ?? null }, edits: [edit] }] }
      : { changes: { [input.uri]: [edit] } },
  };
}

function insertAtOffset(plan: Plan, offset: number, newText: string): TextEdit {
  const p = plan.lines.positionAt(offset);
  return { range: { start: p, end: p }, newText };
}

function insertAtLineEnd(plan: Plan, line: number, newText: string): TextEdit {
  return insertAtOffset(plan, plan.lines.lineEnd(line), newText);
}

/** Rules that are not engine rules (host notices) cannot be disabled by a comment. */
const NOT_DISABLEABLE = new Set(['file-too-large', 'too-complex-to-lint']);

/**
 * None for a breach of tolerance (`schedule-slip`, `cost-overrun`): the board accepts it, by a
 * waiver it approves or an Exception decision, and a comment would hide it with nobody's approval
 * (the comment still works when written by hand, as the contract says).
 *
 * `<!-- handoff-disable-next-line RULE -->` above the line; on a table row,
 * `<!-- handoff-disable-line RULE -->` after its last cell, where GFM ignores it as an excess cell
 * (a comment line inside a table would end it), so exactly that row is silenced. Front matter
 * cannot hold HTML comments: none is offered there (a waiver can name the key).
 */
export function disableEdits(plan: Plan, line: number, rule: string): { title: string; edits: TextEdit[] } | undefined {
  if (NOT_DISABLEABLE.has(rule) || BOARD_RULES.has(rule)) return undefined;
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

/** How a waiver target reads to a person: a register or section by its title, else as written. */
export function targetLabel(target: string): string {
  const written = targetAsWritten(target);
  if (written === target) return target;
  return REGISTER_BY_KIND.has(target as RegisterKind) ? `the ${written}` : `the ${written} section`;
}

/** The waiver's reason, selected to be written: until it is, the waiver does not count. */
const WAIVER_REASON = columnPrompt('waivers', 'reason');

/**
 * A `## Waivers` row for the finding's target, with the reason selected to be written and the
 * approver left for the one who approved it to be named: the waiver counts once both are
 * (`waiver-invalid` says what it still lacks). The fix writes no approval nobody gave.
 */
export function waiverFix(plan: Plan, rule: string, target: string, asOf: string): Fix {
  const eol = plan.lines.eol();
  const values: Record<string, string> = {
    rule,
    // A register or section as the plan heads it (`Status log`), not its key.
    target: targetAsWritten(target),
    reason: WAIVER_REASON,
    approvedBy: '',
    expires: addDays(asOf, 90),
  };
  const title = `Waive this finding for ${targetLabel(target)}`;
  /** The fix writing `cells` as the row `edit` ends with (before a line end): its stops in it. */
  const finish = (edit: TextEdit, cells: readonly string[], keys: readonly (string | undefined)[]): Fix => {
    const rowAt = edit.newText.lastIndexOf(tableRow(cells));
    // Cell i starts after the row of the cells before it (`| a | b |`) and a space, as tableRow writes it.
    const cellAt = (i: number) => rowAt + (i === 0 ? 2 : tableRow(cells.slice(0, i)).length + 1);
    const stops: TabStop[] = [];
    const reason = keys.indexOf('reason');
    if (reason >= 0) stops.push({ edit: 0, offset: cellAt(reason), length: WAIVER_REASON.length });
    // The empty Approved by cell is the next stop (completion there offers the stakeholders).
    const approver = keys.indexOf('approvedBy');
    if (approver >= 0) stops.push({ edit: 0, offset: cellAt(approver), length: 0 });
    return { title, edits: [edit], stops: stops.length > 0 ? stops : undefined };
  };
  const register = plan.register('waivers');
  const table = register?.table;
  if (table) {
    const cells = table.headers.map((_, i) => values[table.columnKeys[i] ?? ''] ?? '');
    return finish(insertAtLineEnd(plan, table.range.end.line, eol + tableRow(cells)), cells, table.columnKeys);
  }
  const template = registerTemplate('waivers', { eol: '\n' }).split('\n');
  const headerLine = template.find((l) => l.startsWith('|'))!;
  const spec = registerSpec('waivers');
  const headers = headerLine
    .split('|')
    .slice(1, -1)
    .map((h) => h.trim());
  const keys = headers.map((h) => columnKeyFor(spec, h));
  const cells = keys.map((k) => values[k ?? ''] ?? '');
  const tableText = [headerLine, tableRow(headers.map(() => '---')), tableRow(cells)].join(eol);
  if (register) {
    return finish(insertAtLineEnd(plan, register.heading.range.end.line, eol + eol + tableText), cells, keys);
  }
  return finish(appendAtEnd(plan, `## ${spec.title}${eol}${eol}${tableText}`), cells, keys);
}

/** The next free stakeholder ID, in the style of the existing ones (`S-07` after `S-06`). */
function nextStakeholderId(plan: Plan): string {
  const ids = plan.rows('stakeholders').map((row) => row.id);
  return nextFreeId(dominantPrefix(ids, registerSpec('stakeholders').idPrefix ?? 'S'), ids);
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
  // A role, a team or party, a board, several people, part of a listed name, `TBC` or a word of
  // another column: no person to add.
  if (!name || !mayBeNewStakeholder(input.plan, name, finding.range, input.parties)) return undefined;
  const edits = addStakeholderEdits(input.plan, name);
  return edits ? action(input, `Add ${name} as a stakeholder`, edits, diagnostic, false) : undefined;
}
