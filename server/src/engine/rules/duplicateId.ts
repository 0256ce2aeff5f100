import { nextFreeId } from '../domain.js';
import type { Register, Row } from '../model.js';
import type { Rule, RuleContext, WorkspaceContext } from '../rule.js';
import type { RegisterKind } from '../schema.js';
import type { PlanSummary } from '../summary.js';
import type { Fix, RelatedLocation } from '../types.js';
import { firstOthers, listWithMore, MAX_LISTED, MAX_RELATED } from '../findingLimits.js';
import { replace } from './util.js';

function checkPlan(ctx: RuleContext): void {
  const byKind = new Map<RegisterKind, Register[]>();
  for (const register of ctx.plan.registers) {
    if (!register.table?.has('id')) continue;
    byKind.set(register.kind, [...(byKind.get(register.kind) ?? []), register]);
  }
  for (const registers of byKind.values()) {
    const spec = registers[0]!.spec;
    const rows = registers.length === 1 ? registers[0]!.table!.rows : registers.flatMap((r) => r.table!.rows);
    // Every ID of the register, with the fresh ones handed out: needed only once a duplicate is found.
    let ids: string[] | undefined;
    const first = new Map<string, Row>();
    for (const row of rows) {
      const id = row.id;
      if (id === undefined) continue;
      const key = id.toLowerCase();
      const original = first.get(key);
      if (!original) {
        first.set(key, row);
        continue;
      }
      const cell = row.cell('id')!;
      ids ??= rows.map((r) => r.id).filter((id): id is string => id !== undefined);
      const fresh = spec.idPrefix ? nextFreeId(spec.idPrefix, ids) : undefined;
      const fixes: Fix[] = [];
      if (fresh) {
        ids.push(fresh);
        // Not preferred: references elsewhere may mean either row.
        fixes.push({ title: `Renumber this row to ${fresh}`, edits: [replace(cell.range, fresh)] });
      }
      ctx.report({
        range: cell.range,
        target: id,
        message: `${id} is used twice in ${spec.title} (first on line ${original.range.start.line + 1}): IDs must be unique so waivers, links and diffs name one row. Give this row a new ID${fresh ? `, such as ${fresh}` : ''}.`,
        related: [{ range: original.cell('id')!.range, message: `${original.id} first used here` }],
        fixes,
      });
    }
  }
}

function checkPlans(ctx: WorkspaceContext): void {
  const byId = new Map<string, PlanSummary[]>();
  for (const plan of ctx.plans) {
    if (!plan.id || !plan.idRange) continue;
    const key = plan.id.toLowerCase();
    byId.set(key, [...(byId.get(key) ?? []), plan]);
  }
  for (const plans of byId.values()) {
    if (plans.length < 2) continue;
    for (const plan of plans) {
      // A few others by name and place, the rest counted: N plans sharing an id give N findings
      // of bounded size, not N findings listing N paths each.
      const others = firstOthers(plans, plan, Math.max(MAX_LISTED, MAX_RELATED));
      const related: RelatedLocation[] = others.slice(0, MAX_RELATED).map((o) => ({
        uri: o.uri,
        range: o.idRange!,
        message: `${o.id} is also the id of ${o.title ?? ctx.nameOf(o.uri)}`,
      }));
      ctx.report(plan.uri, {
        range: plan.idRange!,
        target: 'id',
        message: `Plan id ${plan.id} is also used by ${listWithMore(
          others.map((o) => ctx.nameOf(o.uri)),
          plans.length - 1,
        )}: plan ids must be unique across the workspace so depends_on and reports name one plan. Give one of them a new id.`,
        related,
      });
    }
  }
}

export const duplicateId = {
  name: 'duplicate-id',
  severity: 'error',
  stage: 'always',
  description:
    'Fires when two rows of one register share an ID (compared case-insensitively), or when two plans in the workspace share a front-matter `id`.',
  docs: 'A row ID is the stable name of a risk, milestone or handover: waivers, corrective-action links, milestone dependencies and pull-request reviews all refer to it, so two rows with one ID make every such reference ambiguous. The same holds for plan ids across a workspace, which `depends_on` and portfolio reports use. Renumber the later row (the quick fix picks the next free ID) or give one plan a new id.',
  check: checkPlan,
  checkWorkspace: checkPlans,
} satisfies Rule;
