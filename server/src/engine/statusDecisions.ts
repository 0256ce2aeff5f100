/**
 * The status's Decisions rows and its go-live readiness (contract 1.1 §3–§4): who decided what and
 * when, and whether go-live was decided, in the words of `goNoGo.ts`, which the go-live-readiness
 * rule reads too, so a view and the finding say the same of a go decision.
 */
import type { HandoffConfig } from './config.js';
import { decisionApproved, readinessCriteria, readinessPhase } from './control.js';
import { namesCriterion } from './criterionMatch.js';
import { goDecision, goDecisionDatedAfter, noGoDecision } from './goNoGo.js';
import { addDays } from './isoDate.js';
import type { Plan } from './model.js';
import { personNamed as who } from './references.js';
import { cellText as text, cellWritten } from './rowFacts.js';
import type { DecisionView, ReadinessView } from './statusTypes.js';
import type { IsoDate } from './types.js';
import { cellValue, knownValue, readDate, readMet, UNREADABLE } from './values.js';

/** The Decisions rows, each approver by name, and a Date that cannot be read as written. */
export function decisionViews(plan: Plan): DecisionView[] {
  return plan.rows('decisions').map((r) => {
    const ref = text(r, 'approvedBy');
    const date = cellValue(r, 'date', readDate);
    return {
      id: text(r, 'id'),
      decision: text(r, 'decision'),
      type: text(r, 'type'),
      approvedBy: who(plan, ref).name,
      approvedById: who(plan, ref).id ?? ref,
      date: date === UNREADABLE ? undefined : date,
      dateWritten: date === UNREADABLE ? text(r, 'date') : undefined,
      status: text(r, 'status') || (decisionApproved(r) ? 'Approved' : 'Proposed'),
      approved: decisionApproved(r),
      covers: text(r, 'covers'),
      line: r.range.start.line,
    };
  });
}

/**
 * Go-live readiness as of `asOf`: the required criteria and how each is met, and the go decision
 * that stands; when none does, the approved No-go that holds go-live, else an approved Go dated
 * after the as-of date (not taken yet), as the go-live-readiness finding tells them.
 */
export function readinessView(plan: Plan, config: HandoffConfig, asOf: IsoDate): ReadinessView {
  const required = readinessCriteria(plan, config);
  const criteria = required.map((c) => ({
    criterion: c.criterion,
    met: c.met,
    metText: c.row ? cellWritten(c.row, 'met') : '',
    evidence: c.row ? text(c.row, 'evidence') : '',
    line: c.row?.range.start.line,
  }));
  const go = goDecision(plan, asOf);
  const noGo = go ? undefined : noGoDecision(plan);
  const later = go || noGo ? undefined : goDecisionDatedAfter(plan, asOf);
  const laterDate = later && knownValue(later, 'date', readDate);
  const goLive = plan.meta.dates.goLive;
  return {
    phase: readinessPhase(plan, config, asOf),
    opens: goLive ? addDays(goLive, -config.readinessDays) : undefined,
    criteria,
    met: criteria.filter((c) => c.met === 'yes').length,
    total: criteria.length,
    otherRowsNotMet: otherRowsNotMet(plan, required),
    goDecision: go?.id,
    noGoDecision: noGo ? (noGo.id ?? '') : undefined,
    goDecisionDatedAfter: later && laterDate ? { id: later.id ?? '', date: laterDate } : undefined,
  };
}

/**
 * The Go-live readiness rows, besides each criterion's own, that name a required criterion and are
 * not met: a later release's `Change authorised | No` under the first release's `Yes`.
 */
function otherRowsNotMet(plan: Plan, required: ReturnType<typeof readinessCriteria>): ReadinessView['otherRowsNotMet'] {
  const counted = new Set(required.map((c) => c.row));
  return plan.rows('goLiveReadiness').flatMap((row) => {
    if (counted.has(row)) return [];
    const named = required.find((c) => namesCriterion(row.value('criterion') ?? '', c.criterion));
    const met = knownValue(row, 'met', readMet);
    if (!named || met === 'yes') return [];
    return [
      {
        id: text(row, 'id'),
        criterion: named.criterion,
        met,
        metText: cellWritten(row, 'met'),
        line: row.range.start.line,
      },
    ];
  });
}
