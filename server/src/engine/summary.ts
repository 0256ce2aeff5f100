/**
 * A plan summary: the few facts cross-plan rules, the tree view and the portfolio need, as plain
 * serialisable data. Workers send summaries, never trees, so memory stays flat with file count.
 */
import type { HandoffConfig } from './config.js';
import { fmString } from './frontMatter.js';
import type { Plan } from './model.js';
import type { Suppressions } from './suppress.js';
import { collectSuppressions } from './suppress.js';
import type { Health, IsoDate, Range, Stage } from './types.js';

export interface PlanRef {
  readonly id: string;
  readonly range: Range;
}

export interface PlanSummary {
  readonly uri: string;
  readonly id: string | undefined;
  readonly idRange: Range | undefined;
  readonly title: string | undefined;
  readonly service: string | undefined;
  readonly stage: Stage | undefined;
  readonly health: Health | undefined;
  readonly goLive: IsoDate | undefined;
  readonly dependsOn: readonly PlanRef[];
  /** Severity settings of the configuration that applies to this plan. */
  readonly config: HandoffConfig;
  readonly suppressions: Suppressions;
}

export function summarize(
  plan: Plan,
  config: HandoffConfig,
  asOf: IsoDate,
  ruleNames: ReadonlySet<string>,
): PlanSummary {
  const fm = plan.frontMatter.entries;
  const idEntry = fm.get('id');
  const deps = fm.get('depends_on');
  const dependsOn: PlanRef[] = [];
  if (deps?.kind === 'seq') {
    for (const item of deps.items) {
      const id = fmString(item);
      if (id) dependsOn.push({ id, range: item.range });
    }
  } else if (deps?.kind === 'scalar') {
    const id = fmString(deps);
    if (id) dependsOn.push({ id, range: deps.range });
  }
  return {
    uri: plan.uri,
    id: plan.meta.id,
    idRange: idEntry?.range,
    title: plan.meta.title ?? plan.title?.text,
    service: plan.meta.service,
    stage: plan.meta.stage,
    health: plan.meta.health,
    goLive: plan.meta.dates.goLive,
    dependsOn,
    config,
    suppressions: collectSuppressions(plan, asOf, ruleNames),
  };
}
