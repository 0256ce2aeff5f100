import type { Rule } from '../rule.js';
import { daysBetween } from '../text.js';
import { knownValue, readDate, UNREADABLE } from '../values.js';
import { hasOpenCorrectiveAction, rowLabel, statusOf } from './util.js';

export const scheduleSlip = {
  name: 'schedule-slip',
  severity: 'error',
  stage: 'control',
  description:
    "Fires when a milestone that is neither Done nor Descoped has a Forecast more than the schedule tolerance (front-matter `tolerances.schedule_days`, else the configuration's) after its Baseline, while health is green or no corrective action is open.",
  docs: 'Project Control manages by exception: within tolerance the project manager acts alone, beyond it the deviation must be escalated and corrected. A slip beyond `schedule_days` needs both an honest health (amber or red) and an open corrective action, or a new baseline agreed through change control. Milestones already Done or Descoped are history and are not checked.',
  check(ctx) {
    const { plan } = ctx;
    const tolerance = plan.meta.tolerances.scheduleDays ?? ctx.config.tolerances.scheduleDays;
    const green = plan.meta.health === 'green';
    const correcting = hasOpenCorrectiveAction(plan);
    if (!green && correcting) return;
    for (const row of plan.rows('milestones')) {
      const s = statusOf(row, 'milestones');
      if (s === 'Done' || s === 'Descoped' || s === UNREADABLE) continue;
      const cell = row.cell('forecast');
      const baseline = knownValue(row, 'baseline', readDate);
      const forecast = knownValue(row, 'forecast', readDate);
      if (!cell || !baseline || !forecast) continue;
      const slip = daysBetween(baseline, forecast);
      if (slip <= tolerance) continue;
      const name = row.value('milestone');
      const situation =
        green && !correcting
          ? 'while health is green and no corrective action is open: raise health to amber or red and open a corrective action'
          : green
            ? 'while health is still green: raise health to amber or red'
            : 'and no corrective action is open: open a corrective action to recover the slip';
      ctx.report({
        range: cell.range,
        target: row.id,
        message:
          `Milestone ${rowLabel(row)}${name ? ` (${name})` : ''} is forecast ${slip} days late (${baseline} → ${forecast}), ` +
          `beyond the ${tolerance}-day schedule tolerance, ${situation}, or re-baseline it through change control.`,
      });
    }
  },
} satisfies Rule;
