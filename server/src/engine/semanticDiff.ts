/**
 * What a change to a plan means, rather than which characters moved: "R-02 raised from 8 to 16",
 * "H-02 lost its receiving owner", "go-live slipped 14 days". Compares two plan statuses (and
 * their findings); the host brings the two texts (e.g. from git). Register rows are matched by
 * their ID, so reordering rows or reformatting a table is not a change.
 */
import type { PlanStatus } from './status.js';
import { rowsById } from './domain.js';
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
import { diffUnreadDates } from './diffWrittenDates.js';
import { diffRisks } from './diffRisks.js';
import { diffMilestones } from './diffMilestones.js';
import { diffHandovers } from './diffHandovers.js';
import { planLabel } from './diffLabels.js';
import type { Finding } from './types.js';
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
