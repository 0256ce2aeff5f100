/**
 * A plan summary: the few facts cross-plan rules, the tree view and the portfolio need, as plain
 * serialisable data. Workers send summaries, never trees, so memory stays flat with file count.
 */
import type { HandoffConfig } from './config.js';
import { fmString } from './frontMatter.js';
import type { FrontMatter, Plan } from './model.js';
import { buildMeta, stripBom } from './parse/index.js';
import { parseFrontMatter } from './frontMatter.js';
import { LineIndex } from './text.js';
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

/**
 * A summary as it travels between threads: without its configuration, which the receiving side
 * already holds (and attaches again).
 */
export type DetachedSummary = Omit<PlanSummary, 'config'>;

export function detachSummary(summary: PlanSummary): DetachedSummary {
  return Object.fromEntries(Object.entries(summary).filter(([key]) => key !== 'config')) as DetachedSummary;
}

export function summarize(
  plan: Plan,
  config: HandoffConfig,
  asOf: IsoDate,
  ruleNames: ReadonlySet<string>,
): PlanSummary {
  return {
    ...summaryOfFrontMatter(plan.uri, plan.frontMatter, config),
    title: plan.meta.title ?? plan.title?.text,
    suppressions: collectSuppressions(plan, asOf, ruleNames),
  };
}

/**
 * A summary from the front matter alone, without parsing the body: enough for cross-plan rules
 * (ids, depends_on) about plans a run does not lint itself. It carries no suppressions, so
 * findings on such a plan must not be reported.
 */
export function summarizeFrontMatterOnly(uri: string, text: string, config: HandoffConfig): PlanSummary {
  const t = stripBom(text);
  return summaryOfFrontMatter(uri, parseFrontMatter(t, new LineIndex(t)), config);
}

function summaryOfFrontMatter(uri: string, frontMatter: FrontMatter, config: HandoffConfig): PlanSummary {
  const meta = buildMeta(frontMatter);
  const fm = frontMatter.entries;
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
    uri,
    id: meta.id,
    idRange: idEntry?.range,
    title: meta.title,
    service: meta.service,
    stage: meta.stage,
    health: meta.health,
    goLive: meta.dates.goLive,
    dependsOn,
    config,
    suppressions: { waivers: [], directives: [] },
  };
}
