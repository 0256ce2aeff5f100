/**
 * `handoff diff` on a register the change made unread: its heading renamed to one Handoff does not
 * know (`### Risks` → `### Threats and opportunities`), its rows still in the plan. Each of them
 * is not "removed": the register's heading is, once, with the heading now above the rows and the
 * finding lint gives the register's absence. So with a single row moved out of a register still
 * read (a closed risk under `### Closed risks`): it is no longer read, not removed, said with the
 * heading above it. A row whose ID is nowhere in the plan was removed.
 */
import type { Add } from './semanticDiff.js';
import type { PlanStatus } from './statusTypes.js';
import type { Finding } from './types.js';
import { rowIdKey } from './domain.js';
import { milestoneLabel, itemLabel } from './diffLabels.js';
import { registerSpec, type RegisterKind } from './schema.js';
import { registerForHeadingWith, type RegisterAliases } from './headings.js';
import { closesFence, fenceOpenedBy, isTableRowLine, rowCellTexts } from './parse/scanLines.js';

/** The registers whose rows the diff follows by ID: the status's list of each. */
export const ROW_REGISTERS = {
  stakeholders: 'stakeholders',
  risks: 'risks',
  milestones: 'milestones',
  handovers: 'handovers',
  issues: 'issues',
  correctiveActions: 'correctiveActions',
  earlyLifeSupport: 'earlyLifeSupport',
} as const satisfies Partial<Record<keyof PlanStatus, RegisterKind>>;

type RowList = keyof typeof ROW_REGISTERS;
export const ROW_LISTS = Object.keys(ROW_REGISTERS) as RowList[];

export interface UnreadRegister {
  readonly list: RowList;
  /** The before-side's row IDs still written as a table's rows in the after-side's text. */
  readonly ids: readonly string[];
  /** The heading above the first of them (its text, `#` marks and all), if one is. */
  readonly heading: string | undefined;
  /**
   * Set when the register is still read and only this row (`ids` holds it alone) is not: how it is
   * named (`R-05 (Payroll data processed …)`), and whether it was still open (a risk open, a
   * milestone not reached, a handover not accepted, an issue or action open, a criterion not met).
   */
  readonly row?: { readonly label: string; readonly open: boolean };
}

type Row = PlanStatus[RowList][number];

/** A row as the diff names it, and whether it is still open (what its removal would be worse for). */
function rowFacts(r: Row): { label: string; open: boolean } {
  const named = (text: string) => itemLabel(r.id, text);
  if ('risk' in r) return { label: named(r.risk), open: r.open };
  if ('done' in r) return { label: milestoneLabel(r), open: !r.done };
  if ('accepted' in r) return { label: named(r.process), open: !r.accepted };
  if ('state' in r) return { label: named(r.text), open: r.state !== 'closed' };
  if ('criterion' in r) return { label: named(r.criterion), open: r.met !== 'yes' };
  return { label: named(r.name), open: false };
}

/** What a row of each register is called in a sentence. */
const ROW_NOUN: Readonly<Record<RowList, string>> = {
  stakeholders: 'Stakeholder',
  risks: 'Risk',
  milestones: 'Milestone',
  handovers: 'Handover',
  issues: 'Issue',
  correctiveActions: 'Corrective action',
  earlyLifeSupport: 'Early life support exit criterion',
};

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;

/** Each table row's first cell (as `rowIdKey`) in `text`, with the heading above it; code blocks skipped. */
function rowsUnderHeadings(text: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  let heading: string | undefined;
  let fence: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    fence = fenceOpenedBy(line);
    if (fence !== undefined) continue;
    if (ATX_HEADING.test(line)) heading = line.trim().replace(/[ \t]+#+$/, '');
    else if (isTableRowLine(line)) {
      const key = rowIdKey(rowCellTexts(line)[0] ?? '');
      if (key && !out.has(key)) out.set(key, heading);
    }
  }
  return out;
}

/**
 * The registers `b` has rows in and `a` has none, whose rows' IDs are still table rows of
 * `afterText`: read before, not read now.
 */
export function unreadRegisters(b: PlanStatus, a: PlanStatus, afterText: string | undefined): UnreadRegister[] {
  if (afterText === undefined) return [];
  const lists = ROW_LISTS.filter((list) => b[list].length > 0);
  if (lists.length === 0) return [];
  const written = rowsUnderHeadings(afterText);
  const out: UnreadRegister[] = [];
  for (const list of lists) {
    // The rows `a` no longer reads, in the order the plan writes them.
    const still = new Set(a[list].map((r) => rowIdKey(r.id)));
    const had = new Map<string, Row>(
      b[list].filter((r) => r.id && !still.has(rowIdKey(r.id))).map((r) => [rowIdKey(r.id), r]),
    );
    const keys = [...written.keys()].filter((k) => had.has(k));
    if (keys.length === 0) continue;
    if (a[list].length === 0) out.push({ list, ids: keys.map((k) => had.get(k)!.id), heading: written.get(keys[0]!) });
    // The register still read: each row moved out of it, under the heading above it.
    else
      for (const k of keys)
        out.push({ list, ids: [had.get(k)!.id], heading: written.get(k), row: rowFacts(had.get(k)!) });
  }
  return out;
}

/**
 * Why a finding about `target` went, when its row is no longer read (its register's heading not
 * recognised, or the row moved under a heading Handoff does not read): not fixed. Else undefined.
 */
export function notReadReason(unread: readonly UnreadRegister[]): (target: string) => string | undefined {
  const why = new Map<string, string>();
  for (const u of unread)
    for (const id of u.ids)
      why.set(
        id,
        u.row
          ? `No longer read (its row is under ${u.heading ? `"${u.heading}"` : 'no heading'}, not in its register), not fixed`
          : "No longer read (its register's heading is not recognised), not fixed",
      );
  return (target) => why.get(target);
}

/** `b` without the rows of the registers that are no longer read: their rows are not each removed. */
export function withoutUnread(b: PlanStatus, unread: readonly UnreadRegister[]): PlanStatus {
  if (unread.length === 0) return b;
  const out: Record<string, unknown> = { ...b };
  for (const u of unread) {
    const ids = new Set(u.ids);
    out[u.list] = b[u.list].filter((r) => !ids.has(r.id));
  }
  return out as unknown as PlanStatus;
}

export function diffUnreadRegisters(
  unread: readonly UnreadRegister[],
  afterFindings: readonly Finding[],
  add: Add,
  aliases?: RegisterAliases,
): void {
  for (const { list, ids, heading, row } of unread) {
    const spec = registerSpec(ROW_REGISTERS[list]);
    if (row) {
      diffUnreadRow(list, ids[0]!, heading, row, add, aliases);
      continue;
    }
    const rule = spec.missingRule ?? 'missing-register';
    const missing = afterFindings.some((f) => f.rule === rule && f.target === spec.kind);
    const rows = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
    const unread = `so Handoff no longer reads them${missing ? ` and lint reports the register missing (${rule})` : ''}`;
    // Under one of its own names (the configuration's included), it is the table that is not read
    // (its findings say why), not the heading.
    const named = namedFor(heading, aliases) === spec.kind;
    const message = named
      ? `The ${spec.title} register is no longer read: its rows (${rows}) are still in the plan, under "${heading}", but not as a table Handoff reads, ${unread}.`
      : `The ${spec.title} register's heading is no longer recognised: its rows (${rows}) are still in the plan, ${heading ? `under "${heading}", which is not one of its names` : 'under no heading of its names'}, ${unread}. Name the heading "### ${spec.title}" again, or add its text under aliases.registers in .handoff.yaml.`;
    add('register-unread', spec.kind, message, 'worse');
  }
}

/**
 * One row moved out of a register Handoff still reads: no longer read, not removed (worse while it
 * is open: nothing watches it now), with the heading now above it.
 */
function diffUnreadRow(
  list: RowList,
  id: string,
  heading: string | undefined,
  row: NonNullable<UnreadRegister['row']>,
  add: Add,
  aliases: RegisterAliases | undefined,
): void {
  const spec = registerSpec(ROW_REGISTERS[list]);
  const named = namedFor(heading, aliases) === spec.kind;
  const where = named
    ? `under "${heading}", but not in a table Handoff reads as the ${spec.title} register`
    : `under ${heading ? `"${heading}"` : 'no heading'}, which Handoff does not read as the ${spec.title} register`;
  const message = `${ROW_NOUN[list]} ${row.label} is no longer read: its row is still in the plan, ${where}. Keep it in the ${spec.title} table, where its Status keeps its history.`;
  add('row-unread', id, message, row.open ? 'worse' : 'neutral');
}

/** The register a heading as the diff quotes it (`### RAID log`) names, the configuration's aliases included. */
function namedFor(heading: string | undefined, aliases: RegisterAliases | undefined): RegisterKind | undefined {
  return heading === undefined ? undefined : registerForHeadingWith(heading.replace(/^#+/, ''), aliases);
}
