import type { Rule } from '../rule.js';
import { daysBetween } from '../isoDate.js';
import { knownValue, readDate } from '../values.js';
import { isOpenRisk } from '../rowFacts.js';
import { personLabel, hasColumn, rowLabel } from './util.js';
import { writtenRows } from '../placeholders.js';
import { dayCount } from '../text.js';

export const riskReviewOverdue = {
  name: 'risk-review-overdue',
  severity: 'warning',
  stage: 'control',
  description: 'Fires when an open risk (Status Open or Escalated) has a Review date before the as-of date.',
  docs: 'Risks change while the transition runs: likelihood and impact move, mitigations land or fail. A review date that has passed means nobody has looked at the risk when they said they would. Review the risk with its owner, update Likelihood, Impact and Mitigation, then set the next Review date (or close the risk).',
  check(ctx) {
    for (const row of writtenRows(ctx.plan, 'risks')) {
      if (!hasColumn(row, 'status') || !isOpenRisk(row)) continue;
      const cell = row.cell('review');
      const review = knownValue(row, 'review', readDate);
      if (!cell || !review || review >= ctx.asOf) continue;
      const days = daysBetween(review, ctx.asOf);
      const owner = row.value('owner');
      ctx.report({
        range: cell.range,
        target: row.id,
        message:
          `Risk ${rowLabel(row)} was due for review on ${review}, ${dayCount(days)} before ${ctx.asOf}: ` +
          `review it${owner ? ` with its owner, ${personLabel(ctx.plan, owner)}` : ''}, update its assessment and set the next Review date, or close it.`,
      });
    }
  },
} satisfies Rule;
