import { rowIdKey } from '../domain.js';
import type { Row } from '../model.js';
import type { Rule, RuleContext } from '../rule.js';
import { clipText } from '../text.js';
import type { Severity } from '../types.js';
import { UNREADABLE } from '../values.js';
import { acceptanceAhead, statusOf } from '../rowFacts.js';
import { personLabel, hasColumn, rowLabel } from './util.js';
import { isPromptItem, writtenRows } from '../placeholders.js';

/**
 * An Accepted handover whose `#### H-xx` checklist still has criteria not ticked: accepted against
 * criteria it has not met, by what the plan says. Reported on its Status.
 */
function reportUncheckedCriteria(ctx: RuleContext, row: Row, severity: Severity): void {
  const checklist = row.id ? ctx.plan.register('handovers')?.checklists.get(rowIdKey(row.id)) : undefined;
  const criteria = (checklist?.items ?? []).filter((i) => i.checked !== undefined && !isPromptItem(i.text));
  const open = criteria.filter((i) => !i.checked);
  const cell = row.cell('status');
  if (open.length === 0 || !cell) return;
  const first = clipText(open[0]!.text.trim(), 80);
  ctx.report({
    range: cell.range,
    target: row.id,
    severity,
    message: `Handover ${rowLabel(row, row.value('process') ?? 'no process named')} is Accepted, but ${open.length} of the ${criteria.length} criteria in its "#### ${row.id}" checklist ${open.length === 1 ? 'is' : 'are'} not ticked ("${first}"${open.length > 1 ? ' …' : ''}): tick each that was met, or set Status to what holds (Ready) until all are.`,
    related: [{ range: open[0]!.range, message: 'A criterion not ticked' }],
  });
}

export const handoverNotAccepted = {
  name: 'handover-not-accepted',
  severity: 'error',
  stage: 'closure',
  description:
    "Fires from closure on when a Handovers row's Status is not Accepted, is Accepted on a date after the as-of date, or is Accepted while its `#### H-xx` checklist has criteria not ticked: a warning while the plan is in closure, an error once it is closed.",
  docs: 'Closure is the ultimate hand-off: every result must be accepted by a named owner in the ITIL process that will run it, or the transition has only moved work, not responsibility. Have the receiving owner accept the handover against its acceptance criteria, then set Status to Accepted and fill in Accepted on (where the table has that column). During closure this is a warning (work in progress); in a closed plan it is an error.',
  check(ctx) {
    const { plan } = ctx;
    const severity = ctx.stage === 'closed' ? 'error' : 'warning';
    for (const row of writtenRows(plan, 'handovers')) {
      if (!hasColumn(row, 'status')) continue;
      const status = statusOf(row, 'handovers');
      // An unreadable status is unreadable-value's finding.
      if (status === UNREADABLE) continue;
      if (status === 'Accepted') {
        // Accepted on a day still to come (an acceptance planned, not given): not accepted yet,
        // as a sign-off dated later is not given.
        const on = acceptanceAhead(row, ctx.asOf);
        const cell = row.cell('acceptedOn');
        if (on === undefined || !cell) {
          reportUncheckedCriteria(ctx, row, severity);
          continue;
        }
        ctx.report({
          range: cell.range,
          target: row.id,
          severity,
          message: `Handover ${rowLabel(row, row.value('process') ?? 'no process named')} is Accepted on ${on}, after ${ctx.asOf}${ctx.stage === 'closed' ? ', in a closed plan' : ''}: an acceptance counts from its date. Correct the date if it was given, or set Status to what holds now (Ready) until it is.`,
        });
        continue;
      }
      const cell = row.cell('status');
      const process = row.value('process') ?? 'no process named';
      const ownerRef = row.value('receivingOwner');
      const owner = ownerRef ? personLabel(plan, ownerRef) : undefined;
      const written = row.value('status');
      // The date goes in Accepted on where the table has it; otherwise it is not asked for.
      const then = hasColumn(row, 'acceptedOn')
        ? 'set Status to Accepted and fill in Accepted on'
        : 'set Status to Accepted';
      const closed = ctx.stage === 'closed' ? ', in a closed plan' : '';
      if (status === 'Rejected') {
        ctx.report({
          range: cell && !cell.empty ? cell.range : row.range,
          target: row.id,
          severity,
          message: `Handover ${rowLabel(row, process)} was rejected ("${written}")${closed}: what was delivered does not meet its acceptance criteria. Correct what the rejection names (a corrective action), ${owner ? `have ${owner} accept it` : 'name its receiving owner and have them accept it'}, then ${then}.`,
        });
        continue;
      }
      ctx.report({
        range: cell && !cell.empty ? cell.range : row.range,
        target: row.id,
        severity,
        message:
          `Handover ${rowLabel(row, process)} is ${written ? `"${written}"` : 'without a status'}, not Accepted${closed}: ` +
          (owner
            ? `have ${owner} accept it against its acceptance criteria, then ${then}.`
            : `name its receiving owner and have them accept it, then ${then}.`),
      });
    }
  },
} satisfies Rule;
