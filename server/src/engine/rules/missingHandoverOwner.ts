import type { Rule } from '../rule.js';
import { personCellFixes, rankPeople } from '../fixes.js';
import { rowLabel } from './util.js';

export const missingHandoverOwner = {
  name: 'missing-handover-owner',
  severity: 'error',
  stage: 'planning',
  fixable: 'always',
  description:
    'Fires from planning on when a row of the Handovers table has an empty Receiving owner cell (empty, `-`, `n/a` or `TBD`).',
  docs: 'Closure hands every result to the ITIL process that will run it, and a handover is only done when a named person in that process accepts it. Planning the receiving owner early gives them time to prepare and to agree the acceptance criteria. Put the stakeholder ID, name or @handle of that person in the Receiving owner cell.',
  check(ctx) {
    for (const row of ctx.plan.rows('handovers')) {
      const cell = row.cell('receivingOwner');
      if (!cell || !cell.empty) continue;
      const process = row.value('process');
      ctx.report({
        range: cell.range,
        target: row.id,
        fixes: personCellFixes(
          ctx.plan,
          cell,
          'receiving owner',
          rankPeople(ctx.plan, process, ['serviceOwner', 'projectManager']),
        ),
        message: `Handover ${rowLabel(row)}${process ? ` (${process})` : ''} has no receiving owner: name the person in the receiving process who accepts it.`,
      });
    }
  },
} satisfies Rule;
