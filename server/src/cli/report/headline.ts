/**
 * The portfolio's headline as plain strings and numbers, computed once for the Markdown and the
 * HTML renderers from the totals and rows already built: health counts that say which plans are
 * not rated, what is overdue besides milestones, the plans whose reported health is better than
 * derived health, and the files left out of the report. No escaping here: each renderer escapes.
 */
import { healthRank } from '../../engine/domain.js';
import type { Stage } from '../../engine/types.js';
import { isRatedStage } from '../../engine/types.js';
import { STAGE_KEYS, type PortfolioTotals, type Report, type ReportRow } from './model.js';
import { plural } from '../../engine/text.js';
import { beyondCostTolerance } from '../../engine/budgetText.js';
import { toleranceApplies } from '../../engine/control.js';

/** The stages whose plans health does not rate, as the headline names them: "initiation 1, closed 2". */
function notRatedStages(t: PortfolioTotals): string {
  const name = (s: Stage | 'unknown'): string => (s === 'unknown' ? 'no stage' : s);
  return STAGE_KEYS.filter((s) => (s === 'unknown' || !isRatedStage(s)) && t.byStage[s] > 0)
    .map((s) => `${name(s)} ${t.byStage[s]}`)
    .join(', ');
}

/** "3 not rated (initiation 1, closed 2)": which plans the health counts leave out, and why. */
function notRated(n: number, t: PortfolioTotals): string {
  const stages = notRatedStages(t);
  return `${n} not rated${n > 0 && stages ? ` (${stages})` : ''}`;
}

/** Reported health over the plans, in words: a closed plan that reports green counts as not rated. */
export function reportedHealthText(t: PortfolioTotals): string {
  const h = t.byHealth;
  return `${h.green} green, ${h.amber} amber, ${h.red} red, ${h.none} not reported, ${notRated(h.notRated, t)}`;
}

/** Derived health over the plans, in words. */
export function derivedHealthText(t: PortfolioTotals): string {
  const h = t.byDerivedHealth;
  const none = h.none === t.byHealth.notRated ? notRated(h.none, t) : `${h.none} not rated`;
  return `${h.green} green, ${h.amber} amber, ${h.red} red, ${none}`;
}

/** What is overdue besides milestones, over every plan (the highlights list each one). */
export function overdueCounts(rows: readonly ReportRow[]): { handovers: number; actionsAndIssues: number } {
  let handovers = 0;
  let actionsAndIssues = 0;
  for (const r of rows) {
    handovers += r.overdueHandovers.length;
    // An item whose Due date could not be read is listed in its highlight, but not counted overdue.
    actionsAndIssues += r.overdueItems.filter((i) => i.due !== undefined).length;
  }
  return { handovers, actionsAndIssues };
}

/** The plans whose reported health is better than derived health says: where to look first. */
export function healthGaps(rows: readonly ReportRow[]): ReportRow[] {
  return rows.filter((r) => r.health && r.derivedHealth && healthRank(r.health) < healthRank(r.derivedHealth));
}

/** "1 file could not be read: its plans are not in this report (see Files not read)", or nothing. */
export function filesNotReadText(report: Report): string | undefined {
  const n = report.fileErrors.length;
  if (n === 0) return undefined;
  return `${plural(n, 'file')} could not be read: ${n === 1 ? 'it is' : 'they are'} not in this report (see Files not read)`;
}

/** The headline's two lists of plans beyond tolerance, by whether the board has approved an exception. */
export const BEYOND_TOLERANCE = 'Beyond tolerance, no approved exception';
export const UNDER_EXCEPTION = 'Beyond tolerance under an approved exception';

/**
 * A milestone beyond the schedule tolerance that waits on the board: no approved Exception covers
 * it and no waiver in force accepts it (schedule-slip's finding stands).
 */
export function awaitsBoard(m: ReportRow['scheduleBreaches'][number]): boolean {
  return m.exception === undefined && !m.waived;
}

/** A plan beyond tolerance, and what is: "cost", "schedule M-03, M-04 under D-03". */
export interface ToleranceBreach {
  readonly row: ReportRow;
  readonly what: string;
}

/**
 * The plans beyond a cost or schedule tolerance, split as the board acts on them: those no approved
 * Exception decision covers (they need the board's decision) and those under one (managed).
 */
export function toleranceBreaches(rows: readonly ReportRow[]): {
  outside: ToleranceBreach[];
  under: ToleranceBreach[];
} {
  const outside: ToleranceBreach[] = [];
  const under: ToleranceBreach[] = [];
  const exception = (id: string): string => (id ? `under ${id}` : 'under an exception');
  for (const row of rows) {
    const open: string[] = [];
    const covered: string[] = [];
    // Measured against tolerances from control on, as schedule-slip and cost-overrun are.
    if (!toleranceApplies(row.stage)) continue;
    if (beyondCostTolerance(row.budget)) {
      const id = row.budget.exception;
      if (id === undefined) open.push('cost');
      else covered.push(`cost ${exception(id)}`);
    }
    const slips = row.scheduleBreaches;
    // A slip a waiver in force accepts counts in neither list, as derived health does not count it
    // (the highlight's Schedule line says it is waived).
    const uncovered = slips.filter(awaitsBoard).map((m) => m.id || m.name);
    if (uncovered.length) open.push(`schedule ${uncovered.join(', ')}`);
    for (const id of new Set(slips.flatMap((m) => (m.exception === undefined ? [] : [m.exception])))) {
      const ms = slips.filter((m) => m.exception === id).map((m) => m.id || m.name);
      covered.push(`schedule ${ms.join(', ')} ${exception(id)}`);
    }
    if (open.length) outside.push({ row, what: open.join('; ') });
    if (covered.length) under.push({ row, what: covered.join('; ') });
  }
  return { outside, under };
}
