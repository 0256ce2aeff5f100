/**
 * `handoff diff` on dates emptied: a milestone's Baseline or Forecast, or a handover's Planned
 * date, that held a date and now holds none (empty, `-`, or `TBC` that reads as empty). It is the
 * easiest way to hide a slip: a row with no date is in no check that needs one, so its
 * schedule-slip or overdue finding goes, gone with its dates, not fixed. A date made unreadable
 * is not emptied (`unreadable-value` reports it), but its findings go with it all the same.
 */
import type { Add } from './semanticDiff.js';
import type { HandoverView, MilestoneView, PlanStatus } from './statusTypes.js';
import { rowsById } from './domain.js';
import { milestoneLabel, itemLabel } from './diffLabels.js';
import type { IsoDate } from './types.js';

/** The rules whose findings on a row come from its dates, by the register the row is in. */
const DATE_RULES = {
  milestones: new Set(['schedule-slip', 'milestone-overdue', 'milestone-order']),
  handovers: new Set(['handover-overdue']),
} as const;

type Register = keyof typeof DATE_RULES;

/** A date a row lost: its header, the date it held, and the columns it is read from. */
interface DateColumn<T> {
  readonly header: string;
  readonly value: (row: T) => IsoDate | undefined;
  readonly columns: readonly string[];
}

const MILESTONE_DATES: readonly DateColumn<MilestoneView>[] = [
  { header: 'Baseline', value: (m) => m.baseline, columns: ['baseline', 'rebaseline'] },
  { header: 'Forecast', value: (m) => m.forecast, columns: ['forecast'] },
];
const HANDOVER_DATES: readonly DateColumn<HandoverView>[] = [
  { header: 'Planned date', value: (h) => h.planned, columns: ['planned'] },
];

export interface DatesGone {
  readonly register: Register;
  readonly id: string;
  readonly label: string;
  /** The dates emptied (not made unreadable): header and the date it held. */
  readonly emptied: readonly { readonly header: string; readonly was: IsoDate }[];
  /** Done, descoped or accepted: history, not a schedule that can still slip. */
  readonly finished: boolean;
}

/** The rows in both sides one of whose followed dates `b` has and `a` does not read. */
export function datesGone(b: PlanStatus, a: PlanStatus): DatesGone[] {
  const unreadable = new Set(a.unreadableValues.map((u) => `${u.register}\u0000${u.column}\u0000${u.id ?? ''}`));
  function lost<T extends { readonly id: string }>(
    register: Register,
    before: readonly T[],
    after: readonly T[],
    dates: readonly DateColumn<T>[],
    describe: (row: T) => Pick<DatesGone, 'label' | 'finished'>,
  ): DatesGone[] {
    const was = rowsById(before);
    return after.flatMap((row) => {
      const old = was.get(row.id);
      const gone = old ? dates.filter((d) => d.value(old) !== undefined && d.value(row) === undefined) : [];
      if (gone.length === 0) return [];
      const unreadableNow = (d: DateColumn<T>) =>
        d.columns.some((column) => unreadable.has(`${register}\u0000${column}\u0000${row.id}`));
      const emptied = gone.filter((d) => !unreadableNow(d)).map((d) => ({ header: d.header, was: d.value(old!)! }));
      return [{ register, id: row.id, emptied, ...describe(row) }];
    });
  }
  return [
    ...lost('milestones', b.milestones, a.milestones, MILESTONE_DATES, (m) => ({
      label: `Milestone ${milestoneLabel(m)}`,
      finished: m.done,
    })),
    ...lost('handovers', b.handovers, a.handovers, HANDOVER_DATES, (h) => ({
      label: `Handover ${itemLabel(h.id, h.process)}`,
      finished: h.accepted,
    })),
  ];
}

/** The rules of `DATE_RULES` that compare a row's dates with another row's: gone with either's. */
const BETWEEN_ROWS: ReadonlySet<string> = new Set(['milestone-order']);

/**
 * Why the finding of `rule` on `target` went, when it went with dates no longer read: its own, or,
 * for a rule between rows, those of a row it was checked against (`others`, the rows its related
 * locations fall on; any row when not known).
 */
export function goneWithDates(
  gone: readonly DatesGone[],
  rule: string,
  target: string,
  others?: readonly string[],
): string | undefined {
  const how = (g: DatesGone) => (g.emptied.length > 0 ? 'emptied' : 'no longer readable');
  const own = gone.find((g) => g.id === target && DATE_RULES[g.register].has(rule));
  if (own) return `Gone with its dates (${how(own)}), not fixed`;
  const checkedAgainst = (g: DatesGone) => others === undefined || others.includes(g.id);
  const other = BETWEEN_ROWS.has(rule)
    ? gone.find((g) => DATE_RULES[g.register].has(rule) && checkedAgainst(g))
    : undefined;
  return other && `Gone with ${other.id}'s dates (${how(other)}), not fixed`;
}

export function diffEmptiedDates(gone: readonly DatesGone[], add: Add): void {
  for (const g of gone) {
    if (g.emptied.length === 0) continue;
    const what = g.emptied.map((e) => `${e.header} (${e.was})`).join(' and ');
    const impact = g.finished ? 'neutral' : 'worse';
    if (g.register === 'handovers') {
      const message = `${g.label} lost its ${what}: with no date it cannot be overdue. Move the date rather than empty it.`;
      add('handover-date-removed', g.id, message, impact);
      continue;
    }
    const baseline = g.emptied.some((e) => e.header === 'Baseline')
      ? '; a Baseline moves only by an approved change, kept beside it as a Revised baseline'
      : '';
    const them = g.emptied.length > 1 ? 'them' : 'it';
    add(
      'milestone-date-removed',
      g.id,
      `${g.label} lost its ${what}: the checks that need ${them} (slip, overdue) no longer see the milestone, and emptying a date hides a slip, it does not fix one. Move a Forecast rather than empty it${baseline}.`,
      impact,
    );
  }
}
