/**
 * The Issues, Corrective actions and Sign-off rows of a plan's status, as plain data: what
 * `handoff diff` follows from one version to the next (an issue raised or closed, an action
 * done, a sign-off given or withdrawn), and what `handoff report` lists (an action past its Due
 * date, who has signed the closure off).
 */
import type { Plan, Row } from './model.js';
import { onBehalfParts } from './parse/people.js';
import { personNamed } from './references.js';
import { cellText as text, datedAhead, isOpenItem, signOffDecision, statusOf } from './rowFacts.js';
import { signatoriesNamed } from './signatories.js';
import type { LogItemView, SignOffView } from './statusTypes.js';
import type { IsoDate } from './types.js';
import { cellValue, readDate, UNREADABLE } from './values.js';

/** A row's date column: the date when read, else the cell as written. */
function dateCell(row: Row, key: string): { date: IsoDate | undefined; written: string | undefined } {
  const date = cellValue(row, key, readDate);
  return date === UNREADABLE ? { date: undefined, written: text(row, key) } : { date, written: undefined };
}

function itemView(plan: Plan, row: Row, list: 'issues' | 'correctiveActions', asOf: IsoDate): LogItemView {
  const state = statusOf(row, list) === UNREADABLE ? 'unread' : isOpenItem(row, list) ? 'open' : 'closed';
  const due = dateCell(row, 'due');
  return {
    id: text(row, 'id'),
    text: text(row, list === 'issues' ? 'issue' : 'action'),
    ownerName: personNamed(plan, text(row, 'owner')).name,
    status: text(row, 'status'),
    state,
    due: due.date,
    dueWritten: due.written,
    overdue: state === 'open' && due.date !== undefined && due.date < asOf,
    line: row.range.start.line,
  };
}

export function logViews(
  plan: Plan,
  asOf: IsoDate,
): {
  issues: LogItemView[];
  correctiveActions: LogItemView[];
  signOffs: SignOffView[];
} {
  return {
    issues: plan.rows('issues').map((r) => itemView(plan, r, 'issues', asOf)),
    correctiveActions: plan.rows('correctiveActions').map((r) => itemView(plan, r, 'correctiveActions', asOf)),
    signOffs: plan.rows('signOff').map((r) => {
      const date = dateCell(r, 'date');
      const behalf = onBehalfParts(text(r, 'stakeholder'));
      const of = behalf ? signatoriesNamed(plan, behalf.forWhom) : [];
      return {
        role: text(r, 'role'),
        stakeholderName: personNamed(plan, text(r, 'stakeholder')).name,
        decision: text(r, 'decision'),
        approved: signOffDecision(r) === 'Approved',
        dateAhead: datedAhead(date.date, asOf) !== undefined,
        date: date.date,
        dateWritten: date.written,
        signs: signatoriesNamed(plan, text(r, 'stakeholder')),
        ...(behalf && of.length > 0 && { onBehalf: { by: personNamed(plan, behalf.who).name, of } }),
        line: r.range.start.line,
      };
    }),
  };
}
