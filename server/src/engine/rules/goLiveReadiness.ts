import type { HandoffConfig } from '../config.js';
import { coveringException, readinessCriteria, readinessPhase } from '../control.js';
import type { Plan } from '../model.js';
import { milestoneBaseline } from '../rowFacts.js';
import type { IsoDate } from '../types.js';
import { knownValue, readDate, saysNotApplicable } from '../values.js';
import { goDecision, goDecisionDatedAfter, noGoDecision } from '../goNoGo.js';
import type { Rule } from '../rule.js';
import { daysBetween } from '../isoDate.js';
import { insertRegisterFix, registerAnchor, rowLabel } from './util.js';
import { dayCount } from '../text.js';
import { templateFill } from '../templateFill.js';
import { rankPeople } from '../rankPeople.js';
import type { Fix } from '../types.js';

/**
 * A milestone planned for go-live or before it, not reached, that an approved Exception lets run
 * past `dates.go_live`: go-live has most likely moved with it, and the date to measure readiness
 * against is the new one. What the findings then say, for the plan to set `dates.go_live`.
 */
function movedByException(plan: Plan, config: HandoffConfig, asOf: IsoDate, goLive: IsoDate): string | undefined {
  for (const row of plan.rows('milestones')) {
    const baseline = milestoneBaseline(row);
    const forecast = knownValue(row, 'forecast', readDate);
    if (typeof baseline !== 'string' || baseline > goLive || !forecast || forecast <= goLive) continue;
    if (knownValue(row, 'actual', readDate)) continue;
    const decision = coveringException(plan, config, asOf, { kind: 'schedule', milestone: row.id });
    if (decision)
      return ` If go-live moved with ${rowLabel(row)} (forecast ${forecast} under the approved Exception ${rowLabel(decision)}), set \`dates.go_live\` to the new date.`;
  }
  return undefined;
}

export const goLiveReadiness = {
  name: 'go-live-readiness',
  severity: 'error',
  stage: 'control',
  description:
    "Fires from `readiness_days` (default 7) before `dates.go_live` until the plan reaches closure, for each required Go-live readiness criterion (configuration `readiness` for the plan's transition type, else: Change authorised, Back-out plan tested, Service acceptance criteria met, Support staff trained, Knowledge articles published) that is not Met, and when no Approved Go/No-go decision says go; a warning inside the window, an error once the go-live date is reached.",
  docs: 'Before a service goes live someone must be able to say it is ready: the change is authorised, the back-out plan has been tested, the service acceptance criteria are met, support staff are trained and knowledge articles are published, and an accountable person has made the go/no-go decision. The criteria come from the transition model in the configuration (`readiness`, per transition type) and are matched to the Criterion cells forgivingly (case, punctuation, "and"/"&", additional words such as "Change authorised by CAB", approved for authorised as in "Change approved by CAB", a compound written as one word as in "Backout plan tested", one word among a longer criterion’s as in "Knowledge base articles published"). A criterion with no row is reported on the Go-live readiness heading; one that is not yes on its Met cell. Record the evidence and set Met to yes (a Met of `N/A` reads as empty: a required criterion that does not apply to this transition is waived, with the reason), or record an Approved Go/No-go decision in Decisions (a decision whose text begins with "No-go" is not a go). A finding can be waived with the criterion as its Target. A Go decision counts once it is taken: one dated after the as-of date is said to be, and does not count yet. Once the go-live date is reached, a milestone planned for go-live or before it, not reached, that an approved Exception lets run past it (go-live has most likely moved with it) is named in each finding, with `dates.go_live` as what to move. One that says no-go in other words (`Do not proceed with the cutover`, `Not ready`, `Hold go-live`, `Cutover postponed to 13 January`, `Abort cutover`, `Go-live rescheduled`, `Stop: re-plan cutover`), after a label (`Decision: No-Go`, `Go/No-go outcome: NO-GO`) or in a note at its end (`… (no-go)`) is a no-go, and a Status with a no-go note (`Approved (No-Go)`) is not read as Approved. The decision taken last stands: a Go that an Approved No-go taken after it overturns no longer counts (later by their dates, or by their order in the register when a date is missing or the same).',
  sources: [
    'ITIL 2011 Service Transition 4.2 Change management (change authorisation), 4.4 Release and deployment management (deployment readiness), 4.5 Service validation and testing (service acceptance criteria)',
    'ITIL 4 Change enablement, Release management, Deployment management and Service validation and testing practices',
    'PRINCE2 Quality theme (acceptance criteria); Controlling a Stage and Managing Product Delivery',
    'PMBOK 6th ed. 5.5 Validate Scope',
  ],
  check(ctx) {
    const { plan } = ctx;
    const phase = readinessPhase(plan, ctx.config, ctx.asOf);
    if (!phase) return;
    const goLive = plan.meta.dates.goLive!;
    const severity = phase === 'due' ? 'error' : 'warning';
    const when =
      phase === 'due'
        ? `the go-live date ${goLive} has been reached`
        : `go-live is in ${dayCount(daysBetween(ctx.asOf, goLive))} (${goLive})`;
    const moved = phase === 'due' ? (movedByException(plan, ctx.config, ctx.asOf, goLive) ?? '') : '';
    const register = plan.register('goLiveReadiness');
    // Without the register there is nothing to match; missing-register reports it.
    if (register) {
      for (const c of readinessCriteria(plan, ctx.config)) {
        if (c.met === 'yes') continue;
        if (!c.row) {
          ctx.report({
            range: register.heading.range,
            target: c.criterion,
            severity,
            message: `Go-live readiness has no row for "${c.criterion}" and ${when}: add it with its evidence and owner, and set Met to yes once it holds.`,
          });
          continue;
        }
        const cell = c.row.cell('met');
        const text = c.row.value('met');
        // A Met value that cannot be read is unreadable-value's finding.
        if (text !== undefined && c.met === undefined) continue;
        ctx.report({
          range: cell && !cell.empty ? cell.range : c.row.range,
          target: c.row.id ?? c.criterion,
          severity,
          message:
            cell && saysNotApplicable(cell.text)
              ? `Readiness criterion "${c.criterion}"${c.row.id ? ` (${c.row.id})` : ''} is marked "${cell.text}", not met, and ${when}: the transition model requires it of this transition type, so one that does not apply is waived (a Waivers row with the criterion as its Target and the reason); otherwise record the evidence and set Met to yes, or hold go-live.${moved}`
              : `Readiness criterion "${c.criterion}"${c.row.id ? ` (${c.row.id})` : ''} is ${c.met === 'partial' ? 'only partly met' : c.met === 'no' ? 'not met' : 'not marked as met'} and ${when}: record the evidence and set Met to yes, or hold go-live.${moved}`,
        });
      }
    }
    if (!goDecision(plan, ctx.asOf)) {
      const decisions = plan.register('decisions');
      const held = noGoDecision(plan);
      const later = held ? undefined : goDecisionDatedAfter(plan, ctx.asOf);
      ctx.report({
        range: decisions?.heading.range ?? register?.heading.range ?? registerAnchor(plan, 'goLiveReadiness'),
        target: 'go-no-go',
        severity,
        message: held
          ? `${rowLabel(held)} is an approved No-go and ${when}: go-live is held, so move \`dates.go_live\` (and the go-live milestone's Forecast) to the date now planned, and record the Go decision when it is taken.`
          : later
            ? `The Go decision ${rowLabel(later)} is dated ${later.value('date')}, after ${ctx.asOf}, and ${when}: a decision counts once it is taken. Record its date when it is taken, or hold go-live.`
            : `No approved Go/No-go decision and ${when}: record who decided to go live, and when, in the Decisions register (Type Go/No-go, Status Approved).${moved}`,
        // Not preferred: the register it inserts holds a Proposed decision, which someone must approve.
        fixes: decisions ? undefined : () => [goDecisionRegisterFix(plan, ctx.config, ctx.asOf)],
      });
    }
  },
} satisfies Rule;

/**
 * The Decisions register for a plan that has none, holding the Go/No-go decision to take: Proposed,
 * for the sponsor to approve (as the plan writes people; whoever a template names when the
 * sponsor is not listed), dated as a template dates new rows (the go-live date while it is ahead).
 */
function goDecisionRegisterFix(plan: Plan, config: HandoffConfig, asOf: IsoDate): Fix {
  const fill = templateFill(plan, config, asOf);
  const sponsor = rankPeople(plan, undefined, ['sponsor'], 1).find((c) => c.by === 'sponsor')?.ref;
  const row = { type: 'Go/No-go', status: 'Proposed', ...(sponsor ? { approvedBy: sponsor } : {}) };
  return {
    ...insertRegisterFix(plan, 'decisions', { ...fill, rows: { ...fill.rows, decisions: [row] } }),
    isPreferred: false,
  };
}
