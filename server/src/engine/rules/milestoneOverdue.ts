import type { Rule } from '../rule.js';
import { daysBetween, parseIsoDate } from '../text.js';
import { rowLabel, statusIs } from './util.js';

export const milestoneOverdue = {
  name: 'milestone-overdue',
  severity: 'warning',
  stage: 'control',
  description:
    "Fires when a milestone's Forecast date (or its Baseline when there is no forecast) is before the as-of date and its Status is neither Done nor Descoped.",
  docs: 'Project Control tracks progress against the plan: a milestone whose date has passed without being reached means the plan no longer says when the transition will get there. Mark it Done with its Actual date if it was reached, set a new Forecast date (and raise health or open a corrective action if that breaks a tolerance), or set it to Descoped through change control.',
  check(ctx) {
    for (const row of ctx.plan.rows('milestones')) {
      if (statusIs(row, 'done', 'descoped')) continue;
      const forecast = row.cell('forecast');
      const baseline = row.cell('baseline');
      const forecastDate = parseIsoDate(row.value('forecast'));
      const due = forecastDate ?? parseIsoDate(row.value('baseline'));
      const cell = forecastDate ? forecast : baseline;
      if (!due || !cell || due >= ctx.asOf) continue;
      const days = daysBetween(due, ctx.asOf);
      const name = row.value('milestone');
      const status = row.value('status');
      ctx.report({
        range: cell.range,
        target: row.id,
        message:
          `Milestone ${rowLabel(row)}${name ? ` (${name})` : ''} was ${forecastDate ? 'forecast for' : 'due on'} ${due}, ` +
          `${days} day${days === 1 ? '' : 's'} before ${ctx.asOf}, and is ${status ? `"${status}"` : 'not Done'}: ` +
          'if it was reached, set Status to Done and fill in Actual; otherwise set a new Forecast date.',
      });
    }
  },
} satisfies Rule;
