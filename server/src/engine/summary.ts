/**
 * A plan summary: the few facts cross-plan rules, the tree view and the portfolio need, as plain
 * serialisable data. Workers send summaries, never trees, so memory stays flat with file count.
 */
import type { HandoffConfig } from './config.js';
import { fmString, frontMatterHead, parseFrontMatter } from './frontMatter.js';
import type { FrontMatter, Plan } from './model.js';
import { buildMeta, stripBom } from './parse/index.js';
import { copyRange, LineIndex } from './lines.js';
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
  const { config, ...detached } = summary;
  return detached;
}

const NO_REFS: readonly PlanRef[] = Object.freeze([]);
const NO_SUPPRESSIONS: Suppressions = Object.freeze({ waivers: Object.freeze([]), directives: Object.freeze([]) });

/**
 * A detached summary made whole again with its configuration, rebuilt as fresh objects. A run
 * and the server keep one per plan, and objects that arrive by structured clone (from a worker,
 * or cloned on the main thread) take several times the memory of the same objects built in
 * place: on 10,000 plans, 15 MB of summaries as they arrived against 4 MB rebuilt.
 */
export function attachSummary(s: DetachedSummary, config: HandoffConfig): PlanSummary {
  const { waivers, directives } = s.suppressions;
  return {
    uri: s.uri,
    id: s.id,
    idRange: s.idRange && copyRange(s.idRange),
    title: s.title,
    service: s.service,
    stage: s.stage,
    health: s.health,
    goLive: s.goLive,
    dependsOn: s.dependsOn.length === 0 ? NO_REFS : s.dependsOn.map((d) => ({ id: d.id, range: copyRange(d.range) })),
    config,
    suppressions: waivers.length === 0 && directives.length === 0 ? NO_SUPPRESSIONS : s.suppressions,
  };
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
    suppressions: collectSuppressions(plan, config, asOf, ruleNames),
  };
}

/**
 * A summary from the front matter alone, without parsing the body: enough for cross-plan rules
 * (ids, depends_on) about plans a run does not lint itself. It carries no suppressions, so
 * findings on such a plan must not be reported.
 */
export function summarizeFrontMatterOnly(uri: string, text: string, config: HandoffConfig): PlanSummary {
  const t = frontMatterHead(stripBom(text));
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
