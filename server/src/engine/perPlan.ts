/**
 * What is worked out from a plan once: a model never changes once built, so two readers of the
 * same fact (a rule and the status, two rules) share one computation, dropped with the plan.
 */
import type { Plan } from './model.js';

export function perPlan<T>(compute: (plan: Plan) => T): (plan: Plan) => T {
  const memo = new WeakMap<Plan, T>();
  return (plan) => {
    if (memo.has(plan)) return memo.get(plan)!;
    const value = compute(plan);
    memo.set(plan, value);
    return value;
  };
}
