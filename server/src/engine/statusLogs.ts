/**
 * The Issues, Corrective actions and Sign-off rows of a plan's status, as plain data: what
 * `handoff diff` follows from one version to the next (an issue raised or closed, an action
 * done, a sign-off given or withdrawn).
 */
import type { Plan, Row } from './model.js';
import { personNamed } from './references.js';
import { cellText as text, isOpenItem, signOffDecision, statusOf } from './rowFacts.js';
import type { LogItemView, SignOffView } from './statusTypes.js';
import { UNREADABLE } from './values.js';

function itemView(plan: Plan, row: Row, list: 'issues' | 'correctiveActions'): LogItemView {
  return {
    id: text(row, 'id'),
    text: text(row, list === 'issues' ? 'issue' : 'action'),
    ownerName: personNamed(plan, text(row, 'owner')).name,
    status: text(row, 'status'),
    state: statusOf(row, list) === UNREADABLE ? 'unread' : isOpenItem(row, list) ? 'open' : 'closed',
    line: row.range.start.line,
  };
}

export function logViews(plan: Plan): {
  issues: LogItemView[];
  correctiveActions: LogItemView[];
  signOffs: SignOffView[];
} {
  return {
    issues: plan.rows('issues').map((r) => itemView(plan, r, 'issues')),
    correctiveActions: plan.rows('correctiveActions').map((r) => itemView(plan, r, 'correctiveActions')),
    signOffs: plan.rows('signOff').map((r) => ({
      role: text(r, 'role'),
      stakeholderName: personNamed(plan, text(r, 'stakeholder')).name,
      decision: text(r, 'decision'),
      approved: signOffDecision(r) === 'Approved',
      line: r.range.start.line,
    })),
  };
}
