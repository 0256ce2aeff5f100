/**
 * Rename of a row ID (of any register that has IDs) within its plan and of a plan id across the
 * workspace: the edits, and the refusals. A new ID another row or plan already has is refused, as
 * every reference to it would then name two rows (or plans).
 */
import { ResponseError } from 'vscode-languageserver';
import { dominantPrefix, isRowId, nextFreeId, ROW_ID, rowIdKey } from '../engine/domain.js';
import type { Plan, Row } from '../engine/model.js';
import { idOccurrences, rowById } from '../engine/positions.js';
import { entryColumn, REGISTER_SPECS, registerSpec, type RegisterKind } from '../engine/schema.js';
import type { PlanSummary } from '../engine/summary.js';
import type { Range, TextEdit } from '../engine/types.js';

/** LSP `RequestFailed`: what the client shows the user when a rename is refused. */
const REFUSED = -32803;

/** Registers whose rows have IDs (`idPrefix`), stakeholders first. */
export const ROW_KINDS: readonly RegisterKind[] = [
  'stakeholders',
  ...REGISTER_SPECS.filter((s) => s.idPrefix && s.kind !== 'stakeholders').map((s) => s.kind),
];

/** The register and row an ID defines (the first register in ROW_KINDS order, as navigation finds it). */
export function rowDefining(plan: Plan, id: string): { kind: RegisterKind; row: Row } | undefined {
  for (const kind of ROW_KINDS) {
    const row = rowById(plan, kind, id);
    if (row?.id) return { kind, row };
  }
  return undefined;
}

/** Who or what a row is, for a message: a stakeholder's name, else the row's entry text and register. */
function rowLabel(kind: RegisterKind, row: Row): string {
  const spec = registerSpec(kind);
  if (kind === 'stakeholders') return row.value('name') || row.id || 'a stakeholder';
  const entryKey = entryColumn(spec)?.key;
  const entry =
    (entryKey ? row.value(entryKey) : undefined) || row.cells.find((c) => !c.empty && c.text !== row.id)?.text;
  return entry ? `"${entry}" in ${spec.title}` : `a row of ${spec.title}`;
}

/** The other row whose ID compares equal to `newName` (case and leading zeros aside), if any. */
function rowHolding(plan: Plan, newName: string, own: Row): { kind: RegisterKind; row: Row } | undefined {
  const key = rowIdKey(newName);
  for (const kind of ROW_KINDS) {
    const row = plan.rows(kind).find((r) => r !== own && r.id !== undefined && rowIdKey(r.id) === key);
    if (row) return { kind, row };
  }
  return undefined;
}

/**
 * Edits renaming a row ID in its plan: the ID cell and every place the plan's tables, checklist
 * headings and front matter write it (the references `find references` returns). Throws a
 * ResponseError when the new ID is another row's, or (outside Stakeholders, whose IDs may be any
 * plan-id shape) is no row ID (`M-09`) the plan's links, dependencies and waivers can name.
 */
export function renameRowEdits(plan: Plan, id: string, newName: string): TextEdit[] {
  const defined = rowDefining(plan, id);
  if (defined) {
    const { kind, row } = defined;
    const ownIds = plan.rows(kind).map((r) => r.id);
    const prefix = dominantPrefix(ownIds, registerSpec(kind).idPrefix ?? 'S');
    if (kind !== 'stakeholders' && !isRowId(newName)) {
      throw new ResponseError(
        REFUSED,
        `"${newName}" is not a row ID: links, dependencies and waivers name a ${registerSpec(kind).title} row by a prefix and a number, such as ${nextFreeId(prefix, ownIds)}.`,
      );
    }
    const taken = rowHolding(plan, newName, row);
    if (taken) {
      const allIds = ROW_KINDS.flatMap((k) => plan.rows(k).map((r) => r.id));
      const free = nextFreeId(ROW_ID.exec(newName)?.[1] ?? prefix, allIds);
      const both = kind === 'stakeholders' && taken.kind === 'stakeholders' ? 'two people' : 'two rows';
      throw new ResponseError(
        REFUSED,
        `${newName} is already the ID of ${rowLabel(taken.kind, taken.row)}: renaming ${id} to it would make every reference to ${newName} point at ${both}. Choose a free ID, such as ${free}.`,
      );
    }
  }
  return idOccurrences(plan, id).map((range) => ({ range, newText: newName }));
}

/** A free plan id like `taken` (`TP-B-003` when `TP-B-002` and `TP-B-001` are used), if it ends in a number. */
function freePlanIdLike(taken: string, summaries: readonly PlanSummary[]): string | undefined {
  const m = /^(.*?)(\d+)$/.exec(taken);
  if (!m) return undefined;
  const prefix = m[1]!;
  let max = 0;
  let width = m[2]!.length;
  for (const s of summaries) {
    if (!s.id || s.id.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) continue;
    const digits = s.id.slice(prefix.length);
    if (!/^\d+$/.test(digits)) continue;
    max = Math.max(max, Number(digits));
    width = Math.max(width, digits.length);
  }
  return `${prefix}${String(max + 1).padStart(width, '0')}`;
}

/** Name of a plan file for a message: its title, else the file name. */
function planName(s: PlanSummary): string {
  return s.title ? `"${s.title}"` : decodeURIComponent(s.uri.slice(s.uri.lastIndexOf('/') + 1));
}

/**
 * Edits renaming a plan id everywhere: its `id:` value and every `depends_on` naming it, keeping
 * the quotes the value was written with. `textAt` gives each file's current text so a range that
 * no longer holds the old id (a stale index) is skipped rather than corrupted. Throws a
 * ResponseError when another plan of the workspace already has the new id.
 */
export function renamePlanEdits(
  summaries: readonly PlanSummary[],
  id: string,
  newName: string,
  textAt: (uri: string, range: Range) => string | undefined,
): Map<string, TextEdit[]> {
  const want = id.toLowerCase();
  const fresh = newName.toLowerCase();
  const other = fresh === want ? undefined : summaries.find((s) => s.id?.toLowerCase() === fresh);
  if (other) {
    const free = freePlanIdLike(newName, summaries);
    throw new ResponseError(
      REFUSED,
      `${newName} is already the id of ${planName(other)}: renaming ${id} to it would make every depends_on naming ${newName} point at two plans. Choose a free id${free ? `, such as ${free}` : ''}.`,
    );
  }
  const out = new Map<string, TextEdit[]>();
  const add = (uri: string, range: Range): void => {
    const current = textAt(uri, range);
    if (current === undefined) return;
    const m = /^(["']?)(.*?)\1$/.exec(current.trim());
    if (!m || m[2]!.trim().toLowerCase() !== want) return;
    const list = out.get(uri) ?? [];
    list.push({ range, newText: `${m[1]}${newName}${m[1]}` });
    out.set(uri, list);
  };
  for (const s of summaries) {
    if (s.id?.toLowerCase() === want && s.idRange) add(s.uri, s.idRange);
    for (const d of s.dependsOn) if (d.id.toLowerCase() === want) add(s.uri, d.range);
  }
  return out;
}
