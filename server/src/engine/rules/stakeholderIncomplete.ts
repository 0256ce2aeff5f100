import type { Rule } from '../rule.js';
import { rowLabel } from './util.js';
import { onlySamples, promptIn } from '../placeholders.js';

export const stakeholderIncomplete = {
  name: 'stakeholder-incomplete',
  severity: 'warning',
  stage: 'always',
  description:
    "Fires when a row of the Stakeholders table has no Role, or names nobody yet: its Name is still a template's placeholder (`Full name`, `Sponsor name` in the Sponsor's row), or empty or not known yet (`TBC`) with no handle.",
  docs: "Stakeholder management in transition planning means knowing what each person is there for: sponsor, service owner, process owner, supplier, user representative. A stakeholder without a role cannot be placed in the RACI, the communication plan or the sign-off, and nobody knows why they are involved. Fill in the Role cell. A Name still holding a template's placeholder (`Sponsor name`, as `handoff init` writes it) names nobody yet: write the person's name over it. So does a Name left empty or written as not known yet (`TBC`, `To be appointed`… as §3 reads them) in a row with no handle: the role is planned but unfilled, and whoever the plan names by that role is nobody yet.",
  check(ctx) {
    const table = ctx.plan.register('stakeholders')?.table;
    // Without a Role column table-columns reports the table once, not every row.
    if (!table?.has('role')) return;
    // A table of template samples only is missing-stakeholders' one finding.
    const samples = onlySamples('stakeholders', table.rows);
    for (const row of table.rows) {
      const placeholder = samples ? undefined : promptIn('stakeholders', row, 'name');
      if (placeholder !== undefined) {
        const role = row.value('role');
        ctx.report({
          range: row.cell('name')?.range ?? row.range,
          target: row.id,
          message: `Stakeholder ${rowLabel(row, role)} has no name yet: its Name still reads the placeholder "${placeholder}". Write the person's name, so the plan says who ${role ? `is the ${role.toLowerCase()}` : 'this is'}.`,
        });
        continue;
      }
      const role = row.value('role');
      const nameCell = row.cell('name');
      // A role with nobody in it yet (`| S-06 | TBC | Change manager |`), unless a handle says who.
      if (role && nameCell && nameCell.empty && !row.value('handle')) {
        const written = nameCell.text.trim();
        ctx.report({
          range: written ? nameCell.range : row.range,
          target: row.id,
          message: `Stakeholder ${rowLabel(row, role)} has no name yet${written ? `: its Name reads "${written}"` : ''}. Write the person's name once known, so the plan says who the ${role.toLowerCase()} is; until then, a cell that names the ${role.toLowerCase()} names nobody.`,
        });
        continue;
      }
      if (role) continue;
      const name = row.value('name');
      ctx.report({
        // The Role cell, the narrowest range there is (contract §4).
        range: row.cell('role')?.range ?? row.range,
        target: row.id,
        message: `Stakeholder ${rowLabel(row, name)} has no role: write what they are involved as (e.g. Sponsor, Service owner, Change manager) so they can be placed in the RACI and the communication plan.`,
      });
    }
  },
} satisfies Rule;
