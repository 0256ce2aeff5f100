/**
 * What a change to a plan means, rather than which characters moved: "R-02 raised from 8 to 16",
 * "H-02 lost its receiving owner", "go-live slipped 14 days". Compares two plan statuses (and
 * their findings); the host brings the two texts (e.g. from git). Register rows are matched by
 * their ID, so reordering rows or reformatting a table is not a change.
 */
import type { HandoverView, MilestoneView, PlanStatus, RiskView } from './status.js';
import { milestoneReached, rowsById } from './domain.js';
import { clipText, dayCount, notYetGiven } from './text.js';
import { daysBetween } from './isoDate.js';
import { diffLogs } from './diffLogs.js';
import { diffBaselines, rebaseline } from './diffBaselines.js';
import type { RegisterAliases } from './headings.js';
import { diffTolerances } from './diffTolerances.js';
import { diffEarlyLifeSupport, goneAfterReworded } from './diffEarlyLifeSupport.js';
import { addedWaivers, diffFindings, exceptedBreaches, removedRowIds } from './diffFindings.js';
import { goneWith } from './diffGone.js';
import { diffHeader } from './diffHeader.js';
import { datesGone, diffEmptiedDates } from './diffEmptiedDates.js';
import { diffUnreadRegisters, notReadReason, unreadRegisters, withoutUnread } from './diffRegisters.js';
import { diffSpend } from './diffSpend.js';
import { diffStatusLog } from './diffStatusLog.js';
import { diffUnreadDates, reachedDateNowRead } from './diffWrittenDates.js';
import { isNamed, namedBy, personShown, samePerson } from './diffPeople.js';
import { readStatus } from './values.js';
import type { Finding } from './types.js';
import { slipToleranceNote } from './diffSlipTolerance.js';
import { columnsUnread, goneUnchecked, withColumnsUnread, type UnreadColumns } from './diffColumns.js';

export type ChangeImpact = 'better' | 'worse' | 'neutral';

export interface PlanChange {
  /**
   * Stable kind for machines: `plan-added`, `plan-removed`, `id`, `title`, `service`,
   * `transitionType`, `stage`, `health`, `derived-health`, `go-live` (also one written in another
   * form, compared when it reads one way only), `owner`, `dependency-added`, `dependency-removed`,
   * `stakeholder-added`, `stakeholder-removed`, `risk-added`, `risk-removed`, `risk-closed`,
   * `risk-occurred`, `risk-reopened`, `risk-rescored`, `risk-owner-added`, `risk-owner-removed`,
   * `risk-owner-changed`, `risk-contingency-removed`, `register-unread` (a register's rows still in
   * the plan under a heading it no longer reads), `row-unread` (one row moved out of a register still
   * read, under a heading Handoff does not read), `milestone-added`, `milestone-removed`,
   * `milestone-completed`, `milestone-reopened`, `milestone-slipped`, `milestone-advanced`,
   * `milestone-owner-removed`, `milestone-owner-changed`, `milestone-baseline-changed`,
   * `milestone-date-removed` (its Baseline or Forecast emptied), `unread-date-changed` (a date in a
   * form Handoff does not read, on either side, that changed), `budget-changed`,
   * `budget-currency-changed` (its amounts then not compared), `tolerance-changed`,
   * `cost-forecast-changed` (its lines' forecast total), `cost-actual-changed` (their actual alone),
   * `handover-added`, `handover-removed`, `handover-accepted`, `handover-rejected`, `handover-unaccepted`,
   * `handover-owner-added`, `handover-owner-removed`, `handover-owner-changed`,
   * `handover-date-removed` (its Planned date emptied), `decision-added`, `decision-approved`,
   * `decision-unapproved`, `status-reported` (a newest Status log entry added), `readiness-met`,
   * `readiness-unmet`, `els-met`, `els-unmet`,
   * `els-changed` (its criterion or Target), `els-removed`, `issue-raised`, `issue-closed`,
   * `issue-reopened`, `issue-removed`, `issue-owner-added`, `issue-owner-removed`,
   * `issue-owner-changed`, `action-added`, `action-done`, `action-cancelled`, `action-reopened`,
   * `action-removed`, `action-owner-added`, `action-owner-removed`, `action-owner-changed`, `sign-off-given`,
   * `sign-off-withdrawn`, `finding-introduced`, `finding-fixed`, `finding-excepted` (a breach an
   * approved Exception now covers), `finding-gone` (its row taken out, its dates emptied or no
   * longer readable, its register no longer read, or hidden by a baseline, budget or tolerance
   * moved), `finding-waived` (by a waiver in force the
   * change added); `handoff diff` adds `dependents` (plans still naming an id that is gone).
   */
  readonly kind: string;
  /** The register row or key concerned (R-02, H-01, health, a rule name …). */
  readonly subject: string;
  readonly message: string;
  readonly impact: ChangeImpact;
}

export interface PlanSide {
  readonly status: PlanStatus;
  readonly findings: readonly Finding[];
  /**
   * The plan's text, when the host has it: what the status does not keep (rows under a heading
   * no longer read) is read from it.
   */
  readonly text?: string;
  /**
   * The configuration's register aliases for the plan (`aliases.registers`): a heading they name
   * is one of its register's names, as lint reads it.
   */
  readonly registerAliases?: RegisterAliases;
  /**
   * The required columns each register table lacks (`unreadColumnsOf`), when the host has them: a
   * column one side reads and the other does not is not compared row by row (diffColumns.ts).
   */
  readonly unreadColumns?: UnreadColumns;
}

function clip(text: string, max = 60): string {
  return clipText(text, max);
}

/** Whether a risk's Status says it happened (`Occurred`, `Realised`). */
function occurred(r: RiskView): boolean {
  const status = r.status ? readStatus('risks', r.status) : undefined;
  return status?.ok === true && status.value === 'Occurred';
}

function riskLabel(r: RiskView): string {
  return r.risk ? `${r.id} (${clip(r.risk)})` : r.id;
}

function planLabel(s: PlanStatus): string {
  const title = s.title ? ` "${s.title}"` : '';
  return s.id ? `${s.id}${title}` : title.trim() || s.uri;
}

export type Add = (kind: string, subject: string, message: string, impact: ChangeImpact) => void;

function diffStakeholders(b: PlanStatus, a: PlanStatus, add: Add): void {
  const sb = rowsById(b.stakeholders);
  const sa = rowsById(a.stakeholders);
  for (const [id, s] of sa) {
    if (!sb.has(id))
      add('stakeholder-added', id, `Stakeholder ${id} ${s.name} (${s.role || 'no role'}) added.`, 'neutral');
  }
  for (const [id, s] of sb)
    if (!sa.has(id)) add('stakeholder-removed', id, `Stakeholder ${id} ${s.name} removed.`, 'neutral');
}

function diffRisks(b: PlanStatus, a: PlanStatus, add: Add): void {
  const rb = rowsById(b.risks);
  const ra = rowsById(a.risks);
  for (const [id, r] of ra) {
    const old = rb.get(id);
    if (!old) {
      const score = r.score !== undefined ? ` with score ${r.score}` : '';
      add(
        'risk-added',
        id,
        `Risk ${riskLabel(r)} added${score}${r.high ? ' (high)' : ''}.`,
        r.high && r.open ? 'worse' : 'neutral',
      );
      continue;
    }
    if (old.open && !r.open && occurred(r)) {
      // Closed as a risk because it happened: now an issue to manage, not a risk gone.
      add('risk-occurred', id, `Risk ${riskLabel(r)} occurred: manage it as an issue (Issues register).`, 'worse');
    } else if (old.open && !r.open) {
      add('risk-closed', id, `Risk ${riskLabel(r)} ${r.status ? r.status.toLowerCase() : 'closed'}.`, 'better');
    } else if (!old.open && r.open) {
      add('risk-reopened', id, `Risk ${riskLabel(r)} reopened.`, 'worse');
    }
    if (old.score !== undefined && r.score !== undefined && old.score !== r.score) {
      const up = r.score > old.score;
      const threshold = r.high && !old.high ? ' — now a high risk' : !r.high && old.high ? ' — no longer high' : '';
      add(
        'risk-rescored',
        id,
        `${id} ${up ? 'raised' : 'lowered'} from ${old.score} to ${r.score}${threshold}.`,
        up ? 'worse' : 'better',
      );
    }
    if (!samePerson(b, old.owner, a, r.owner)) {
      const was = personShown(b, old.owner);
      const now = personShown(a, r.owner);
      if (!r.owner) add('risk-owner-removed', id, `${id} lost its owner, ${was}.`, 'worse');
      else if (!old.owner) add('risk-owner-added', id, `${id} now owned by ${now}.`, 'better');
      else add('risk-owner-changed', id, `${id} owner changed from ${was} to ${now}.`, 'neutral');
    }
    if (old.hasContingency && !r.hasContingency && r.high && r.open) {
      add('risk-contingency-removed', id, `${id} is high and lost its contingency.`, 'worse');
    }
  }
  for (const [id, r] of rb) {
    if (ra.has(id)) continue;
    // An open risk taken out of the register is no longer watched, and the register loses its
    // history: closing it says what happened to it.
    if (r.open)
      add(
        'risk-removed',
        id,
        `Open risk ${riskLabel(r)} removed from the register: close it instead (Status Closed).`,
        'worse',
      );
    else add('risk-removed', id, `Risk ${riskLabel(r)} removed from the register.`, 'neutral');
  }
}

function milestoneLabel(m: MilestoneView): string {
  return m.name ? `${m.id} "${clip(m.name)}"` : m.id;
}

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

function diffMilestones(b: PlanStatus, a: PlanStatus, add: Add): void {
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

function handoverLabel(h: HandoverView): string {
  return h.process ? `${h.id} (${h.process})` : h.id;
}

const isRejected = (h: HandoverView): boolean => /reject/i.test(h.status);

function diffHandovers(b: PlanStatus, a: PlanStatus, add: Add): void {
  const hb = rowsById(b.handovers);
  const ha = rowsById(a.handovers);
  for (const [id, h] of ha) {
    const old = hb.get(id);
    if (!old) {
      const owner = h.receivingOwner ? `, received by ${personShown(a, h.receivingOwner)}` : ' with no receiving owner';
      add('handover-added', id, `Handover ${id} to ${h.process || 'an unnamed process'} added${owner}.`, 'neutral');
      continue;
    }
    const named = namedBy(h.status);
    if (!old.accepted && h.accepted && named !== undefined && !isNamed(a, h.receivingOwner, named)) {
      // Accepted by someone else than its receiving owner, as the note says: not theirs to credit.
      const owner = h.receivingOwner ? `; its receiving owner is ${personShown(a, h.receivingOwner)}` : '';
      add(
        'handover-accepted',
        id,
        `Handover ${handoverLabel(h)} accepted as written: "${clip(h.status)}"${owner}.`,
        'neutral',
      );
    } else if (!old.accepted && h.accepted) {
      const by = h.receivingOwner ? ` by ${personShown(a, h.receivingOwner)}` : '';
      const on = h.acceptedOn ? ` on ${h.acceptedOn}` : ', with no Accepted on date';
      add('handover-accepted', id, `Handover ${handoverLabel(h)} accepted${by}${on}.`, 'better');
    } else if (!old.accepted && !old.acceptedAhead && h.acceptedAhead) {
      add(
        'handover-accepted',
        id,
        `Handover ${handoverLabel(h)} written ${notYetGiven(clip(h.status), h.acceptedAhead)}.`,
        'neutral',
      );
    } else if (!isRejected(old) && isRejected(h)) {
      add('handover-rejected', id, `Handover ${handoverLabel(h)} rejected.`, 'worse');
    } else if (old.accepted && !h.accepted) {
      add(
        'handover-unaccepted',
        id,
        `Handover ${handoverLabel(h)} is no longer accepted (now ${h.acceptedAhead ? notYetGiven(clip(h.status), h.acceptedAhead) : h.status || 'no status'}).`,
        'worse',
      );
    }
    const was = personShown(b, old.receivingOwner);
    const now = personShown(a, h.receivingOwner);
    if (old.receivingOwner && !h.receivingOwner) {
      add('handover-owner-removed', id, `${id} lost its receiving owner, ${was}.`, 'worse');
    } else if (!old.receivingOwner && h.receivingOwner) {
      add('handover-owner-added', id, `${id} now received by ${now}.`, 'better');
    } else if (!samePerson(b, old.receivingOwner, a, h.receivingOwner)) {
      add('handover-owner-changed', id, `${id} receiving owner changed from ${was} to ${now}.`, 'neutral');
    }
  }
  for (const [id, h] of hb)
    if (!ha.has(id)) add('handover-removed', id, `Handover ${handoverLabel(h)} removed.`, 'worse');
}

/**
 * Transition control: decisions recorded or approved (a Go/No-go, an Exception), go-live readiness
 * criteria met or no longer met (early life support exit criteria: diffEarlyLifeSupport.ts).
 */
function diffControl(b: PlanStatus, a: PlanStatus, add: Add): void {
  const db = new Map(b.decisions.map((d) => [d.id, d]));
  for (const d of a.decisions) {
    const old = db.get(d.id);
    const what = `${d.id} (${d.type || 'decision'}: ${d.decision})`;
    if (!old) add('decision-added', d.id, `Decision ${what} recorded${d.status ? `, ${d.status}` : ''}.`, 'neutral');
    else if (d.approved && !old.approved) add('decision-approved', d.id, `Decision ${what} approved.`, 'neutral');
    else if (!d.approved && old.approved)
      add('decision-unapproved', d.id, `Decision ${what} no longer approved.`, 'neutral');
  }
  const isMet = (met: string | undefined): boolean => met === 'yes';
  const rb = new Map(b.readiness.criteria.map((c) => [c.criterion, c]));
  for (const c of a.readiness.criteria) {
    const old = rb.get(c.criterion);
    if (!old || isMet(old.met) === isMet(c.met)) continue;
    if (isMet(c.met)) add('readiness-met', c.criterion, `Go-live readiness "${c.criterion}" met.`, 'better');
    else add('readiness-unmet', c.criterion, `Go-live readiness "${c.criterion}" no longer met.`, 'worse');
  }
}

/**
 * The changes from `before` to `after` (either may be missing: a plan added or removed), in a
 * stable order: the plan's header facts, then stakeholders, risks, milestones, handovers,
 * decisions and readiness, issues, corrective actions and sign-offs, and last the findings
 * introduced and fixed.
 */
export function diffPlans(before: PlanSide | undefined, after: PlanSide | undefined): PlanChange[] {
  const out: PlanChange[] = [];
  const add: Add = (kind, subject, message, impact) => out.push({ kind, subject, message, impact });
  if (!before && !after) return out;
  if (!before) {
    const s = after!.status;
    add('plan-added', s.id ?? s.uri, `New plan ${planLabel(s)} at stage ${s.stage ?? 'none'}.`, 'neutral');
    // A new plan's findings are all introduced by the change.
    diffFindings([], after!.findings, add);
    return out;
  }
  if (!after) {
    const s = before.status;
    add('plan-removed', s.id ?? s.uri, `Plan ${planLabel(s)} was removed.`, 'neutral');
    return out;
  }
  const [b, a] = [before.status, after.status];
  // Rows still in the plan under a heading no longer read are not each removed: said once.
  const unread = unreadRegisters(b, a, after.text);
  // A column renamed out of reach (or back) is no change to each row's values.
  const columns = columnsUnread(before.unreadColumns, after.unreadColumns);
  const rows = withColumnsUnread(withoutUnread(b, unread), a, columns);
  const dates = datesGone(rows, a);
  const moved = rebaseline(rows, a);
  const goneRow = goneWith(b, removedRowIds(b, a), notReadReason(unread), dates, moved, goneAfterReworded(rows, a));
  const gone = goneUnchecked(b, a, columns, goneRow);
  diffHeader(before, after, add, gone);
  diffUnreadRegisters(unread, after.findings, add, after.registerAliases);
  diffStakeholders(rows, a, add);
  diffRisks(rows, a, add);
  diffMilestones(rows, a, add);
  diffEmptiedDates(dates, add);
  diffBaselines(moved, add);
  diffTolerances(b, a, add);
  diffSpend(before, after, add);
  diffUnreadDates(b, a, add);
  diffHandovers(rows, a, add);
  diffControl(rows, a, add);
  diffStatusLog(b, a, add);
  diffEarlyLifeSupport(rows, a, add);
  diffLogs(rows, a, add);
  const waivers = addedWaivers(b, a, after.findings);
  diffFindings(before.findings, after.findings, add, gone, waivers, exceptedBreaches(a));
  return out;
}
