import { exceptionNotCounted, looserToleranceNote, scheduleBreaches } from '../control.js';
import type { Rule, RuleContext } from '../rule.js';
import { rowLabel } from './util.js';

/** ` (D-04 does not count: it is dated …)`: the Exception decision that names the slip but does not cover it. */
function notCounted(ctx: RuleContext, milestone: string | undefined): string {
  const near = exceptionNotCounted(ctx.plan, ctx.config, ctx.asOf, { kind: 'schedule', milestone });
  return near ? ` (${rowLabel(near.row)} does not count: ${near.why})` : '';
}

export const scheduleSlip = {
  name: 'schedule-slip',
  severity: 'error',
  stage: 'control',
  description:
    "Fires when a milestone that is neither Done nor Descoped has a Forecast more than the schedule tolerance (front-matter `tolerances.schedule_days`, else the configuration's; a plan value looser than the configuration's does not apply) after its Baseline, and no Approved `Exception` decision covers it.",
  docs: 'Project Control manages by exception: within tolerance the project manager acts alone and nothing is reported. Beyond tolerance the project manager escalates: the board (the sponsor, or a role in `board_roles`) decides on an exception plan, recorded as a Decisions row of Type `Exception`, Status Approved, dated on or before the as-of date, whose Covers cell names the milestone, `schedule`, or is empty. An open corrective action alone is not enough: it is the project manager acting, not the board deciding. Alternatively re-baseline the milestone through change control. Milestones already Done or Descoped are history and are not checked. A milestone re-baselined by an approved change keeps its original Baseline and gets a `Revised baseline` (also `Current baseline`, `New baseline`): the slip is measured from the revised one.',
  sources: [
    'ITIL 2011 Service Transition 4.1 Transition planning and support (progress monitoring and reporting against the plan)',
    'ITIL 4 Project management practice (tolerances and escalation)',
    'PRINCE2 Progress theme: tolerances, exceptions and the Exception Report; Controlling a Stage: escalate issues and risks',
    'PMBOK 6th ed. 6.6 Control Schedule',
  ],
  check(ctx) {
    for (const b of scheduleBreaches(ctx.plan, ctx.config, ctx.asOf)) {
      if (b.coveredBy) continue;
      const cell = b.row.cell('forecast');
      if (!cell) continue;
      const name = b.row.value('milestone');
      ctx.report({
        range: cell.range,
        target: b.row.id,
        message:
          `Milestone ${rowLabel(b.row, name)} is forecast ${b.slip} days late (${b.baseline} → ${b.forecast}), ` +
          `beyond the ${b.tolerance}-day schedule tolerance${looserToleranceNote(ctx.plan, ctx.config, 'schedule')}, and no approved Exception decision covers it${notCounted(ctx, b.row.id)}: escalate to the board and record its decision ` +
          `(Decisions: Type Exception, Covers ${b.row.id ?? 'schedule'}), or re-baseline the milestone through change control.`,
      });
    }
  },
} satisfies Rule;
