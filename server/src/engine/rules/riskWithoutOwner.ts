import type { Rule } from '../rule.js';
import { personCellFixes, rankPeople } from '../fixes.js';
import { rowLabel } from './util.js';

export const riskWithoutOwner = {
  name: 'risk-without-owner',
  severity: 'error',
  stage: 'always',
  fixable: 'always',
  description: 'Fires when a row of the Risks table has an empty Owner cell (empty, `-`, `n/a` or `TBD`).',
  docs: 'In ITIL Transition Planning and Support every risk has an owner who watches it, reviews it and triggers its mitigation or contingency. A risk nobody owns is a risk nobody acts on. Put the stakeholder ID, name or @handle of the person who answers for it in the Owner cell.',
  check(ctx) {
    for (const row of ctx.plan.rows('risks')) {
      const cell = row.cell('owner');
      // A missing Owner column is table-columns' finding, not one per row.
      if (!cell || !cell.empty) continue;
      const risk = row.value('risk');
      ctx.report({
        range: cell.range,
        target: row.id,
        fixes: personCellFixes(ctx.plan, cell, 'risk owner', rankPeople(ctx.plan, risk, ['projectManager'])),
        message: `Risk ${rowLabel(row)}${risk ? ` (${risk})` : ''} has no owner: name the stakeholder who watches it and acts on it (an ID, name or @handle from the Stakeholders table).`,
      });
    }
  },
} satisfies Rule;
