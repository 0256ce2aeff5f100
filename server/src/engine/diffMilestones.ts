/**
 * `handoff diff` on the Milestones register: milestones added, reached (when, and how late),
 * reopened, slipped or moved forward (against the tolerance), their owners, and milestones taken
 * out before they were reached.
 */
import type { MilestoneView, PlanStatus } from './status.js';
import { milestoneReached, rowsById } from './domain.js';
import { dayCount } from './text.js';
import { daysBetween } from './isoDate.js';
import { readStatus } from './values.js';
import { reachedDateNowRead } from './diffWrittenDates.js';
import { personShown, samePerson } from './diffPeople.js';
import { slipToleranceNote } from './diffSlipTolerance.js';
import { milestoneLabel } from './diffLabels.js';
import type { Add } from './semanticDiff.js';

/** Whether the column `old` is reached by (its Actual, else Forecast) holds no date in `m`. */
function lostReachedDate(old: MilestoneView, m: MilestoneView): boolean {
  return (
    (old.actual !== undefined && m.actual === undefined) ||
    (old.forecast !== undefined && m.forecast === undefined && m.actual === undefined)
  );
}

/**
 * When a milestone just done was reached, as its Actual says, and how late against its baseline
 * (` on 2026-11-25, 12 days after its baseline (2026-11-13)`); a done one with no Actual says so.
 * A milestone descoped was not reached: nothing.
 */
function reachedOn(m: MilestoneView): string {
  const status = readStatus('milestones', m.status);
  if (status.ok && status.value === 'Descoped') return '';
  if (!m.actual) return ', with no Actual date';
  const late = m.baseline ? daysBetween(m.baseline, m.actual) : 0;
  return ` on ${m.actual}${late > 0 ? `, ${dayCount(late)} after its baseline (${m.baseline})` : ''}`;
}

export function diffMilestones(b: PlanStatus, a: PlanStatus, add: Add): void {
  const mb = rowsById(b.milestones);
  const ma = rowsById([...a.milestones].sort((x, y) => x.line - y.line)); // in the plan's order
  for (const [id, m] of ma) {
    const old = mb.get(id);
    if (!old) {
      add(
        'milestone-added',
        id,
        `Milestone ${milestoneLabel(m)} added${m.baseline ? `, due ${m.baseline}` : ''}.`,
        'neutral',
      );
      continue;
    }
    const completed = !old.done && m.done;
    if (completed) {
      const message = `Milestone ${milestoneLabel(m)} ${m.status.toLowerCase() || 'done'}${reachedOn(m)}.`;
      add('milestone-completed', id, message, 'better');
    } else if (old.done && !m.done) {
      add(
        'milestone-reopened',
        id,
        `Milestone ${milestoneLabel(m)} is no longer done (now ${m.status || 'no status'}).`,
        'worse',
      );
    }
    // When it is reached: a finished milestone's Actual, not a Forecast left as it was. Reaching
    // it is the news when it is completed, not the days between its forecast and its actual.
    // A date emptied or no longer read is no move: the one after it stands in (milestone-date-removed
    // says so); nor is one read now that was not (unread-date-changed compares the two).
    const was = milestoneReached(old);
    const now = milestoneReached(m);
    if (!completed && was && now && was !== now && !lostReachedDate(old, m) && !reachedDateNowRead(b, a, id)) {
      const d = daysBetween(was, now);
      const message = `Milestone ${milestoneLabel(m)} ${d > 0 ? 'slipped' : 'moved forward'} ${dayCount(Math.abs(d))} (${was} → ${now})${slipToleranceNote(b, a, id, d)}.`;
      add(d > 0 ? 'milestone-slipped' : 'milestone-advanced', id, message, d > 0 ? 'worse' : 'better');
    }
    if (!samePerson(b, old.owner, a, m.owner)) {
      const was = personShown(b, old.owner);
      if (!m.owner) add('milestone-owner-removed', id, `Milestone ${id} lost its owner, ${was}.`, 'worse');
      else {
        const message = `Milestone ${id} owner changed from ${was} to ${personShown(a, m.owner)}.`;
        add('milestone-owner-changed', id, message, 'neutral');
      }
    }
  }
  for (const [id, m] of mb) {
    if (ma.has(id)) continue;
    if (!m.done)
      add(
        'milestone-removed',
        id,
        `Milestone ${milestoneLabel(m)} removed before it was reached: Status Descoped keeps it in the plan.`,
        'worse',
      );
    else add('milestone-removed', id, `Milestone ${milestoneLabel(m)} removed.`, 'neutral');
  }
}
