/**
 * Which cells are read as which kind of value (contract §3.1): the one list `unreadable-value`
 * walks and the status model counts, so every cell a rule or a view reads is either read or
 * reported. Registers added later add their lines here.
 */
import type { Cell, Plan, Row, Table } from './model.js';
import { wordListUnder } from './statusWords.js';
import { perPlan } from './perPlan.js';
import { inPlanLanguage } from './values/reading.js';
import { planDateLanguage } from './values/monthLanguage.js';
import { decisionType, isOpenRisk, statusOf } from './rowFacts.js';
import { registerSpec, type RegisterKind } from './schema.js';
import {
  columnUnit,
  levelName,
  readAmount,
  readDate,
  readHealth,
  readLevel,
  readCovers,
  readMet,
  readStatus,
  tentativeText,
  type AmountUnit,
  type Reading,
  UNREADABLE,
  valueText,
  weekdayName,
  type WordList,
} from './values.js';

export type ValueKind = 'level' | 'date' | 'amount' | 'health' | 'met' | 'covers' | { readonly words: WordList };

/** Register kind → column key → the kind of value the column holds. */
export const VALUE_COLUMNS: Readonly<Record<string, Readonly<Record<string, ValueKind>>>> = {
  risks: {
    likelihood: 'level',
    impact: 'level',
    response: { words: 'riskResponse' },
    status: { words: 'risks' },
    review: 'date',
  },
  milestones: {
    baseline: 'date',
    rebaseline: 'date',
    forecast: 'date',
    actual: 'date',
    status: { words: 'milestones' },
    type: { words: 'milestoneType' },
  },
  issues: { status: { words: 'issues' } },
  correctiveActions: { status: { words: 'correctiveActions' } },
  // The schema's amount columns (`money` in schema/registers/).
  resourceConsumption: Object.fromEntries(
    registerSpec('resourceConsumption')
      .columns.filter((c) => c.amount)
      .map((c) => [c.key, 'amount' as const]),
  ),
  statusLog: { date: 'date', health: 'health' },
  handovers: { planned: 'date', acceptedOn: 'date', status: { words: 'handovers' } },
  earlyLifeSupport: { met: 'met' },
  goLiveReadiness: { met: 'met' },
  decisions: { type: { words: 'decisionType' }, date: 'date', status: { words: 'decisions' }, covers: 'covers' },
  signOff: { decision: { words: 'signOff' }, date: 'date' },
  // The report reads whether each objective was achieved.
  postImplementationReview: { result: { words: 'postImplementationReview' } },
};

/**
 * Columns read only on some rows: an Exception's Covers (no rule reads another decision's), a
 * risk's Review while the risk may be open (a closed or transferred risk is reviewed no more), by
 * register kind and column key.
 */
const READ_ON: Readonly<Record<string, Readonly<Record<string, (row: Row) => boolean>>>> = {
  risks: {
    review: (row) => isOpenRisk(row) || statusOf(row, 'risks') === UNREADABLE,
  },
  decisions: {
    covers: (row) => decisionType(row) === 'Exception',
  },
};

const COLUMN_ENTRIES = new Map(Object.entries(VALUE_COLUMNS).map(([kind, columns]) => [kind, Object.entries(columns)]));

/**
 * The reader for a kind; amounts are read against the plan's `budget.currency`, in the unit their
 * column's header names (`Approved (£k)`).
 */
export function readerFor(
  kind: ValueKind,
  currency: string | undefined,
  unit?: AmountUnit,
): (text: string) => Reading<unknown> {
  if (typeof kind === 'object') return (t) => readStatus(kind.words, t);
  switch (kind) {
    case 'level':
      return readLevel;
    case 'date':
      return readDate;
    case 'amount':
      return (t) => readAmount(t, currency, unit);
    case 'health':
      return readHealth;
    case 'met':
      return readMet;
    case 'covers':
      return readCovers;
  }
}

/**
 * How a value cell reads, said for a person (a hover): the canonical value with what it means —
 * `3 (Medium)`, `2026-11-20, a Friday`, `Reduce` — and whether that says more than the cell
 * already does (a level or a date always does; a word only when it is another spelling).
 * Undefined when the text cannot be read (`unreadable-value` explains that). `planText`: the
 * plan's, whose month names say the language of a date that reads two ways (`15 listopada 2027`).
 */
export function readingOf(
  kind: ValueKind,
  text: string,
  currency: string | undefined,
  unit?: AmountUnit,
  planText?: string,
): { readonly reads: string; readonly informative: boolean } | undefined {
  const inPlan = {
    get dateLanguage() {
      return planText === undefined ? undefined : planDateLanguage(planText);
    },
  };
  const r = inPlanLanguage(readerFor(kind, currency, unit)(text), inPlan);
  if (!r.ok) return undefined;
  if (kind === 'level') return { reads: `${r.canonical} (${levelName(r.value as number)})`, informative: true };
  if (kind === 'date') return { reads: `${r.canonical}, a ${weekdayName(r.canonical)}`, informative: true };
  return { reads: r.canonical, informative: r.canonical.toLowerCase() !== text.trim().toLowerCase() };
}

export interface UnreadableCell {
  readonly register: RegisterKind;
  readonly column: string;
  readonly row: Row;
  readonly cell: Cell;
  readonly reading: Extract<Reading<unknown>, { ok: false }>;
}

/**
 * Every filled cell of a read column whose value cannot be read, in document order; once per plan:
 * the rule and the status read the same list.
 */
export const unreadableCells: (plan: Plan) => readonly UnreadableCell[] = perPlan(findUnreadableCells);

/**
 * A column's kind, its words from the list its header names (a Risks Status headed `ROAM`:
 * wordListUnder): what unreadable-value and the hover read its cells with.
 */
export function wordsUnder(kind: ValueKind, table: Table, key: string): ValueKind {
  if (typeof kind !== 'object') return kind;
  const header = table.headers[table.columnKeys.indexOf(key)]?.text;
  return { words: wordListUnder(kind.words, header) };
}

function findUnreadableCells(plan: Plan): UnreadableCell[] {
  const out: UnreadableCell[] = [];
  const currency = plan.meta.budget.currency;
  for (const register of plan.registers) {
    const columns = VALUE_COLUMNS[register.kind];
    const table = register.table;
    if (!columns || !table) continue;
    const read = COLUMN_ENTRIES.get(register.kind)!
      .filter(([key]) => table.has(key))
      .map(
        ([key, kind]) =>
          [key, readerFor(wordsUnder(kind, table, key), currency, columnUnit(table, key)), kind === 'date'] as const,
      );
    if (read.length === 0) continue;
    const only = READ_ON[register.kind];
    for (const row of table.rows) {
      for (const [key, reader, isDate] of read) {
        if (only?.[key] && !only[key]!(row)) continue;
        const text = valueText(row, key);
        // "TBC" with a day after it is that day (values.ts `tentativeValue`): said when the day
        // is numeric and reads two ways; any other note leaves the cell empty.
        const tentative = text === undefined && isDate ? tentativeText(row, key) : undefined;
        if (text === undefined && tentative === undefined) continue;
        const reading = inPlanLanguage(reader((text ?? tentative)!), row);
        if (!reading.ok && !reading.notYet && (tentative === undefined || reading.problem !== undefined)) {
          out.push({ register: register.kind, column: key, row, cell: row.cell(key)!, reading });
        }
      }
    }
  }
  return out;
}
