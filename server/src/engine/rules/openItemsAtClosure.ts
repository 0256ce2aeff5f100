import type { Row } from '../model.js';
import type { Rule } from '../rule.js';
import { isOpenItem, isOpenRisk } from '../rowFacts.js';
import { hasColumn, rowLabel } from './util.js';

const ITEMS = [
  { kind: 'risks', what: 'Risk', isOpen: isOpenRisk, todo: 'close it, or transfer it to the process that now owns it' },
  {
    kind: 'issues',
    what: 'Issue',
    isOpen: (row: Row) => isOpenItem(row),
    todo: 'resolve or close it, or hand it to the receiving process as a known error',
  },
  {
    kind: 'correctiveActions',
    what: 'Corrective action',
    isOpen: (row: Row) => isOpenItem(row, 'correctiveActions'),
    todo: 'complete or cancel it',
  },
] as const satisfies readonly { kind: string; what: string; isOpen: (row: Row) => boolean; todo: string }[];

export const openItemsAtClosure = {
  name: 'open-items-at-closure',
  severity: 'error',
  stage: 'closed',
  description:
    'Fires in a closed plan for each risk (Status Open or Escalated), issue or corrective action (Status Open or In progress) that is still open, or that has no status.',
  docs: "A closed transition leaves nothing behind unowned: open risks, issues and corrective actions must be closed, or transferred to the ITIL process that now runs the service (a risk to its owner, an issue to Problem Management as a known error). Set each item's Status accordingly, or reopen the plan by setting `stage: closure`.",
  check(ctx) {
    for (const item of ITEMS) {
      for (const row of ctx.plan.rows(item.kind)) {
        if (!hasColumn(row, 'status') || !item.isOpen(row)) continue;
        const cell = row.cell('status');
        const status = row.value('status');
        ctx.report({
          range: cell && !cell.empty ? cell.range : row.range,
          target: row.id,
          message: `${item.what} ${rowLabel(row)} is ${status ? `still "${status}"` : 'without a status'} in a closed plan: ${item.todo}.`,
        });
      }
    }
  },
} satisfies Rule;
