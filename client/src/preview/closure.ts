/**
 * The status page's Closure section, for a plan in closure or closed: who has signed the closure
 * off and who has not, early life support's exit, the post-implementation review and lessons
 * learned; and, at any stage, the corrective actions and issues past their Due date. The facts
 * and their words are the report's (`engine/closureView.ts`, `engine/closureText.ts`).
 */
import { closureOf, overdueItemsOf } from '../../../server/src/engine/closureView.js';
import { closureFacts, overdueFact, type Fact } from '../../../server/src/engine/closureText.js';
import type { PlanStatus } from '../../../server/src/protocol.js';
import { join, markup, type SafeHtml } from './html.js';
import { personDisplay } from '../views/people.js';
import { section } from './widgets.js';

function factList(facts: readonly Fact[]): SafeHtml {
  const rows = facts.map((f) => {
    const parts = join(f.parts.map((p, i) => (i === 0 ? markup`${p}` : markup`<br>${p}`)));
    return markup`<dt>${f.label}</dt><dd${f.warn ? markup` class="sev-warning"` : ''}>${parts}</dd>`;
  });
  return markup`<dl class="closure-facts">${join(rows)}</dl>`;
}

export function renderClosure(s: PlanStatus): SafeHtml | '' {
  const name = (ref: string | undefined) => (ref ? personDisplay(s, ref).name : undefined);
  const closure = closureOf(s, { sponsor: name(s.sponsor), serviceOwner: name(s.serviceOwner) });
  const facts = closureFacts(closure);
  const overdue = overdueFact(overdueItemsOf(s));
  const all = overdue ? [...facts, overdue] : facts;
  if (all.length === 0) return '';
  return section(
    closure ? 'closure' : 'overdue-items',
    closure ? 'Closure' : 'Overdue actions and issues',
    factList(all),
  );
}
