/**
 * `handoff diff` on a register column the change made unread, or read again: a required column's
 * header renamed to one Handoff does not read (`Status` → `State`, `Decision` → `Outcome`), its
 * values still in the plan. Every row then reads as having no status: no milestone done, no
 * handover accepted, every issue open. That is not what happened to them, and `table-columns`
 * already reports the header. So the rows' values from that column are not compared (the side
 * that does not read it is taken as it is), and a finding on such a row that went is no longer
 * checked, not fixed.
 */
import { rowIdKey } from './domain.js';
import type { Plan } from './model.js';
import { registerSpec, type RegisterKind } from './schema.js';
import type { PlanStatus } from './statusTypes.js';
import { ROW_LISTS, ROW_REGISTERS } from './diffRegisters.js';
import type { GoneWith } from './diffFindings.js';

/** Per register with a table, the keys of its required columns that table has no column for (often none). */
export type UnreadColumns = ReadonlyMap<RegisterKind, ReadonlySet<string>>;

/** The required columns each register table of a plan lacks (as it was parsed, with the configuration's aliases). */
export function unreadColumnsOf(plan: Plan): UnreadColumns {
  const out = new Map<RegisterKind, Set<string>>();
  const seen = new Set<RegisterKind>();
  for (const register of plan.registers) {
    // The first register of a kind is the one read (`Plan.register`).
    const table = register.table;
    if (seen.has(register.kind)) continue;
    seen.add(register.kind);
    if (!table) continue;
    const missing = register.spec.columns.filter((c) => c.required && !table.has(c.key)).map((c) => c.key);
    out.set(register.kind, new Set(missing));
  }
  return out;
}

/** The lists of the status whose rows hold the values of more than one column, compared field by field. */
type FieldList = (typeof ROW_LISTS)[number];

/**
 * The fields of a row view each required column's value makes, derived ones too (a milestone's
 * `overdue` comes from its Status and its Baseline). A column not listed makes none the diff
 * compares (its text, or a field not followed). test/engine/diffColumnsFields.test.ts checks the
 * map against the status on every example and practitioner plan: a new field fails there until
 * it is listed here.
 */
const FIELDS: Readonly<Record<FieldList, Readonly<Record<string, readonly string[]>>>> = {
  stakeholders: { name: ['name'], role: ['role'] },
  risks: {
    risk: ['risk'],
    likelihood: ['likelihood', 'score', 'high'],
    impact: ['impact', 'score', 'high'],
    owner: ['owner', 'ownerName', 'ownerId'],
    status: ['status', 'open'],
  },
  milestones: {
    milestone: ['name'],
    owner: ['owner'],
    baseline: ['baseline', 'originalBaseline', 'slipDays', 'overdue'],
    status: ['status', 'done', 'overdue'],
  },
  handovers: {
    process: ['process', 'canonicalProcess'],
    receivingOwner: ['receivingOwner', 'receivingOwnerName'],
    planned: ['planned', 'overdue'],
    status: ['status', 'statusRead', 'accepted', 'acceptedAhead', 'overdue'],
  },
  issues: { issue: ['text'], owner: ['ownerName'], status: ['status', 'state', 'overdue'] },
  correctiveActions: { action: ['text'], owner: ['ownerName'], status: ['status', 'state', 'overdue'] },
  earlyLifeSupport: { criterion: ['criterion'], met: ['met', 'metText'] },
};

/** The status's list of a register's rows, for the registers the diff follows row by row. */
function rowListOf(kind: RegisterKind): FieldList | undefined {
  return ROW_LISTS.find((l) => ROW_REGISTERS[l] === kind);
}

/** The lists followed as a whole (no ID to follow a row by): taken from the side that does not read a column. */
const WHOLE: Readonly<Partial<Record<RegisterKind, 'signOffs' | 'decisions' | 'readiness'>>> = {
  signOff: 'signOffs',
  decisions: 'decisions',
  goLiveReadiness: 'readiness',
};

export interface ColumnsUnread {
  /** Per register, the columns one side reads and the other does not, by key. */
  readonly columns: ReadonlyMap<RegisterKind, readonly string[]>;
  /** Of those, the ones the after side does not read. */
  readonly unreadAfter: ReadonlyMap<RegisterKind, readonly string[]>;
}

/** The required columns one side's table lacks and the other's has (both sides' tables present). */
export function columnsUnread(before: UnreadColumns | undefined, after: UnreadColumns | undefined): ColumnsUnread {
  const columns = new Map<RegisterKind, string[]>();
  const unreadAfter = new Map<RegisterKind, string[]>();
  if (!before || !after) return { columns, unreadAfter };
  for (const [kind, a] of after) {
    const b = before.get(kind);
    if (!b) continue;
    const changed = [...new Set([...a, ...b])].filter((k) => a.has(k) !== b.has(k));
    if (changed.length > 0) columns.set(kind, changed);
    const gone = changed.filter((k) => a.has(k));
    if (gone.length > 0) unreadAfter.set(kind, gone);
  }
  return { columns, unreadAfter };
}

/**
 * `b` with the values of the columns in `unread` taken from `a`'s rows (by ID; a whole list when
 * its ID column, or a list followed as a whole, is concerned): nothing to compare there.
 */
export function withColumnsUnread(b: PlanStatus, a: PlanStatus, unread: ColumnsUnread): PlanStatus {
  if (unread.columns.size === 0) return b;
  const out: Record<string, unknown> = { ...b };
  for (const [kind, keys] of unread.columns) {
    const whole = WHOLE[kind];
    if (whole) {
      out[whole] = a[whole];
      continue;
    }
    const list = rowListOf(kind);
    if (!list) continue;
    if (keys.includes('id')) {
      out[list] = a[list];
      continue;
    }
    const fields = keys.flatMap((k) => FIELDS[list][k] ?? []);
    const now = new Map<string, Record<string, unknown>>(
      a[list].map((r) => [rowIdKey(r.id), r as unknown as Record<string, unknown>]),
    );
    out[list] = b[list].map((r) => {
      const mine = now.get(rowIdKey(r.id));
      if (!mine) return r;
      const copy: Record<string, unknown> = { ...r };
      for (const f of fields) copy[f] = mine[f];
      return copy;
    });
  }
  return out as unknown as PlanStatus;
}

/**
 * `gone`, first saying of a finding about a row of a register with a column the after side does
 * not read that it went because that column is not read, so nothing checks it: not fixed.
 */
export function goneUnchecked(b: PlanStatus, a: PlanStatus, unread: ColumnsUnread, gone: GoneWith): GoneWith {
  const why = new Map<string, string>();
  for (const [kind, keys] of unread.unreadAfter) {
    const list = rowListOf(kind);
    if (!list) continue;
    const spec = registerSpec(kind);
    const headers = keys.map((k) => `"${spec.columns.find((c) => c.key === k)?.header ?? k}"`).join(', ');
    // A row taken out is gone with its row, unless no row's ID is read now.
    const still = new Set(a[list].map((r) => rowIdKey(r.id)));
    for (const row of b[list])
      if (row.id && (keys.includes('id') || still.has(rowIdKey(row.id))))
        why.set(
          row.id,
          `No longer checked (the ${spec.title} table's ${headers} column${keys.length > 1 ? 's are' : ' is'} not read: table-columns), not fixed`,
        );
  }
  return (rule, target, related) => (target !== undefined ? why.get(target) : undefined) ?? gone(rule, target, related);
}
