/**
 * What is worked out from a plan once: a model never changes once built, so two readers of the
 * same fact (a rule and the status, two rules) share one computation, dropped with the plan.
 *
 * It is kept on the plan itself (a property no one else sees), not in a weak map keyed by the
 * plan: V8's young-generation collections kept a weak map's entries, and through them the plan
 * and its text, alive until the next full collection (7–9 KB a plan moved to the old generation
 * for the people rankings alone, 0.3 KB kept on the plan).
 */
import type { HandoffConfig } from './config.js';
import type { Plan } from './model.js';
import type { IsoDate } from './types.js';

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

/**
 * As `perPlan`, for what also depends on the configuration and the as-of date: the value for the
 * pair last asked about is kept (a lint asks with one pair, from its rules, the health and the
 * status alike).
 */
export function perLint<T>(
  compute: (plan: Plan, config: HandoffConfig, asOf: IsoDate) => T,
): (plan: Plan, config: HandoffConfig, asOf: IsoDate) => T {
  const lastOf = perPlan(
    (): { config: HandoffConfig | undefined; asOf: IsoDate | undefined; value: T | undefined } => ({
      config: undefined,
      asOf: undefined,
      value: undefined,
    }),
  );
  return (plan, config, asOf) => {
    const last = lastOf(plan);
    if (last.config !== config || last.asOf !== asOf) {
      last.value = compute(plan, config, asOf);
      last.config = config;
      last.asOf = asOf;
    }
    return last.value as T;
  };
}
