import type { Rule } from '../rule.js';
import { personCellFixes, rankPeople } from '../fixes.js';
import { rowLabel } from './util.js';

export const processInterfaceWithoutContact = {
  name: 'process-interface-without-contact',
  severity: 'warning',
  stage: 'planning',
  fixable: 'always',
  description:
    'Fires from planning on when a row of the Process interfaces table has an empty Contact cell (empty, `-`, `n/a` or `TBD`).',
  docs: 'Planning and Coordination agrees the hand-off points to the other ITIL processes (Change, Release, Testing, Configuration …). An interface works only when someone in that process has agreed to it: name that person in the Contact cell, as a stakeholder ID, name or @handle.',
  check(ctx) {
    for (const row of ctx.plan.rows('processInterfaces')) {
      const cell = row.cell('contact');
      if (!cell || !cell.empty) continue;
      const process = row.value('process');
      ctx.report({
        range: cell.range,
        target: row.id,
        fixes: personCellFixes(ctx.plan, cell, 'contact', rankPeople(ctx.plan, process, ['projectManager'])),
        message: `Process interface ${rowLabel(row)}${process ? ` (${process})` : ''} has no contact: name the person in that process who agrees the hand-off point.`,
      });
    }
  },
} satisfies Rule;
