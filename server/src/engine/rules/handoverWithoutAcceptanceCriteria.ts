import { rowIdKey } from '../domain.js';
import type { Rule } from '../rule.js';
import { saysNone } from '../rowFacts.js';
import { insertAt, rowLabel } from './util.js';
import { isPromptItem, ITEM_PROMPTS, promptIn, writtenRows } from '../placeholders.js';

export const handoverWithoutAcceptanceCriteria = {
  name: 'handover-without-acceptance-criteria',
  severity: 'warning',
  stage: 'planning',
  description:
    "Fires from planning on when a handover row has an empty Acceptance criteria cell, one that says there are none (`No criteria`, `To be agreed`, `Not required`) one still holding the template's prompt (`How acceptance is judged`) or one that only points to a checklist (`See checklist`, `As per H-01 below`), and no `#### H-xx` checklist with at least one item under Handovers.",
  docs: 'A receiving process accepts a handover against criteria agreed in advance (runbooks reviewed, support staff trained, CIs verified …); without them acceptance is a matter of opinion and tends to slip. Write the criteria in the Acceptance criteria cell, or, when there are several, in a checklist under a `#### H-01 …` heading below the Handovers table.',
  check(ctx) {
    const register = ctx.plan.register('handovers');
    if (!register?.table) return;
    const eol = ctx.plan.lines.eol();
    for (const row of writtenRows(ctx.plan, 'handovers')) {
      const cell = row.cell('acceptanceCriteria');
      // No Acceptance criteria column is table-columns' one finding, not one per handover.
      if (!cell) continue;
      const pointer = pointsToChecklist(cell.text, row.id);
      if (!pointer && !saysNone(row, 'acceptanceCriteria')) continue;
      const checklist = row.id ? register.checklists.get(rowIdKey(row.id)) : undefined;
      // A checklist holding only the template's sample item says nothing yet.
      if (checklist?.items.some((i) => !isPromptItem(i.text))) continue;
      const process = row.value('process');
      const label = rowLabel(row, process);
      const prompt = promptIn('handovers', row, 'acceptanceCriteria');
      const still =
        prompt !== undefined
          ? ` (the cell still reads the placeholder "${prompt}")`
          : pointer
            ? ` (the cell says "${cell.text.trim()}")`
            : '';
      ctx.report({
        range: cell.range,
        target: row.id,
        message: !(checklist && checklist.items.length > 0)
          ? pointer && prompt === undefined
            ? `Handover ${label} has no acceptance criteria: the cell says "${cell.text.trim()}", but ${row.id ? `there is no "#### ${row.id}" checklist under Handovers` : 'a handover with no ID has no checklist'}. Write the criteria there, or in the cell: how the receiving process judges it ready.`
            : `Handover ${label} has no acceptance criteria${still}: say how the receiving process judges it ready, in the Acceptance criteria cell${row.id ? ` or in a "#### ${row.id}" checklist` : ''}.`
          : `Handover ${label} has no acceptance criteria${still}: its "#### ${row.id}" checklist holds only the placeholder "${ITEM_PROMPTS.tasks}". Write there, or in the Acceptance criteria cell, how the receiving process judges it ready.`,
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
                      `${eol}${eol}#### ${row.id} ${process ?? ''}`.trimEnd() +
                        `${eol}${eol}- [ ] ${ITEM_PROMPTS.tasks}`,
                    ),
                  ],
                },
              ]
            : undefined,
      });
    }
  },
} satisfies Rule;

/**
 * A cell that sends the reader to the checklist instead of holding criteria (`See checklist`,
 * `As per H-01 below`, `Refer to checklist`): it says nothing by itself, so the checklist must.
 */
function pointsToChecklist(text: string, id: string | undefined): boolean {
  const t = text.trim().replace(/(?<![.!])[.!]+$/, '');
  if (t.length > 60 || !POINTER.test(t)) return false;
  return (
    /\b(?:checklist|below|underneath)\b/i.test(t) || (id !== undefined && t.toUpperCase().includes(id.toUpperCase()))
  );
}

const POINTER = /^(?:see|refer(?:\s+to)?|as\s+per|per|listed|in\s+the)\b/i;
