import type { Row } from '../model.js';
import type { Rule } from '../rule.js';
import { normalizeWord } from '../text.js';
import { cellValue, readAmount, UNREADABLE } from '../values.js';
import { hasOpenCorrectiveAction } from './util.js';

/** A "Total" (or "Grand total") line sums the others: counting it would double the spend. */
function isTotalRow(row: Row): boolean {
  return /^(grand )?totals?\b/.test(normalizeWord(row.value('line') ?? ''));
}

/** 1234567.5 → "1,234,567.5" (no locale data: the engine must give the same text everywhere). */
function formatAmount(n: number): string {
  const [whole, fraction] = (Math.round(n * 100) / 100).toString().split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

export const costOverrun = {
  name: 'cost-overrun',
  severity: 'error',
  stage: 'control',
  description:
    "Fires when the Resource consumption lines' forecast total (each line's Forecast, else its Actual; a Total line excluded) exceeds their Approved total × (1 + cost tolerance / 100), with the tolerance from front-matter `tolerances.cost_pct` or the configuration, while health is green or no corrective action is open.",
  docs: 'Project Control compares resource consumption with what was approved and manages by exception: an overrun beyond `cost_pct` must be escalated. Set health to amber or red and open a corrective action that brings spend back within tolerance, or have the extra budget approved through change control and raise the Approved figures.',
  check(ctx) {
    const { plan } = ctx;
    const register = plan.register('resourceConsumption');
    const table = register?.table;
    if (!table) return;
    const green = plan.meta.health === 'green';
    const correcting = hasOpenCorrectiveAction(plan);
    if (!green && correcting) return;
    const totalRow = table.rows.find(isTotalRow);
    let approved = 0;
    let forecast = 0;
    const amount = (t: string) => readAmount(t, plan.meta.budget.currency);
    for (const row of table.rows) {
      if (isTotalRow(row)) continue;
      const a = cellValue(row, 'approved', amount);
      const f = cellValue(row, 'forecast', amount) ?? cellValue(row, 'actual', amount);
      // An unreadable or foreign-currency amount is unreadable-value's finding: no sum without it.
      if (a === UNREADABLE || f === UNREADABLE) return;
      approved += a?.value ?? 0;
      forecast += f?.value ?? 0;
    }
    if (approved <= 0) return;
    const pct = plan.meta.tolerances.costPct ?? ctx.config.tolerances.costPct;
    const limit = approved * (1 + pct / 100);
    if (forecast <= limit) return;
    const over = ((forecast - approved) / approved) * 100;
    const currency = plan.meta.budget.currency ? `${plan.meta.budget.currency} ` : '';
    const situation =
      green && !correcting
        ? 'while health is green and no corrective action is open: set health to amber or red and open a corrective action'
        : green
          ? 'while health is still green: set health to amber or red'
          : 'and no corrective action is open: open a corrective action to bring spend back within tolerance';
    ctx.report({
      range: totalRow ? totalRow.range : table.headerRange,
      target: 'budget',
      message:
        `Forecast spend ${currency}${formatAmount(forecast)} is ${over.toFixed(1)}% over the approved ${currency}${formatAmount(approved)}, ` +
        `beyond the ${pct}% cost tolerance (limit ${currency}${formatAmount(limit)}), ${situation}, or have the extra budget approved through change control.`,
    });
  },
} satisfies Rule;
