/**
 * `handoff diff` on what was approved: a milestone's Baseline and the budget. A baseline changes
 * only by an approved change, and the plan keeps it, with a Revised baseline beside it; one edited
 * in place hides the slip it was measured against, so a reviewer is told, whatever the findings
 * say after. A change to `budget.approved` is said with its size.
 */
import type { Add } from './semanticDiff.js';
import type { PlanStatus } from './statusTypes.js';
import { rowsById } from './domain.js';
import { formatAmount } from './control.js';
import { daysBetween } from './isoDate.js';

export function diffBaselines(b: PlanStatus, a: PlanStatus, add: Add): void {
  const before = rowsById(b.milestones);
  for (const m of a.milestones) {
    const old = before.get(m.id);
    if (!old?.baseline || !m.baseline || old.baseline === m.baseline) continue;
    const d = daysBetween(old.baseline, m.baseline);
    const n = Math.abs(d);
    add(
      'milestone-baseline-changed',
      m.id,
      `Milestone ${m.id}'s Baseline was rewritten ${n} day${n === 1 ? '' : 's'} ${d > 0 ? 'later' : 'earlier'} (${old.baseline} → ${m.baseline}): a baseline moves only by an approved change, kept beside it as a Revised baseline, so the slip against the old one stays visible.`,
      d > 0 ? 'worse' : 'neutral',
    );
  }
  const [was, now] = [b.budget.approved, a.budget.approved];
  if (was !== undefined && now !== undefined && was !== now && was > 0) {
    const currency = a.budget.currency ? `${a.budget.currency} ` : '';
    const pct = ((now - was) / was) * 100;
    add(
      'budget-changed',
      'budget.approved',
      `Approved budget ${now > was ? 'raised' : 'cut'} from ${currency}${formatAmount(was)} to ${currency}${formatAmount(now)} (${pct > 0 ? '+' : ''}${pct.toFixed(1)}%).`,
      'neutral',
    );
  }
}
