/**
 * The status of one transition as plain data: what the preview, the tree view, the portfolio and
 * `handoff report` show. Derived from the plan model once, here, so no view computes plan facts
 * of its own. Lines are 0-based (hosts convert). Its shape (the views' contract) is in
 * `statusTypes.ts`.
 */
import type { HandoffConfig } from './config.js';
import { costPosition, isTotalLine, scheduleBreaches, toleranceApplies, tolerancesOf } from './control.js';
import { milestoneDue } from './domain.js';
import { decisionViews, readinessView } from './statusDecisions.js';
import { deriveHealth, waiverRef } from './health.js';
import { waiverExpired, waiverTargetOf } from './suppress.js';
import { findItilProcess } from './itil.js';
import { logViews } from './statusLogs.js';
import { closureViews } from './statusClosure.js';
import { unreadAmounts } from './unreadAmounts.js';
import { latestStatusOf } from './statusOrder.js';
import { unreadDates, unreadHealth } from './parse/meta.js';
import { personNamed as who } from './references.js';
import type { Plan, Row } from './model.js';
import {
  acceptanceAhead,
  isAcceptedHandover,
  isOpenRisk,
  judgedRiskScore,
  milestoneBaseline,
  cellText as text,
  cellWritten,
  cellTextWithBreaks,
  saysNone,
  statusOf,
  writtenScore,
} from './rowFacts.js';
import { SECTION_SPECS } from './schema.js';
import { daysBetween } from './isoDate.js';
import { unreadableCells } from './valueCells.js';
import {
  cellValue,
  columnAmounts,
  knownValue,
  type Unreadable,
  readDate,
  readHealth,
  readLevel,
  readMet,
  UNREADABLE,
} from './values.js';
import type {
  BudgetView,
  ElsView,
  HandoverView,
  MilestoneView,
  PersonRefView,
  PlanStatus,
  RiskView,
  StageProgress,
  StakeholderView,
  StatusEntryView,
  WaiverView,
} from './statusTypes.js';
import type { IsoDate, SectionKind } from './types.js';

export type * from './statusTypes.js';

/** A column's total; undefined when any of its values cannot be read (never a partial sum). */
function sum(rows: readonly Row[], pick: (r: Row) => number | undefined | Unreadable): number | undefined {
  let total: number | undefined;
  for (const r of rows) {
    const n = pick(r);
    if (n === UNREADABLE) return undefined;
    if (n !== undefined) total = (total ?? 0) + n;
  }
  return total;
}

export function planStatus(plan: Plan, opts: { config: HandoffConfig; asOf: IsoDate }): PlanStatus {
  const { config, asOf } = opts;
  const meta = plan.meta;
  const stage = meta.stage;
  const stageOrder: (SectionKind | undefined)[] = ['initiation', 'planning', 'control', undefined, 'closure'];
  const currentSection: SectionKind | undefined =
    stage === 'closed' ? undefined : stage === undefined ? undefined : (stage as SectionKind);
  const stageRank = (k: SectionKind) => (k === 'reporting' ? -1 : stageOrder.indexOf(k));
  const currentRank = stage === 'closed' ? 99 : currentSection ? stageRank(currentSection) : -1;

  const stages: StageProgress[] = SECTION_SPECS.map((spec) => {
    const section = plan.section(spec.kind);
    const exit = plan.exitCriteria(spec.kind);
    const items = exit?.items ?? [];
    const rank = stageRank(spec.kind);
    return {
      kind: spec.kind,
      title: spec.title,
      present: !!section,
      current: spec.kind === currentSection,
      done: rank >= 0 && rank < currentRank,
      exitCriteria: {
        done: items.filter((i) => i.checked === true).length,
        total: items.filter((i) => i.checked !== undefined).length,
      },
      line: section?.heading.range.start.line,
    };
  });

  const stakeholders = stakeholderViews(plan);

  const risks: RiskView[] = plan
    .rows('risks')
    .map((r) => {
      const { score, open, high } = riskFlags(r, config);
      return {
        id: text(r, 'id'),
        risk: text(r, 'risk'),
        likelihood: knownValue(r, 'likelihood', readLevel),
        impact: knownValue(r, 'impact', readLevel),
        score,
        writtenScore: writtenScore(r.value('score')),
        owner: text(r, 'owner'),
        ownerName: who(plan, text(r, 'owner')).name,
        ownerId: who(plan, text(r, 'owner')).id,
        status: text(r, 'status'),
        open,
        high,
        hasContingency: !saysNone(r, 'contingency'),
        line: r.range.start.line,
      };
    })
    .sort((a, b) => Number(b.high && b.open) - Number(a.high && a.open) || (b.score ?? 0) - (a.score ?? 0));

  const milestones = milestoneViews(plan, asOf);

  const handovers: HandoverView[] = plan.rows('handovers').map((r) => {
    const process = text(r, 'process');
    const planned = knownValue(r, 'planned', readDate);
    const status = statusOf(r, 'handovers');
    const accepted = isAcceptedHandover(r, asOf);
    return {
      id: text(r, 'id'),
      process,
      canonicalProcess: findItilProcess(process, config.aliases.processes)?.name,
      receivingOwner: text(r, 'receivingOwner'),
      receivingOwnerName: who(plan, text(r, 'receivingOwner')).name,
      status: text(r, 'status'),
      statusRead: status !== UNREADABLE,
      planned,
      acceptedOn: knownValue(r, 'acceptedOn', readDate),
      acceptedAhead: acceptanceAhead(r, asOf),
      accepted,
      overdue: !accepted && planned !== undefined && planned < asOf,
      line: r.range.start.line,
    };
  });

  const statusLog: StatusEntryView[] = plan.rows('statusLog').map((r) => {
    const date = cellValue(r, 'date', readDate);
    const health = cellValue(r, 'health', readHealth);
    return {
      date: date === UNREADABLE ? undefined : date,
      dateWritten: date === UNREADABLE ? text(r, 'date') : undefined,
      health: health === UNREADABLE ? undefined : health,
      healthWritten: health === UNREADABLE ? text(r, 'health') : undefined,
      summary: cellTextWithBreaks(plan, r, 'summary'),
      risks: cellTextWithBreaks(plan, r, 'risks'),
      decisions: cellTextWithBreaks(plan, r, 'decisions'),
      line: r.range.start.line,
    };
  });

  const consumptionAmount = columnAmounts(plan.register('resourceConsumption')?.table, meta.budget.currency);
  const amount = (r: Row, key: string): number | undefined | Unreadable => {
    const a = consumptionAmount(r, key);
    return a === UNREADABLE ? a : a?.value;
  };
  const consumption = plan.rows('resourceConsumption').filter((r) => !isTotalLine(r));
  const cost = costPosition(plan, config, asOf);
  const budget: BudgetView = {
    currency: meta.budget.currency,
    approved: meta.budget.approved,
    contingency: meta.budget.contingency,
    approvedLines: sum(consumption, (r) => amount(r, 'approved')),
    actual: sum(consumption, (r) => amount(r, 'actual')),
    forecast: sum(consumption, (r) =>
      r.value('forecast') !== undefined ? amount(r, 'forecast') : amount(r, 'actual'),
    ),
    tolerancePct: tolerancesOf(plan, config).costPct,
    variancePct: cost && ((cost.forecast - cost.approved) / cost.approved) * 100,
    exception: cost && cost.forecast > cost.limit && cost.coveredBy ? (cost.coveredBy.id ?? '') : undefined,
    unreadAmounts: unreadAmounts(consumption, amount),
  };

  const derived = deriveHealth(plan, config, asOf);
  const latest = latestStatusOf(plan, statusLog, { config, asOf, staleReason: isStatusStale(derived.reasons) });

  const decisions = decisionViews(plan);
  const readiness = readinessView(plan, config, asOf);

  const earlyLifeSupport: ElsView[] = plan.rows('earlyLifeSupport').map((r) => ({
    id: text(r, 'id'),
    criterion: text(r, 'criterion'),
    target: text(r, 'target'),
    met: knownValue(r, 'met', readMet),
    metText: cellWritten(r, 'met'),
    line: r.range.start.line,
  }));

  const waivers: WaiverView[] = plan.rows('waivers').map((r) => {
    const ref = waiverRef(plan, r);
    return {
      ...ref,
      rule: text(r, 'rule'),
      target: waiverTargetOf(r),
      expired: waiverExpired(ref.expiresWritten, ref.expires, asOf),
    };
  });

  // Not `{ ...openingFacts(…), stages, … }`: built as a spread followed by some forty properties,
  // the status was kept alive by V8's young-generation collections until a full collection (26 KB
  // a plan moved to the old generation, against 1 KB built so).
  return Object.assign(openingFacts(plan, derived, asOf), {
    stages,
    stakeholders,
    risks,
    milestones,
    handovers,
    statusLog,
    latestStatus: latest.latestStatus,
    statusLogOrder: latest.statusLogOrder,
    nextMilestone: nextMilestone(milestones),
    overdueMilestones: milestones.filter((m) => m.overdue).length,
    openHighRisks: risks.filter((r) => r.open && r.high).length,
    highRiskScore: config.highRiskScore,
    handoversAccepted: handovers.filter((h) => h.accepted).length,
    handoversTotal: handovers.length,
    missingReceivingOwners: handovers.filter((h) => !h.receivingOwner).map((h) => h.id),
    budget,
    scheduleBreaches: (toleranceApplies(meta.stage) ? scheduleBreaches(plan, config, asOf) : []).map((b) => ({
      id: b.row.id ?? '',
      name: text(b.row, 'milestone'),
      slipDays: b.slip,
      toleranceDays: b.tolerance,
      exception: b.coveredBy ? (b.coveredBy.id ?? '') : undefined,
    })),
    tolerances: { written: meta.tolerances, applied: tolerancesOf(plan, config) },
    unreadableValues: unreadableCells(plan).map((u) => ({
      register: u.register,
      column: u.column,
      id: u.row.id,
      text: u.cell.text,
      line: u.cell.range.start.line,
    })),
    decisions,
    ...logViews(plan, asOf),
    ...closureViews(plan),
    readiness,
    earlyLifeSupport,
    waivers,
    statusStale: latest.statusStale,
    personRefs: personRefs(plan, [
      meta.sponsor,
      meta.serviceOwner,
      meta.projectManager,
      ...risks.map((r) => r.owner),
      ...milestones.map((m) => m.owner),
      ...handovers.map((h) => h.receivingOwner),
    ]),
  });
}

/** What a status and an overview open with: the plan's declared facts, its derived health, the date. */
export function openingFacts(plan: Plan, derived: ReturnType<typeof deriveHealth>, asOf: IsoDate) {
  const meta = plan.meta;
  return {
    uri: plan.uri,
    id: meta.id,
    title: meta.title ?? plan.title?.text,
    service: meta.service,
    transitionType: meta.transitionType,
    stage: meta.stage,
    health: meta.health,
    derivedHealth: derived.health,
    healthReasons: derived.reasons,
    asOf,
    dates: meta.dates,
    datesWritten: unreadDates(plan.frontMatter),
    healthWritten: unreadHealth(plan.frontMatter),
    sponsor: meta.sponsor,
    serviceOwner: meta.serviceOwner,
    projectManager: meta.projectManager,
    dependsOn: meta.dependsOn,
    tags: meta.tags,
  };
}

export function stakeholderViews(plan: Plan): StakeholderView[] {
  return plan.rows('stakeholders').map((r) => ({
    id: text(r, 'id'),
    name: text(r, 'name'),
    role: text(r, 'role'),
    responsibility: text(r, 'responsibility'),
    handle: text(r, 'handle'),
    line: r.range.start.line,
  }));
}

/** A risk's judged score (undefined when it cannot be read), whether it is open, and whether it is high. */
export function riskFlags(r: Row, config: HandoffConfig): { score: number | undefined; open: boolean; high: boolean } {
  const judged = judgedRiskScore(r);
  const score = judged === UNREADABLE ? undefined : judged;
  return { score, open: isOpenRisk(r), high: score !== undefined && score >= config.highRiskScore };
}

/** The milestones, overdue first, then open ones by date, then done ones. */
export function milestoneViews(plan: Plan, asOf: IsoDate): MilestoneView[] {
  return plan
    .rows('milestones')
    .map((r) => {
      const measured = milestoneBaseline(r);
      const baseline = measured === UNREADABLE ? undefined : measured;
      const forecast = knownValue(r, 'forecast', readDate);
      const s = statusOf(r, 'milestones');
      const done = s === 'Done' || s === 'Descoped';
      const due = milestoneDue({ forecast, baseline });
      return {
        id: text(r, 'id'),
        name: text(r, 'milestone'),
        owner: text(r, 'owner'),
        baseline,
        originalBaseline: knownValue(r, 'baseline', readDate),
        forecast,
        actual: knownValue(r, 'actual', readDate),
        status: text(r, 'status'),
        done,
        overdue: !done && due !== undefined && due < asOf,
        slipDays: baseline && forecast ? daysBetween(baseline, forecast) : undefined,
        line: r.range.start.line,
      };
    })
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        Number(a.done) - Number(b.done) ||
        (milestoneDue(a) ?? '9999').localeCompare(milestoneDue(b) ?? '9999'),
    );
}

/** The first milestone neither done nor overdue, in `milestoneViews` order. */
export function nextMilestone(milestones: readonly MilestoneView[]): MilestoneView | undefined {
  return milestones.find((m) => !m.done && !m.overdue);
}

export function isStatusStale(reasons: PlanStatus['healthReasons']): boolean {
  return reasons.some((r) => r.rule === 'status-stale');
}

export function personRefs(plan: Plan, refs: readonly (string | undefined)[]): PersonRefView[] {
  const rows = plan.rows('stakeholders');
  const out: PersonRefView[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    if (!ref || seen.has(ref)) continue;
    seen.add(ref);
    const row = plan.person(ref);
    const stakeholder = row ? rows.indexOf(row) : -1;
    if (stakeholder >= 0) out.push({ ref, stakeholder });
  }
  return out;
}
