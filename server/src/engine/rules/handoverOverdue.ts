import type { Rule } from '../rule.js';
import { daysBetween } from '../isoDate.js';
import { knownValue, readDate, UNREADABLE } from '../values.js';
import { acceptanceAhead, statusOf } from '../rowFacts.js';
import { personLabel, hasColumn, rowLabel } from './util.js';
import { writtenRows } from '../placeholders.js';
import { dayCount } from '../text.js';

export const handoverOverdue = {
  name: 'handover-overdue',
  severity: 'warning',
  stage: 'control',
  description:
    "Fires from control on when a handover's Planned date is before the as-of date and its Status is not Accepted, or is Accepted on a date after the as-of date (an acceptance counts from its date).",
  docs: 'A handover that has passed its planned date without acceptance means the receiving process is not ready to run what the transition delivers, usually the first sign that go-live or closure will slip. Agree a new date with the receiving owner (and record why), or have them accept it against its acceptance criteria and set Status to Accepted.',
  sources: [
    'ITIL 2011 Service Transition 4.1 Transition planning and support (progress monitoring) and 4.4 Release and deployment management (transfer to operation)',
    'ITIL 4 Service transition: Release management and Deployment management practices',
    'PRINCE2 Progress theme (management by exception against the stage plan)',
    'PMBOK 6th ed. 6.6 Control Schedule',
  ],
  check(ctx) {
    const { plan } = ctx;
    for (const row of writtenRows(plan, 'handovers')) {
      if (!hasColumn(row, 'status')) continue;
      const status = statusOf(row, 'handovers');
      // An unreadable status is unreadable-value's finding: this rule does not guess. An
      // acceptance counts from its date: one dated after the as-of date is not given yet.
      const ahead = acceptanceAhead(row, ctx.asOf);
      if ((status === 'Accepted' && !ahead) || status === UNREADABLE) continue;
      const planned = knownValue(row, 'planned', readDate);
      if (!planned || planned >= ctx.asOf) continue;
      const cell = row.cell('planned');
      const process = row.value('process') ?? 'no process named';
      const ago = daysBetween(planned, ctx.asOf);
      const owner = row.value('receivingOwner');
      const when = `was planned for ${planned}, ${dayCount(ago)} ago`;
      const agree = owner ? `agree with ${personLabel(plan, owner)}` : 'name the receiving owner, agree';
      ctx.report({
        range: cell ? cell.range : row.range,
        target: row.id,
        // A rejection is what the receiving process found wrong with what was delivered: the
        // work is to correct it, not only to find a new date.
        message: ahead
          ? `Handover ${rowLabel(row, process)} ${when}, and is Accepted on ${ahead}, after ${ctx.asOf}: an acceptance counts from its date. Correct Accepted on if it was given, or ${agree} a new date and set Status to what holds now (Ready) until it is.`
          : status === 'Rejected'
            ? `Handover ${rowLabel(row, process)} ${when}, and was rejected ("${row.value('status')}"): correct what the rejection names (a corrective action), ${agree} a new date, and have it accepted.`
            : `Handover ${rowLabel(row, process)} ${when}, and is not Accepted: ${agree} a new date and record why, or have the handover accepted.`,
      });
    }
  },
} satisfies Rule;
