import { fmString } from '../frontMatter.js';
import type { Rule, RuleContext, WorkspaceContext } from '../rule.js';
import type { PlanRef, PlanSummary } from '../summary.js';

interface Edge {
  readonly to: number;
  readonly ref: PlanRef;
}

/** The shortest path of edges from `start` back to `start`, or undefined when there is none. */
function shortestCycle(start: number, edges: readonly (readonly Edge[])[]): Edge[] | undefined {
  const via = new Map<number, { from: number; edge: Edge }>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const edge of edges[node]!) {
      if (edge.to === start) {
        const path = [edge];
        for (let at = node; at !== start; at = via.get(at)!.from) path.unshift(via.get(at)!.edge);
        return path;
      }
      if (via.has(edge.to)) continue;
      via.set(edge.to, { from: node, edge });
      queue.push(edge.to);
    }
  }
  return undefined;
}

function checkCycles(ctx: WorkspaceContext): void {
  const plans = ctx.plans;
  const byId = new Map<string, number[]>();
  plans.forEach((p, i) => {
    if (p.id) byId.set(p.id.toLowerCase(), [...(byId.get(p.id.toLowerCase()) ?? []), i]);
  });
  // A plan depending on itself is found by the document check, without needing the workspace.
  const edges: Edge[][] = plans.map((p, from) =>
    p.dependsOn.flatMap((ref) =>
      (byId.get(ref.id.toLowerCase()) ?? []).filter((to) => to !== from).map((to) => ({ to, ref })),
    ),
  );
  const name = (p: PlanSummary): string => p.id ?? p.uri;
  plans.forEach((plan, i) => {
    const cycle = shortestCycle(i, edges);
    if (!cycle) return;
    const first = cycle[0]!;
    const chain = [name(plan), ...cycle.map((e) => name(plans[e.to]!))].join(' → ');
    ctx.report(plan.uri, {
      range: first.ref.range,
      target: 'depends_on',
      message: `${name(plan)} depends on ${first.ref.id}, which leads back to it: ${chain}. No transition in the cycle can finish first; remove the dependency that does not hold.`,
      related: cycle.slice(1).map((e, k) => ({
        uri: plans[cycle[k]!.to]!.uri,
        range: e.ref.range,
        message: `${name(plans[cycle[k]!.to]!)} depends on ${e.ref.id}`,
      })),
    });
  });
}

/** A plan whose depends_on names its own id: a cycle of one, visible in the document alone. */
function checkSelfDependency(ctx: RuleContext): void {
  const { plan } = ctx;
  const id = plan.meta.id;
  const deps = plan.frontMatter.entries.get('depends_on');
  if (!id || !deps) return;
  const items = deps.kind === 'seq' ? deps.items : deps.kind === 'scalar' ? [deps] : [];
  for (const item of items) {
    if (fmString(item)?.toLowerCase() !== id.toLowerCase()) continue;
    ctx.report({
      range: item.range,
      target: 'depends_on',
      message: `${id} depends on itself (${id} → ${id}): a transition cannot wait for its own completion. Remove ${id} from depends_on.`,
    });
  }
}

export const dependencyCycle = {
  name: 'dependency-cycle',
  severity: 'error',
  stage: 'always',
  description:
    'Fires when the `depends_on` lists of plans in the workspace form a cycle, reported on each plan of the cycle at the dependency that continues it, or when a plan depends on itself.',
  docs: 'Transition planning coordinates releases that depend on each other; a cycle such as TP-1 → TP-2 → TP-1 means neither transition can go live before the other, so the portfolio schedule has no valid order. The finding names the whole cycle on every plan in it. Remove the dependency that does not hold, or merge the transitions.',
  check: checkSelfDependency,
  checkWorkspace: checkCycles,
} satisfies Rule;
