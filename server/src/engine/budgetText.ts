/**
 * What views say of a plan's budget variance: the report's Budget line and `handoff diff` use the
 * same words for the same facts (the status's `budget`). Plain text: each view escapes it.
 */
import type { BudgetView } from './statusTypes.js';

/** A signed figure as views write it: `+3.1`, `−18,000` (a minus sign, not a hyphen), `±0`. */
export function signed(n: number, shown: (magnitude: number) => string): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${shown(Math.abs(n))}`;
}

/** The forecast is beyond the cost tolerance (whether or not an exception covers it). */
export function beyondCostTolerance(b: Pick<BudgetView, 'variancePct' | 'tolerancePct'>): boolean {
  return b.variancePct !== undefined && b.variancePct > b.tolerancePct;
}

/**
 * "variance +3.1% against a 10% tolerance", with "(beyond tolerance)" when it is beyond: the
 * forecast against the approved budget, as the status computes it. Undefined when it is not known.
 */
export function varianceText(b: Pick<BudgetView, 'variancePct' | 'tolerancePct'>): string | undefined {
  if (b.variancePct === undefined) return undefined;
  const beyond = beyondCostTolerance(b);
  const pct = signed(b.variancePct, (n) => n.toFixed(1));
  return `variance ${pct}% against a ${b.tolerancePct}% tolerance${beyond ? ' (beyond tolerance)' : ''}`;
}
