/**
 * Which way a plan groups its amounts' thousands, from the amounts that read only one way: the
 * fixes of an amount grouped with one point (`€90.000`), which may be 90 or 90000 (contract §3.1
 * reads neither, and `unreadable-value` reports it).
 */
import type { Cell, Plan } from './model.js';
import { setCell } from './fixes.js';
import { perPlan } from './perPlan.js';
import type { Fix } from './types.js';
import { AMOUNT_COLUMNS } from './unreadAmounts.js';
import { amountGrouping } from './values/amounts.js';
import { valueText, type Reading } from './values.js';

/** Whether the plan writes amounts that read only with points grouping thousands, and only with commas. */
const groupings = perPlan((plan: Plan): { readonly points: boolean; readonly commas: boolean } => {
  const written: string[] = [];
  for (const row of plan.rows('resourceConsumption')) {
    for (const key of AMOUNT_COLUMNS) {
      const text = valueText(row, key);
      if (text !== undefined) written.push(text);
    }
  }
  // A budget grouped with points is kept as written (`1.250.000`): YAML would read a number.
  const budget = plan.frontMatter.entries.get('budget')?.entries;
  for (const key of ['approved', 'contingency']) {
    const value = budget?.get(key)?.value;
    if (typeof value === 'string') written.push(value);
  }
  const found = new Set(written.map(amountGrouping));
  return { points: found.has('points'), commas: found.has('commas') };
});

/**
 * The fixes of an amount grouped with one point: the thousands reading, preferred when nothing
 * in the plan says the point may be a decimal point (no amount grouped with commas or written with
 * a decimal point) and either another amount groups with points (`1.250.000`, `90.000,50`) or
 * no thousandth can be meant (the currency has two decimals and the column is not in thousands);
 * the decimal reading, never preferred, where a thousandth may be meant and no amount groups with
 * points.
 */
export function pointGroupFixes(plan: Plan): (cell: Cell, reading: Reading<unknown>) => Fix[] {
  return (cell, reading) => {
    if (reading.ok || reading.pointThousands === undefined) return [];
    const { points, commas } = groupings(plan);
    const fixes: Fix[] = [
      {
        title: `Write ${reading.pointThousands} (the point separates thousands)`,
        edits: [setCell(plan, cell, reading.pointThousands)],
        ...(!commas && (points || reading.pointDecimal === undefined) && { isPreferred: true }),
      },
    ];
    if (reading.pointDecimal !== undefined && !points) {
      fixes.push({
        title: `Write ${reading.pointDecimal} (the point is a decimal point)`,
        edits: [setCell(plan, cell, reading.pointDecimal)],
      });
    }
    return fixes;
  };
}
