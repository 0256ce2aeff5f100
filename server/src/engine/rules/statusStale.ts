import type { Rule } from '../rule.js';
import { addDays, daysBetween } from '../text.js';
import { UNREADABLE } from '../values.js';
import { newestStatusEntry } from './util.js';

export const statusStale = {
  name: 'status-stale',
  severity: 'warning',
  stage: 'planning',
  description:
    "Fires when the newest Status log entry (its first row: the log is newest first) is older than the reporting cadence: front-matter `reporting_cadence_days`, else the rule option `cadence_days`, else the configuration's `reporting_cadence_days` (14). Older than twice the cadence it is an error. Closed plans are not checked.",
  docs: 'Reporting and Communication keeps stakeholders informed at an agreed rhythm; a status log that has gone quiet means decisions are being taken on old information. Add a new dated entry at the top of the Status log with the current health and summary. If the agreed rhythm is slower, set `reporting_cadence_days` in the front matter.',
  options: {
    cadence_days: {
      type: 'integer',
      minimum: 1,
      description: 'Days after which the newest status entry is stale, unless the plan sets `reporting_cadence_days`.',
    },
  },
  check(ctx) {
    // A closed transition has stopped reporting on purpose; its last entry is the closure report.
    if (ctx.stage === 'closed') return;
    const newest = newestStatusEntry(ctx.plan);
    // An unreadable date is unreadable-value's finding; no older row stands in for it.
    if (!newest?.date || newest.date === UNREADABLE) return;
    const option = ctx.options['cadence_days'];
    const cadence =
      ctx.plan.meta.reportingCadenceDays ??
      (typeof option === 'number' && Number.isInteger(option) && option >= 1
        ? option
        : ctx.config.reportingCadenceDays);
    const age = daysBetween(newest.date, ctx.asOf);
    if (age <= cadence) return;
    const overdue = age > 2 * cadence;
    ctx.report({
      range: newest.row.cell('date')?.range ?? newest.row.range,
      target: 'statusLog',
      severity: overdue ? 'error' : undefined,
      message:
        `The newest status entry (${newest.date}) is ${age} days old, ${overdue ? 'more than twice ' : 'beyond '}the ${cadence}-day reporting cadence ` +
        `(next report was due ${addDays(newest.date, cadence)}): add a current entry at the top of the Status log.`,
    });
  },
} satisfies Rule;
