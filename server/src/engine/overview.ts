/**
 * A plan's overview: what the portfolio, the tree's plan rows and the status bar show of a
 * plan — its declared facts, its health by exception and the counts — without the rows of its
 * registers. Views that list every plan take this; a view of one plan takes the whole status.
 * The language server keeps only the overview of a plan that is not open, so the portfolio of a
 * large workspace stays small on the wire and in memory.
 */
import type { HandoffConfig } from './config.js';
import type { Plan } from './model.js';
import { deriveHealth, type LintedReports } from './health.js';
import { isLatestStatusStale } from './statusOrder.js';
import { isAcceptedHandover } from './rowFacts.js';
import {
  isStatusStale,
  openingFacts,
  milestoneViews,
  nextMilestone,
  personRefs,
  riskFlags,
  stakeholderViews,
} from './status.js';
import type { DeclaredMeta, PersonRefView, PlanStatus } from './statusTypes.js';
import type { IsoDate } from './types.js';

/** The fields of a status that an overview repeats as they are: all it declares, and these. */
type OverviewField =
  | keyof DeclaredMeta
  | 'uri'
  | 'derivedHealth'
  | 'healthReasons'
  | 'asOf'
  | 'dates'
  | 'datesWritten'
  | 'healthWritten'
  | 'nextMilestone'
  | 'overdueMilestones'
  | 'openHighRisks'
  | 'handoversAccepted'
  | 'handoversTotal'
  | 'statusStale';

export interface PlanOverview extends Pick<PlanStatus, OverviewField> {
  /** Only the Stakeholders rows the core roles name (`personRefs` indexes into these). */
  readonly stakeholders: PlanStatus['stakeholders'];
  /** Who the sponsor, service owner and project manager are. */
  readonly personRefs: readonly PersonRefView[];
}

/** What `planOverview` reads of a status (`planOverviewOf` below builds no more). */
export type OverviewSource = Pick<PlanStatus, OverviewField | 'stakeholders' | 'personRefs'>;

export function planOverview(s: OverviewSource): PlanOverview {
  const core = new Set([s.sponsor, s.serviceOwner, s.projectManager].filter((r): r is string => !!r));
  const stakeholders: PlanStatus['stakeholders'][number][] = [];
  const personRefs: PersonRefView[] = [];
  const moved = new Map<number, number>();
  for (const ref of s.personRefs) {
    if (!core.has(ref.ref)) continue;
    let at = moved.get(ref.stakeholder);
    const row = s.stakeholders[ref.stakeholder];
    if (at === undefined && row) {
      at = stakeholders.push(row) - 1;
      moved.set(ref.stakeholder, at);
    }
    if (at !== undefined) personRefs.push({ ref: ref.ref, stakeholder: at });
  }
  return {
    uri: s.uri,
    id: s.id,
    title: s.title,
    service: s.service,
    transitionType: s.transitionType,
    stage: s.stage,
    health: s.health,
    sponsor: s.sponsor,
    serviceOwner: s.serviceOwner,
    projectManager: s.projectManager,
    dependsOn: s.dependsOn,
    tags: s.tags,
    derivedHealth: s.derivedHealth,
    healthReasons: s.healthReasons,
    asOf: s.asOf,
    dates: s.dates,
    datesWritten: s.datesWritten,
    healthWritten: s.healthWritten,
    nextMilestone: s.nextMilestone,
    overdueMilestones: s.overdueMilestones,
    openHighRisks: s.openHighRisks,
    handoversAccepted: s.handoversAccepted,
    handoversTotal: s.handoversTotal,
    statusStale: s.statusStale,
    stakeholders,
    personRefs,
  };
}

/**
 * A plan's overview worked out from its model, without the rest of its status: what the language
 * server keeps of every plan that is not open. The same as `planOverview(planStatus(…))`
 * (overview.test.ts checks it on every fixture and example plan), at a fraction of the cost.
 */
export function planOverviewOf(
  plan: Plan,
  opts: { config: HandoffConfig; asOf: IsoDate; linted?: LintedReports },
): PlanOverview {
  const { config, asOf } = opts;
  const meta = plan.meta;
  const milestones = milestoneViews(plan, asOf);
  const derived = deriveHealth(plan, config, asOf, opts.linted);
  const handovers = plan.rows('handovers');
  // Not a spread followed by properties: see planStatus (4.5 KB a plan moved to the old generation).
  return planOverview(
    Object.assign(openingFacts(plan, derived, asOf), {
      stakeholders: stakeholderViews(plan),
      nextMilestone: nextMilestone(milestones),
      overdueMilestones: milestones.filter((m) => m.overdue).length,
      openHighRisks: plan.rows('risks').filter((r) => {
        const { open, high } = riskFlags(r, config);
        return open && high;
      }).length,
      handoversAccepted: handovers.filter((r) => isAcceptedHandover(r, asOf)).length,
      handoversTotal: handovers.length,
      statusStale: isLatestStatusStale(plan, { config, asOf, staleReason: isStatusStale(derived.reasons) }),
      // The core people come first in the status's list: the overview keeps only theirs.
      personRefs: personRefs(plan, [meta.sponsor, meta.serviceOwner, meta.projectManager]),
    }),
  );
}
