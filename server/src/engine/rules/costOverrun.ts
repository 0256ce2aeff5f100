import { costPosition, exceptionNotCounted, formatAmount, looserToleranceNote } from '../control.js';
import type { Rule } from '../rule.js';
import { rowLabel } from './util.js';

export const costOverrun = {
  name: 'cost-overrun',
  severity: 'error',
  stage: 'control',
  description:
    "Fires when the Resource consumption lines' forecast total (each line's Forecast, else its Actual, else, for a line not started, its Approved, except a contingency line's; a Total, Subtotal or Sum line excluded, but not a line whose name only starts with the word, such as `Total Rewards licence`) exceeds `budget.approved` (else the lines' Approved total) × (1 + cost tolerance / 100), with the tolerance from front-matter `tolerances.cost_pct` or the configuration (the stricter applies; `budget.contingency` is not added), and no Approved `Exception` decision covers cost.",
  docs: 'Project Control compares resource consumption with what was approved and manages by exception: within tolerance nothing is reported; beyond it the project manager escalates and the board (the sponsor, or a role in `board_roles`) decides. Record that decision as a Decisions row of Type `Exception`, Status Approved, dated on or before the as-of date, whose Covers cell says `cost` or is empty — or have the extra budget approved through change control and raise the Approved figures. An open corrective action alone does not silence this rule. When an amount in the lines cannot be read, or is in another currency than `budget.currency`, no total is made up and the rule stays silent (the value is reported as unreadable).',
  sources: [
    'ITIL 2011 Service Transition 4.1 Transition planning and support (progress monitoring and reporting: resource consumption against plan)',
    'ITIL 4 Project management practice',
    'PRINCE2 Progress theme: cost tolerance and exceptions',
    'PMBOK 6th ed. 7.4 Control Costs',
  ],
  check(ctx) {
    const { plan } = ctx;
    const cost = costPosition(plan, ctx.config, ctx.asOf);
    if (!cost || cost.forecast <= cost.limit || cost.coveredBy) return;
    const over = ((cost.forecast - cost.approved) / cost.approved) * 100;
    const near = exceptionNotCounted(plan, ctx.config, ctx.asOf, { kind: 'cost' });
    const notCounted = near ? ` (${rowLabel(near.row)} does not count: ${near.why})` : '';
    const currency = plan.meta.budget.currency ? `${plan.meta.budget.currency} ` : '';
    ctx.report({
      range: cost.range,
      target: 'budget',
      message:
        `Forecast spend ${currency}${formatAmount(cost.forecast)} is ${over.toFixed(1)}% over the approved ${currency}${formatAmount(cost.approved)}, ` +
        `beyond the ${cost.pct}% cost tolerance${looserToleranceNote(plan, ctx.config, 'cost')} (limit ${currency}${formatAmount(cost.limit)}), and no approved Exception decision covers it${notCounted}: ` +
        (ctx.stage === 'closed'
          ? // Closed, there is nothing left to escalate or re-approve: what remains is the record.
            'the plan is closed, so record the overrun and how the board accepted it (Decisions: Type Exception, Covers cost) for the end project report and the lessons learned.'
          : 'escalate to the board and record its decision (Decisions: Type Exception, Covers cost), or have the extra budget approved through change control.'),
    });
  },
} satisfies Rule;
