import type { Rule } from '../rule.js';
import { rowLabel } from './util.js';

export const stakeholderIncomplete = {
  name: 'stakeholder-incomplete',
  severity: 'warning',
  stage: 'always',
  description: 'Fires when a row of the Stakeholders table has no Role.',
  docs: 'Stakeholder management in transition planning means knowing what each person is there for: sponsor, service owner, process owner, supplier, user representative. A stakeholder without a role cannot be placed in the RACI, the communication plan or the sign-off, and nobody knows why they are involved. Fill in the Role cell.',
  check(ctx) {
    const table = ctx.plan.register('stakeholders')?.table;
    // Without a Role column table-columns reports the table once, not every row.
    if (!table?.has('role')) return;
    for (const row of table.rows) {
      if (row.value('role')) continue;
      const name = row.value('name');
      ctx.report({
        range: row.range,
        target: row.id,
        message: `Stakeholder ${rowLabel(row)}${name ? ` (${name})` : ''} has no role: write what they are involved as (e.g. Sponsor, Service owner, Change manager) so they can be placed in the RACI and the communication plan.`,
      });
    }
  },
} satisfies Rule;
