import type { Rule } from '../rule.js';
import { daysBetween } from '../isoDate.js';
import { cellValue, readDate, UNREADABLE } from '../values.js';
import { baselineColumn, milestoneBaseline, statusOf } from '../rowFacts.js';
import { hasColumn, rowLabel } from './util.js';
import { writtenRows } from '../placeholders.js';
import { dayCount } from '../text.js';

export const milestoneOverdue = {
  name: 'milestone-overdue',
  severity: 'warning',
  stage: 'control',
  description:
    "Fires when a milestone's Forecast date (or its Baseline when there is no forecast) is before the as-of date and its Status is neither Done nor Descoped.",
  docs: 'Project Control tracks progress against the plan: a milestone whose date has passed without being reached means the plan no longer says when the transition will get there. Mark it Done with its Actual date if it was reached, set a new Forecast date (and raise health or open a corrective action if that breaks a tolerance), or set it to Descoped through change control.',
  check(ctx) {
    for (const row of writtenRows(ctx.plan, 'milestones')) {
      if (!hasColumn(row, 'status')) continue;
      const s = statusOf(row, 'milestones');
      if (s === 'Done' || s === 'Descoped' || s === UNREADABLE) continue;
      const forecastDate = cellValue(row, 'forecast', readDate);
      // A forecast that cannot be read is not replaced by the baseline.
      if (forecastDate === UNREADABLE) continue;
      const due = forecastDate ?? milestoneBaseline(row);
      const cell = row.cell(forecastDate ? 'forecast' : baselineColumn(row));
      if (!due || due === UNREADABLE || !cell || due >= ctx.asOf) continue;
      const days = daysBetween(due, ctx.asOf);
      const name = row.value('milestone');
      const status = row.value('status');
      ctx.report({
        range: cell.range,
        target: row.id,
        message:
          `Milestone ${rowLabel(row, name)} was ${forecastDate ? 'forecast for' : 'due on'} ${due}, ` +
          `${dayCount(days)} before ${ctx.asOf}, and is ${status ? `"${status}"` : 'not Done'}: ` +
          'if it was reached, set Status to Done and fill in Actual; otherwise set a new Forecast date.',
      });
    }
  },
} satisfies Rule;
