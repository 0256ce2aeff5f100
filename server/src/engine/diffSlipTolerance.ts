/**
 * `handoff diff` on a milestone's move against the schedule tolerance: "slipped 4 days" reads as
 * minor when the milestone is now 18 days past its baseline, beyond the 10-day tolerance, and
 * only an approved Exception stands between it and the board. A slip that ends beyond tolerance
 * says so, with the Exception that covers it or that none does; a move that brings it back
 * within says that too. Judged as schedule-slip judges (the status's schedule breaches).
 */
import type { PlanStatus } from './statusTypes.js';
import { dayCount } from './text.js';

/** The words to add to a milestone's move (`'; now 18 days past …'`), or '' when tolerance is no part of it. */
export function slipToleranceNote(b: PlanStatus, a: PlanStatus, id: string, days: number): string {
  const was = b.scheduleBreaches.find((x) => x.id === id);
  const now = a.scheduleBreaches.find((x) => x.id === id);
  if (days > 0 && now) {
    const baseline = a.milestones.find((m) => m.id === id)?.baseline;
    const covered =
      now.exception === undefined
        ? 'with no approved Exception covering it'
        : `under the approved Exception${now.exception ? ` ${now.exception}` : ''}`;
    return `; now ${dayCount(now.slipDays)} past its baseline${baseline ? ` (${baseline})` : ''}, beyond the ${now.toleranceDays}-day schedule tolerance, ${covered}`;
  }
  if (days < 0 && was && !now) return `; back within the ${was.toleranceDays}-day schedule tolerance`;
  return '';
}
