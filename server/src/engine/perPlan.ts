/**
 * What is worked out from a plan once: a model never changes once built, so two readers of the
 * same fact (a rule and the status, two rules) share one computation, dropped with the plan.
 *
 * It is kept on the plan itself (a property no one else sees), not in a weak map keyed by the
 * plan: V8's young-generation collections kept a weak map's entries, and through them the plan
 * and its text, alive until the next full collection (7–9 KB a plan moved to the old generation
 * for the people rankings alone, 0.3 KB kept on the plan).
 */
import type { Plan } from './model.js';

const DERIVED = Symbol('derived');

type WithDerived = Plan & { [DERIVED]?: Map<unknown, unknown> };

/** The plan's own store of what is worked out from it, created on first use (not enumerable). */
function derivedOf(plan: Plan): Map<unknown, unknown> {
  const p = plan as WithDerived;
  let store = p[DERIVED];
  if (!store) {
    store = new Map();
    Object.defineProperty(p, DERIVED, { value: store, enumerable: false });
  }
  return store;
}

export function perPlan<T>(compute: (plan: Plan) => T): (plan: Plan) => T {
  return (plan) => {
    const store = derivedOf(plan);
    if (store.has(compute)) return store.get(compute) as T;
    const value = compute(plan);
    store.set(compute, value);
    return value;
  };
}
