/**
 * The status of one transition as plain data: what the preview, the tree view, the portfolio and
 * `handoff report` show. Derived from the plan model once, here, so no view computes plan facts
 * of its own. Lines are 0-based (hosts convert).
 */
import type { HandoffConfig } from './config.js';
import {
  costPosition,
  decisionApproved,
  goDecision,
  readinessCriteria,
  readinessPhase,
  tolerancesOf,
  type Met,
} from './control.js';
import { deriveHealth, waiverRef, type HealthReason, type WaiverRef } from './health.js';
import { findItilProcess } from './itil.js';
import type { Plan, Row } from './model.js';
import { isOpenRisk, judgedRiskScore, newestStatusEntry, statusOf } from './rowFacts.js';
import { SECTION_SPECS } from './schema.js';
import { addDays, daysBetween, normalizeWord, parseNumber } from './text.js';
import { unreadableCells } from './valueCells.js';
import {
  cellValue,
  knownValue,
  readAmount,
  type Unreadable,
  readDate,
  readHealth,
  readLevel,
  readMet,
  UNREADABLE,
} from './values.js';
import type { Health, IsoDate, SectionKind, Stage, TransitionType } from './types.js';

export interface StageProgress {
  readonly kind: SectionKind;
  readonly title: string;
  readonly present: boolean;
  /** The plan's current stage (reporting is never current: it runs alongside). */
  readonly current: boolean;
  readonly done: boolean;
  readonly exitCriteria: { readonly done: number; readonly total: number };
  readonly line: number | undefined;
}

export interface StakeholderView {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly responsibility: string;
  readonly handle: string;
  readonly line: number;
}

export interface RiskView {
  readonly id: string;
  readonly risk: string;
  readonly likelihood: number | undefined;
  readonly impact: number | undefined;
  readonly score: number | undefined;
  /** The Score cell as the plan writes it, when it is a number (may differ from `score`). */
  readonly writtenScore: number | undefined;
  readonly owner: string;
  /** The owner by name when the reference resolves to a stakeholder, else as written. */
  readonly ownerName: string;
  /** The owner's stakeholder ID, when it resolves. */
  readonly ownerId: string | undefined;
  readonly status: string;
  readonly open: boolean;
  readonly high: boolean;
  readonly hasContingency: boolean;
  readonly line: number;
}

export interface MilestoneView {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly baseline: IsoDate | undefined;
  readonly forecast: IsoDate | undefined;
  readonly actual: IsoDate | undefined;
  readonly status: string;
  readonly done: boolean;
  readonly overdue: boolean;
  /** Forecast − baseline in days, when both are dates. */
  readonly slipDays: number | undefined;
  readonly line: number;
}

export interface HandoverView {
  readonly id: string;
  readonly process: string;
  /** The ITIL process it names, in its canonical form, if recognised. */
  readonly canonicalProcess: string | undefined;
  readonly receivingOwner: string;
  /** The receiving owner by name when it resolves, else as written. */
  readonly receivingOwnerName: string;
  readonly status: string;
  readonly planned: IsoDate | undefined;
  readonly acceptedOn: IsoDate | undefined;
  readonly accepted: boolean;
  /** Planned before the as-of date and not accepted. */
  readonly overdue: boolean;
  readonly line: number;
}

export interface StatusEntryView {
  readonly date: IsoDate | undefined;
  readonly health: Health | undefined;
  readonly summary: string;
  readonly risks: string;
  readonly decisions: string;
  readonly line: number;
}

export interface BudgetView {
  readonly currency: string | undefined;
  readonly approved: number | undefined;
  readonly contingency: number | undefined;
  readonly approvedLines: number | undefined;
  readonly actual: number | undefined;
  readonly forecast: number | undefined;
  /** Cost tolerance in percent that applies (the plan's, unless looser than the configuration's). */
  readonly tolerancePct: number;
  /** Forecast − approved as a percentage of approved, when both are known and readable. */
  readonly variancePct: number | undefined;
}

/** 1.1: a Decisions row. */
export interface DecisionView {
  readonly id: string;
  readonly decision: string;
  readonly type: string;
  /** The approver by name (ID in `approvedById`). */
  readonly approvedBy: string;
  readonly approvedById: string;
  readonly date: IsoDate | undefined;
  readonly status: string;
  readonly approved: boolean;
  readonly covers: string;
  readonly line: number;
}

/** 1.1: go-live readiness against the transition model. */
export interface ReadinessView {
  /** 'window' from `readiness_days` before go-live, 'due' once it is reached; undefined otherwise. */
  readonly phase: 'window' | 'due' | undefined;
  /** The first day go-live-readiness checks (`readiness_days` before go-live). */
  readonly opens: IsoDate | undefined;
  readonly criteria: readonly {
    readonly criterion: string;
    readonly met: Met | undefined;
    readonly evidence: string;
    readonly line: number | undefined;
  }[];
  readonly met: number;
  readonly total: number;
  /** The approved go decision's ID, if any. */
  readonly goDecision: string | undefined;
}

/** 1.1: an Early life support exit criterion. */
export interface ElsView {
  readonly id: string;
  readonly criterion: string;
  readonly target: string;
  readonly met: Met | undefined;
  readonly line: number;
}

/** A `## Waivers` row: a decision a reviewer must see. */
export interface WaiverView extends WaiverRef {
  readonly rule: string;
  readonly target: string;
  readonly expired: boolean;
}

export interface PlanStatus {
  readonly uri: string;
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly service: string | undefined;
  readonly transitionType: TransitionType | undefined;
  readonly stage: Stage | undefined;
  readonly health: Health | undefined;
  /**
   * Health as the plan's facts suggest it, by exception (contract §7); undefined when the plan is
   * not rated (initiation, closed). `healthReasons` says why, row by row.
   */
  readonly derivedHealth: Health | undefined;
  readonly healthReasons: readonly HealthReason[];
  readonly asOf: IsoDate;
  readonly dates: { readonly start?: IsoDate; readonly goLive?: IsoDate; readonly close?: IsoDate };
  readonly sponsor: string | undefined;
  readonly serviceOwner: string | undefined;
  readonly projectManager: string | undefined;
  readonly dependsOn: readonly string[];
  readonly tags: readonly string[];
  readonly stages: readonly StageProgress[];
  readonly stakeholders: readonly StakeholderView[];
  /** High risks first, then by score. */
  readonly risks: readonly RiskView[];
  /** Overdue first, then by forecast date. */
  readonly milestones: readonly MilestoneView[];
  readonly handovers: readonly HandoverView[];
  readonly statusLog: readonly StatusEntryView[];
  readonly latestStatus: StatusEntryView | undefined;
  readonly nextMilestone: MilestoneView | undefined;
  readonly overdueMilestones: number;
  readonly openHighRisks: number;
  readonly handoversAccepted: number;
  readonly handoversTotal: number;
  /** Handover IDs with no receiving owner. */
  readonly missingReceivingOwners: readonly string[];
  readonly budget: BudgetView;
  readonly decisions: readonly DecisionView[];
  readonly readiness: ReadinessView;
  readonly earlyLifeSupport: readonly ElsView[];
  readonly waivers: readonly WaiverView[];
  /** The newest status entry is older than the reporting cadence (a status-stale reason). */
  readonly statusStale: boolean;
  /** Cells whose value could not be read (contract §3.1): `unreadable-value` reports each. */
  readonly unreadableValues: readonly UnreadableValueView[];
  /**
   * Who each person reference shown in this status is (owners, receiving owners, core roles): the
   * reference as written and the index of its Stakeholders row, so views show names, not IDs.
   */
  readonly personRefs: readonly PersonRefView[];
}

export interface UnreadableValueView {
  readonly register: string;
  readonly column: string;
  /** The row's ID, if it has one. */
  readonly id: string | undefined;
  readonly text: string;
  readonly line: number;
}

export interface PersonRefView {
  readonly ref: string;
  /** Index into `stakeholders`. */
  readonly stakeholder: number;
}

const text = (row: Row, key: string): string => row.value(key) ?? '';

/** A person reference by name and stakeholder ID, when it resolves; as written otherwise. */
function who(plan: Plan, ref: string): { name: string; id: string | undefined } {
  const row = ref ? plan.person(ref) : undefined;
  return { name: row?.value('name') ?? ref, id: row?.value('id') };
}

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

  const stakeholders: StakeholderView[] = plan.rows('stakeholders').map((r) => ({
    id: text(r, 'id'),
    name: text(r, 'name'),
    role: text(r, 'role'),
    responsibility: text(r, 'responsibility'),
    handle: text(r, 'handle'),
    line: r.range.start.line,
  }));

  const risks: RiskView[] = plan
    .rows('risks')
    .map((r) => {
      const judged = judgedRiskScore(r);
      const score = judged === UNREADABLE ? undefined : judged;
      const open = isOpenRisk(r);
      return {
        id: text(r, 'id'),
        risk: text(r, 'risk'),
        likelihood: knownValue(r, 'likelihood', readLevel),
        impact: knownValue(r, 'impact', readLevel),
        score,
        writtenScore: parseNumber(r.value('score')),
        owner: text(r, 'owner'),
        ownerName: who(plan, text(r, 'owner')).name,
        ownerId: who(plan, text(r, 'owner')).id,
        status: text(r, 'status'),
        open,
        high: score !== undefined && score >= config.highRiskScore,
        hasContingency: !!r.value('contingency'),
        line: r.range.start.line,
      };
    })
    .sort((a, b) => Number(b.high && b.open) - Number(a.high && a.open) || (b.score ?? 0) - (a.score ?? 0));

  const milestones: MilestoneView[] = plan
    .rows('milestones')
    .map((r) => {
      const baseline = knownValue(r, 'baseline', readDate);
      const forecast = knownValue(r, 'forecast', readDate);
      const s = statusOf(r, 'milestones');
      const done = s === 'Done' || s === 'Descoped';
      const due = forecast ?? baseline;
      return {
        id: text(r, 'id'),
        name: text(r, 'milestone'),
        owner: text(r, 'owner'),
        baseline,
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
        (a.forecast ?? a.baseline ?? '9999').localeCompare(b.forecast ?? b.baseline ?? '9999'),
    );

  const handovers: HandoverView[] = plan.rows('handovers').map((r) => {
    const process = text(r, 'process');
    const planned = knownValue(r, 'planned', readDate);
    const accepted = statusOf(r, 'handovers') === 'Accepted';
    return {
      id: text(r, 'id'),
      process,
      canonicalProcess: findItilProcess(process, config.aliases.processes)?.name,
      receivingOwner: text(r, 'receivingOwner'),
      receivingOwnerName: who(plan, text(r, 'receivingOwner')).name,
      status: text(r, 'status'),
      planned,
      acceptedOn: knownValue(r, 'acceptedOn', readDate),
      accepted,
      overdue: !accepted && planned !== undefined && planned < asOf,
      line: r.range.start.line,
    };
  });

  const statusLog: StatusEntryView[] = plan.rows('statusLog').map((r) => ({
    date: knownValue(r, 'date', readDate),
    health: knownValue(r, 'health', readHealth),
    summary: text(r, 'summary'),
    risks: text(r, 'risks'),
    decisions: text(r, 'decisions'),
    line: r.range.start.line,
  }));
  // The rules' newest entry: the first row (the log is newest first).
  const newestRow = newestStatusEntry(plan)?.row;
  const latestStatus = statusLog.find((e) => e.line === newestRow?.range.start.line);

  const amount = (r: Row, key: string): number | undefined | Unreadable => {
    const a = cellValue(r, key, (t) => readAmount(t, meta.budget.currency));
    return a === UNREADABLE ? a : a?.value;
  };
  const consumption = plan.rows('resourceConsumption').filter((r) => normalizeWord(r.value('line') ?? '') !== 'total');
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
    variancePct: undefined,
  };
  const cost = costPosition(plan, config, asOf);
  if (cost)
    (budget as { variancePct: number | undefined }).variancePct =
      ((cost.forecast - cost.approved) / cost.approved) * 100;

  const overdueMilestones = milestones.filter((m) => m.overdue).length;
  const openHighRisks = risks.filter((r) => r.open && r.high).length;
  const derived = deriveHealth(plan, config, asOf);

  const decisions: DecisionView[] = plan.rows('decisions').map((r) => {
    const ref = text(r, 'approvedBy');
    return {
      id: text(r, 'id'),
      decision: text(r, 'decision'),
      type: text(r, 'type'),
      approvedBy: who(plan, ref).name,
      approvedById: who(plan, ref).id ?? ref,
      date: knownValue(r, 'date', readDate),
      status: text(r, 'status') || (ref ? 'Approved' : 'Proposed'),
      approved: decisionApproved(r),
      covers: text(r, 'covers'),
      line: r.range.start.line,
    };
  });

  const criteria = readinessCriteria(plan, config).map((c) => ({
    criterion: c.criterion,
    met: c.met,
    evidence: c.row ? text(c.row, 'evidence') : '',
    line: c.row?.range.start.line,
  }));
  const readiness: ReadinessView = {
    phase: readinessPhase(plan, config, asOf),
    opens: meta.dates.goLive ? addDays(meta.dates.goLive, -config.readinessDays) : undefined,
    criteria,
    met: criteria.filter((c) => c.met === 'yes').length,
    total: criteria.length,
    goDecision: goDecision(plan)?.id,
  };

  const earlyLifeSupport: ElsView[] = plan.rows('earlyLifeSupport').map((r) => ({
    id: text(r, 'id'),
    criterion: text(r, 'criterion'),
    target: text(r, 'target'),
    met: knownValue(r, 'met', readMet),
    line: r.range.start.line,
  }));

  const waivers: WaiverView[] = plan.rows('waivers').map((r) => {
    const expiresText = r.value('expires');
    const ref = waiverRef(plan, r);
    return {
      ...ref,
      rule: text(r, 'rule'),
      target: r.value('target') ?? (r.cell('target')?.text.trim() === '*' ? '*' : ''),
      expired: expiresText !== undefined && (ref.expires === undefined || ref.expires < asOf),
    };
  });

  const upcoming = milestones.filter((m) => !m.done && !m.overdue);
  return {
    uri: plan.uri,
    id: meta.id,
    title: meta.title ?? plan.title?.text,
    service: meta.service,
    transitionType: meta.transitionType,
    stage,
    health: meta.health,
    derivedHealth: derived.health,
    healthReasons: derived.reasons,
    asOf,
    dates: meta.dates,
    sponsor: meta.sponsor,
    serviceOwner: meta.serviceOwner,
    projectManager: meta.projectManager,
    dependsOn: meta.dependsOn,
    tags: meta.tags,
    stages,
    stakeholders,
    risks,
    milestones,
    handovers,
    statusLog,
    latestStatus,
    nextMilestone: upcoming[0],
    overdueMilestones,
    openHighRisks,
    handoversAccepted: handovers.filter((h) => h.accepted).length,
    handoversTotal: handovers.length,
    missingReceivingOwners: handovers.filter((h) => !h.receivingOwner).map((h) => h.id),
    budget,
    unreadableValues: unreadableCells(plan).map((u) => ({
      register: u.register,
      column: u.column,
      id: u.row.id,
      text: u.cell.text,
      line: u.cell.range.start.line,
    })),
    decisions,
    readiness,
    earlyLifeSupport,
    waivers,
    statusStale: derived.reasons.some((r) => r.rule === 'status-stale'),
    personRefs: personRefs(plan, [
      meta.sponsor,
      meta.serviceOwner,
      meta.projectManager,
      ...risks.map((r) => r.owner),
      ...milestones.map((m) => m.owner),
      ...handovers.map((h) => h.receivingOwner),
    ]),
  };
}

function personRefs(plan: Plan, refs: readonly (string | undefined)[]): PersonRefView[] {
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
