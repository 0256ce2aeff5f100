import type { Rule } from '../rule.js';
import { saysNone } from '../rowFacts.js';
import { insertAt, rowLabel } from './util.js';

export const handoverWithoutAcceptanceCriteria = {
  name: 'handover-without-acceptance-criteria',
  severity: 'warning',
  stage: 'planning',
  description:
    'Fires from planning on when a handover row has an empty Acceptance criteria cell, or one that says there are none (`No criteria`, `To be agreed`, `Not required`), and no `#### H-xx` checklist with at least one item under Handovers.',
  docs: 'A receiving process accepts a handover against criteria agreed in advance (runbooks reviewed, support staff trained, CIs verified …); without them acceptance is a matter of opinion and tends to slip. Write the criteria in the Acceptance criteria cell, or, when there are several, in a checklist under a `#### H-01 …` heading below the Handovers table.',
  check(ctx) {
    const register = ctx.plan.register('handovers');
    if (!register?.table) return;
    const eol = ctx.plan.lines.eol();
    for (const row of register.table.rows) {
      const cell = row.cell('acceptanceCriteria');
      // No Acceptance criteria column is table-columns' one finding, not one per handover.
      if (!cell || !saysNone(row, 'acceptanceCriteria')) continue;
      const checklist = row.id ? register.checklists.get(row.id.toUpperCase()) : undefined;
      if (checklist && checklist.items.length > 0) continue;
      const process = row.value('process');
      const label = rowLabel(row);
      ctx.report({
        range: cell.range,
        target: row.id,
        message: `Handover ${label}${process ? ` (${process})` : ''} has no acceptance criteria: say how the receiving process judges it ready, in the Acceptance criteria cell${row.id ? ` or in a "#### ${row.id}" checklist` : ''}.`,
        // Only a skeleton to fill in, so not the preferred fix.
        fixes:
          row.id && !checklist
            ? [
                {
                  title: `Add a "#### ${row.id}" acceptance checklist`,
                  edits: [
                    insertAt(
                      ctx.plan,
                      register.endOffset,
                      `${eol}${eol}#### ${row.id} ${process ?? ''}`.trimEnd() + `${eol}${eol}- [ ] Criterion`,
                    ),
                  ],
                },
              ]
            : undefined,
      });
    }
  },
} satisfies Rule;
