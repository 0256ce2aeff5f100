import { costPosition, formatAmount, isContingencyLine } from '../control.js';
import type { Rule } from '../rule.js';
import { keyAnchor } from './util.js';

/** Rounding allowed between `budget.approved` and the lines' Approved total. */
const ROUNDING = 0.005;

export const budgetMismatch = {
  name: 'budget-mismatch',
  severity: 'warning',
  stage: 'control',
  description:
    "Fires from control on when the Resource consumption lines' Approved total (a Total line excluded) differs from `budget.approved` by more than 0.5 %.",
  docs: 'The approved budget in the front matter and the budget lines must tell the same story, or cost tolerance is measured against the wrong figure. Usually a budget change was approved and only one of the two was updated: update the other, and keep the change decision in the Decisions register. When an amount in the lines cannot be read, or is in another currency, no total is made up and the rule stays silent (the value is reported as unreadable); so it does when a later table of lines is not read (another unit note in its header: `table-columns` reports it). Contingency held as a line of its own (`Contingency (held by Executive)`, `Management reserve`) may make the lines approve `budget.approved` plus `budget.contingency`.',
  sources: [
    'ITIL 2011 Service Transition 4.1 Transition planning and support (planning and coordinating; progress monitoring and reporting)',
    'ITIL 4 Project management practice',
    'PRINCE2 Business Case and Progress themes (approved budget as baseline)',
    'PMBOK 6th ed. 7.3 Determine Budget (cost baseline)',
  ],
  check(ctx) {
    const { plan } = ctx;
    const approved = plan.meta.budget.approved;
    if (approved === undefined || approved <= 0) return;
    const cost = costPosition(plan, ctx.config, ctx.asOf);
    if (!cost || cost.approvedLines <= 0) return;
    if (Math.abs(cost.approvedLines - approved) <= approved * ROUNDING) return;
    // Contingency held as a line of its own: the lines approve the budget and its contingency.
    const contingency = plan.meta.budget.contingency;
    const withContingency = approved + (contingency ?? 0);
    if (
      contingency &&
      Math.abs(cost.approvedLines - withContingency) <= withContingency * ROUNDING &&
      plan.rows('resourceConsumption').some(isContingencyLine)
    )
      return;
    const budgetNode = plan.frontMatter.entries.get('budget');
    const currency = plan.meta.budget.currency ? `${plan.meta.budget.currency} ` : '';
    ctx.report({
      range: budgetNode?.entries.get('approved')?.range ?? keyAnchor(plan, 'budget'),
      target: 'budget',
      message: `budget.approved is ${currency}${formatAmount(approved)} but the Resource consumption lines approve ${currency}${formatAmount(cost.approvedLines)}: update whichever is out of date, and record the budget change in the Decisions register.`,
    });
  },
} satisfies Rule;
