/**
 * `handoff diff` on spend: the Resource consumption lines' forecast or actual total moved (a
 * monthly re-forecast, spend recorded), said with its size whether or not it breaches anything.
 * The forecast up is worse, down better; the actual alone moving is spend recorded, neutral. The
 * figures are the status's (`budget`, as the report's Budget line shows them), and so is the
 * variance against the approved budget and its tolerance: not said when a cost-overrun finding
 * the change introduces says it. An approved budget changed is diffBaselines.ts's.
 */
import type { Add, PlanSide } from './semanticDiff.js';
import { formatAmount } from './control.js';
import { signed, varianceText } from './budgetText.js';

const COST_OVERRUN = 'cost-overrun';

export function diffSpend(before: PlanSide, after: PlanSide, add: Add): void {
  const [b, a] = [before.status.budget, after.status.budget];
  // Amounts in another currency are not these amounts: nothing to compare (diffBaselines.ts says
  // the currency changed, and that spend is not compared).
  if (b.currency !== a.currency) return;
  const currency = a.currency ? `${a.currency} ` : '';
  const money = (n: number) => currency + formatAmount(n);
  const move = (was: number, now: number) => `from ${money(was)} to ${money(now)} (${signed(now - was, formatAmount)})`;
  const actual =
    b.actual !== undefined && a.actual !== undefined && b.actual !== a.actual ? move(b.actual, a.actual) : undefined;
  if (b.forecast !== undefined && a.forecast !== undefined && b.forecast !== a.forecast) {
    const up = a.forecast > b.forecast;
    const spent = actual ? `, actual spend ${actual}` : '';
    // A cost-overrun the change introduces says the variance and the tolerance: not said twice.
    const overrun = (side: PlanSide) => side.findings.some((f) => f.rule === COST_OVERRUN);
    const variance = overrun(after) && !overrun(before) ? undefined : varianceText(a);
    const approved = a.approved ?? a.approvedLines;
    const against = variance ? `; ${approved !== undefined ? `approved ${money(approved)}, ` : ''}${variance}` : '';
    const message = `Cost forecast ${up ? 'raised' : 'cut'} ${move(b.forecast, a.forecast)}${spent}${against}.`;
    add('cost-forecast-changed', 'budget.forecast', message, up ? 'worse' : 'better');
  } else if (actual) {
    const stays = a.forecast !== undefined ? `; the forecast stays ${money(a.forecast)}` : '';
    add('cost-actual-changed', 'budget.actual', `Actual spend moved ${actual}${stays}.`, 'neutral');
  }
}
