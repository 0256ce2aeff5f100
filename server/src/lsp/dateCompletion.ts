/**
 * The dates a date cell is offered, in the ISO form every reader takes: the dates its row already
 * fixes for it (a milestone's forecast starts as its baseline, its actual as its forecast, a
 * handover is accepted on its planned date), today (the as-of date), and, for a date that plans
 * the work (a baseline, a planned handover), the plan's own start, go-live and close. Each date
 * once, with what it is.
 */
import type { Plan, Row } from '../engine/model.js';
import type { IsoDate } from '../engine/types.js';
import { readDate, weekdayName } from '../engine/values.js';

export interface DateCandidate {
  readonly date: IsoDate;
  /** What the date is: `the baseline`, `today (as-of date), a Monday`, `go-live`. */
  readonly description: string;
}

/** The row's own dates a column starts from, by register kind and column key, first first. */
const FROM_ROW: Readonly<Record<string, Readonly<Record<string, readonly (readonly [string, string])[]>>>> = {
  milestones: {
    forecast: [
      ['rebaseline', 'the re-baseline'],
      ['baseline', 'the baseline'],
    ],
    actual: [
      ['forecast', 'the forecast'],
      ['rebaseline', 'the re-baseline'],
      ['baseline', 'the baseline'],
    ],
    rebaseline: [['forecast', 'the forecast']],
  },
  handovers: { acceptedOn: [['planned', 'the planned date']] },
};

/** Columns that plan the work: the plan's key dates are offered there. */
const PLANNING: Readonly<Record<string, readonly string[]>> = {
  milestones: ['baseline', 'rebaseline'],
  handovers: ['planned'],
};

const PLAN_DATES = [
  ['start', 'the plan’s start (dates.start)'],
  ['goLive', 'go-live (dates.go_live)'],
  ['close', 'the plan’s close (dates.close)'],
] as const;

/** The dates offered in a date cell of `kind`'s `key` column on `row`, best first. */
export function dateCandidates(
  plan: Plan,
  kind: string,
  key: string,
  row: Row | undefined,
  asOf: IsoDate | undefined,
): DateCandidate[] {
  const out: DateCandidate[] = [];
  const add = (written: string | undefined, description: string): void => {
    if (!written) return;
    const read = readDate(written);
    if (!read.ok || out.some((c) => c.date === read.value)) return;
    out.push({ date: read.value, description });
  };
  for (const [column, said] of FROM_ROW[kind]?.[key] ?? []) add(row?.value(column), said);
  if (asOf) add(asOf, `today (as-of date), a ${weekdayName(asOf)}`);
  if (PLANNING[kind]?.includes(key)) for (const [k, said] of PLAN_DATES) add(plan.meta.dates[k], said);
  return out;
}
