/**
 * The portfolio report as plain data: one row per transition, built from the engine's
 * `PlanStatus` (every plan fact) and the lint findings (never re-derived here), plus the
 * portfolio-wide aggregates the charts draw. Rows keep only what the report shows, so a report
 * over thousands of plans does not hold their whole statuses.
 */
import { DEFAULT_HIGH_RISK_SCORE, milestoneDue, milestoneReached } from '../../engine/domain.js';
import { firstClause, type HealthReason } from '../../engine/health.js';
import { waiverTargets } from '../../engine/suppress.js';
import type {
  BudgetView,
  DecisionView,
  PlanStatus,
  ReadinessView,
  ScheduleBreachView,
  StatusEntryView,
} from '../../engine/status.js';
import { waiverStandings, type WaiverStanding } from '../../engine/waiverStanding.js';
import type { Finding, Health, IsoDate, Severity, Stage } from '../../engine/types.js';
import { isRatedStage, STAGES } from '../../engine/types.js';
import { closureOf, overdueItemsOf, type ClosureRef, type OverdueItemRef } from '../../engine/closureView.js';
import { overdueHandoversOf, type HandoverRef } from './handovers.js';

export type { HandoverRef } from './handovers.js';

export interface MilestoneRef {
  readonly id: string;
  readonly name: string;
  /** Forecast, else baseline. */
  readonly due: IsoDate | undefined;
}

export interface TimelinePoint {
  readonly id: string;
  readonly due: IsoDate;
  readonly state: 'done' | 'overdue' | 'upcoming';
}

export interface RiskRef {
  readonly id: string;
  readonly risk: string;
  readonly score: number | undefined;
  /** The owner by name (as written when it names no stakeholder). */
  readonly owner: string;
  readonly ownerId: string | undefined;
  readonly contingency: boolean;
}

/** A status entry as the report shows it (its Date and Health as written when not read). */
export type StatusRef = Pick<
  StatusEntryView,
  'date' | 'dateWritten' | 'health' | 'healthWritten' | 'summary' | 'risks' | 'decisions'
>;

export interface ReportRow {
  /** Relative to the working directory, `/`-separated. */
  readonly path: string;
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly service: string | undefined;
  readonly stage: Stage | undefined;
  readonly health: Health | undefined;
  /** The front matter's `health` as written when it could not be read. */
  readonly healthWritten: string | undefined;
  /** undefined: not rated (initiation, closed). */
  readonly derivedHealth: Health | undefined;
  readonly healthReasons: readonly HealthReason[];
  readonly goLive: IsoDate | undefined;
  /** The go-live date as written when it could not be read (front-matter-schema reports it). */
  readonly goLiveWritten: string | undefined;
  readonly nextMilestone: MilestoneRef | undefined;
  readonly overdueMilestones: readonly MilestoneRef[];
  readonly openHighRisks: readonly RiskRef[];
  readonly handovers: {
    readonly accepted: number;
    readonly total: number;
    /** Handovers with no receiving owner, each marked when a waiver accepts it. */
    readonly missingReceivingOwners: readonly { readonly id: string; readonly waived: boolean }[];
  };
  readonly overdueHandovers: readonly HandoverRef[];
  /** Open issues (Open or In progress, or no status), with their status as written: a sponsor sees each. */
  readonly openIssues: readonly {
    readonly id: string;
    readonly issue: string;
    readonly owner: string;
    readonly status: string;
  }[];
  readonly findings: Readonly<Record<Severity, number>>;
  /**
   * The plan's first errors (at most ERRORS_SHOWN, in line order), each as what is wrong: what the
   * counts stand for, in plans derived health does not rate (initiation, closed) as in the others.
   */
  readonly errors: readonly ErrorRef[];
  /** The newest entry of the Status log, as its dates tell (`logOrder` says when it is not the first row). */
  readonly latestStatus: StatusRef | undefined;
  /** The latest status is older than the reporting cadence. */
  readonly statusStale: boolean;
  /** Whether the Status log reads newest first; when not, its first row (the rules' current status). */
  readonly logOrder: Pick<PlanStatus['statusLogOrder'], 'order' | 'latestRow' | 'firstStale' | 'readAs'> & {
    readonly first: Pick<StatusRef, 'date' | 'dateWritten' | 'health'> | undefined;
  };
  readonly budget: BudgetView;
  /** Milestones forecast beyond the schedule tolerance, each with the exception that covers it or a waiver in force. */
  readonly scheduleBreaches: readonly (ScheduleBreachView & { readonly waived: boolean })[];
  readonly readiness: ReadinessView;
  readonly decisions: readonly DecisionView[];
  /** Waivers: decisions a reviewer must see, with approver and expiry, and whether each is in force. */
  readonly waivers: readonly WaiverStanding[];
  readonly people: {
    readonly sponsor: string | undefined;
    readonly serviceOwner: string | undefined;
    readonly projectManager: string | undefined;
  };
  readonly dependsOn: readonly string[];
  /** Dated milestones, for the timeline. */
  readonly timeline: readonly TimelinePoint[];
  /** Open corrective actions and issues past their Due date (or with one that cannot be read). */
  readonly overdueItems: readonly OverdueItemRef[];
  /** At closure and closed: sign-offs, early life support's exit, the review's results, lessons. */
  readonly closure: ClosureRef | undefined;
}

export interface PortfolioTotals {
  readonly plans: number;
  readonly byStage: Readonly<Record<Stage | 'unknown', number>>;
  /** Over plans whose stage has a health (`isRatedStage`), as derived health; `none` reports none. */
  readonly byHealth: Readonly<Record<Health | 'none' | 'notRated', number>>;
  readonly byDerivedHealth: Readonly<Record<Health | 'none', number>>;
  /** Open risks by likelihood (row, 1–5) and impact (column, 1–5): `heatMap[l - 1][i - 1]`. */
  readonly heatMap: readonly (readonly number[])[];
  /** Open risks the heat map leaves out: their likelihood or impact is missing or cannot be read. */
  readonly risksNotPlaced: number;
  /** The score from which a risk is high: the plans' `high_risk_score` when they share one, else the default. */
  readonly highRiskScore: number;
  readonly openHighRisks: number;
  readonly overdueMilestones: number;
  readonly handoversAccepted: number;
  readonly handoversTotal: number;
  readonly findings: Readonly<Record<Severity, number>>;
}

export interface DependencyEdge {
  /** The plan that waits. */
  readonly from: string;
  /** The plan it waits for. */
  readonly to: string;
}

export interface Report {
  readonly asOf: IsoDate;
  readonly rows: readonly ReportRow[];
  readonly totals: PortfolioTotals;
  /** Plan ids named by `depends_on` that no plan of the report has. */
  readonly unknownDependencies: readonly string[];
  readonly edges: readonly DependencyEdge[];
  /** Files that could not be read or linted. */
  readonly fileErrors: readonly { readonly path: string; readonly message: string }[];
}

/**
 * A front-matter person reference by the stakeholder's name, as the engine resolved it (an ID, a
 * name, a handle, a role one stakeholder holds …: `personRefs`); as written otherwise.
 */
function personName(status: PlanStatus, ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const hit = status.personRefs.find((p) => p.ref === ref);
  return (hit && status.stakeholders[hit.stakeholder]?.name) || ref;
}

/** An error a plan's highlight names: its rule, its line (0-based, as the status model's) and what is wrong. */
export interface ErrorRef {
  readonly rule: string;
  readonly line: number;
  readonly text: string;
}

/** Errors a plan's highlight names, at most: the rest are counted. */
export const ERRORS_SHOWN = 5;

/** `shown` with the errors among `findings` added: the first ERRORS_SHOWN of them all, in line order. */
export function withErrors(shown: readonly ErrorRef[], findings: readonly Finding[]): ErrorRef[] {
  const added = findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({ rule: f.rule, line: f.range.start.line, text: firstClause(f.message) }));
  return [...shown, ...added].sort((a, b) => a.line - b.line).slice(0, ERRORS_SHOWN);
}

/** One row from a plan's status and its findings (document and cross-plan ones). */
export function reportRow(path: string, status: PlanStatus, findings: readonly Finding[]): ReportRow {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const errors = withErrors([], findings);
  const latest = status.latestStatus;
  const next = status.nextMilestone;
  const waivers = waiverStandings(status.waivers, findings);
  const waived = (rule: string, id: string) =>
    waivers.some((w) => w.inForce && w.rule === rule && waiverTargets(w.target, id));
  const people = {
    sponsor: personName(status, status.sponsor),
    serviceOwner: personName(status, status.serviceOwner),
    projectManager: personName(status, status.projectManager),
  };
  return {
    path,
    id: status.id,
    title: status.title,
    service: status.service,
    stage: status.stage,
    health: status.health,
    healthWritten: status.healthWritten,
    derivedHealth: status.derivedHealth,
    healthReasons: status.healthReasons,
    goLive: status.dates.goLive,
    goLiveWritten: status.datesWritten.goLive,
    nextMilestone: next ? { id: next.id, name: next.name, due: milestoneDue(next) } : undefined,
    overdueMilestones: status.milestones
      .filter((m) => m.overdue)
      .map((m) => ({ id: m.id, name: m.name, due: milestoneDue(m) })),
    openHighRisks: status.risks
      .filter((r) => r.open && r.high)
      .map((r) => ({
        id: r.id,
        risk: r.risk,
        score: r.score,
        owner: r.ownerName,
        ownerId: r.ownerId,
        contingency: r.hasContingency,
      })),
    handovers: {
      accepted: status.handoversAccepted,
      total: status.handoversTotal,
      missingReceivingOwners: status.missingReceivingOwners.map((id) => ({
        id,
        waived: waived('missing-handover-owner', id),
      })),
    },
    overdueHandovers: overdueHandoversOf(status),
    openIssues: status.issues
      .filter((i) => i.state === 'open')
      .map((i) => ({ id: i.id, issue: i.text, owner: i.ownerName, status: i.status })),
    statusStale: status.statusStale,
    logOrder: logOrderOf(status.statusLogOrder),
    budget: status.budget,
    scheduleBreaches: status.scheduleBreaches.map((m) => ({ ...m, waived: waived('schedule-slip', m.id) })),
    readiness: status.readiness,
    decisions: status.decisions,
    waivers,
    people,
    findings: counts,
    errors,
    latestStatus: latest
      ? {
          date: latest.date,
          dateWritten: latest.dateWritten,
          health: latest.health,
          healthWritten: latest.healthWritten,
          summary: latest.summary,
          risks: latest.risks,
          decisions: latest.decisions,
        }
      : undefined,
    dependsOn: status.dependsOn,
    timeline: status.milestones.flatMap((m): TimelinePoint[] => {
      const date = m.done ? milestoneReached(m) : milestoneDue(m);
      return date ? [{ id: m.id, due: date, state: m.done ? 'done' : m.overdue ? 'overdue' : 'upcoming' }] : [];
    }),
    overdueItems: overdueItemsOf(status),
    closure: closureOf(status, people),
  };
}

function logOrderOf(o: PlanStatus['statusLogOrder']): ReportRow['logOrder'] {
  const first = o.first && { date: o.first.date, dateWritten: o.first.dateWritten, health: o.first.health };
  return {
    order: o.order,
    latestRow: o.latestRow,
    first,
    firstStale: o.firstStale,
    ...(o.readAs && { readAs: o.readAs }),
  };
}

/**
 * What the report takes of one plan: its row, and what the portfolio totals need beyond it (the
 * heat-map cells of its open risks and its high-risk score). Projected where the plan was linted,
 * so a worker sends this instead of the whole status.
 */
export interface ReportPart {
  readonly row: ReportRow;
  /** One `[likelihood, impact]` pair (each 1–5) per open risk that has both. */
  readonly riskCells: readonly (readonly [number, number])[];
  /** Open risks without both (missing or unreadable): the heat map says how many it leaves out. */
  readonly risksNotPlaced: number;
  readonly highRiskScore: number;
}

export function reportPart(path: string, status: PlanStatus, findings: readonly Finding[]): ReportPart {
  const riskCells: [number, number][] = [];
  let risksNotPlaced = 0;
  for (const r of status.risks) {
    if (!r.open) continue;
    const l = r.likelihood === undefined ? 0 : Math.round(r.likelihood);
    const i = r.impact === undefined ? 0 : Math.round(r.impact);
    if (l >= 1 && l <= 5 && i >= 1 && i <= 5) riskCells.push([l, i]);
    else risksNotPlaced++;
  }
  return { row: reportRow(path, status, findings), riskCells, risksNotPlaced, highRiskScore: status.highRiskScore };
}

const NO_HEALTH: Readonly<Record<Health | 'none', number>> = { green: 0, amber: 0, red: 0, none: 0 };

/** Accumulates the portfolio aggregates plan by plan, so the statuses need not be kept. */
export class TotalsBuilder {
  private plans = 0;
  private readonly byStage: Record<Stage | 'unknown', number> = {
    initiation: 0,
    planning: 0,
    control: 0,
    closure: 0,
    closed: 0,
    unknown: 0,
  };
  private readonly byHealth: Record<keyof PortfolioTotals['byHealth'], number> = { ...NO_HEALTH, notRated: 0 };
  private readonly byDerivedHealth: Record<Health | 'none', number> = { ...NO_HEALTH };
  private readonly heatMap: number[][] = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  private readonly highRiskScores = new Set<number>();
  private openHighRisks = 0;
  private risksNotPlaced = 0;
  private overdueMilestones = 0;
  private handoversAccepted = 0;
  private handoversTotal = 0;
  private readonly findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  add({ row, riskCells, risksNotPlaced, highRiskScore }: ReportPart): void {
    this.plans++;
    this.byStage[row.stage ?? 'unknown']++;
    this.byHealth[isRatedStage(row.stage) ? (row.health ?? 'none') : 'notRated']++;
    this.byDerivedHealth[row.derivedHealth ?? 'none']++;
    for (const [l, i] of riskCells) this.heatMap[l - 1]![i - 1]!++;
    this.risksNotPlaced += risksNotPlaced;
    this.highRiskScores.add(highRiskScore);
    this.openHighRisks += row.openHighRisks.length;
    this.overdueMilestones += row.overdueMilestones.length;
    this.handoversAccepted += row.handovers.accepted;
    this.handoversTotal += row.handovers.total;
    for (const s of ['error', 'warning', 'info'] as const) this.findings[s] += row.findings[s];
  }

  build(): PortfolioTotals {
    return {
      plans: this.plans,
      byStage: { ...this.byStage },
      byHealth: { ...this.byHealth },
      byDerivedHealth: { ...this.byDerivedHealth },
      heatMap: this.heatMap.map((r) => [...r]),
      risksNotPlaced: this.risksNotPlaced,
      highRiskScore: this.highRiskScores.size === 1 ? [...this.highRiskScores][0]! : DEFAULT_HIGH_RISK_SCORE,
      openHighRisks: this.openHighRisks,
      overdueMilestones: this.overdueMilestones,
      handoversAccepted: this.handoversAccepted,
      handoversTotal: this.handoversTotal,
      findings: { ...this.findings },
    };
  }
}

/** Dependency edges between the report's plans, and the ids named that no plan has. */
export function dependencies(rows: readonly ReportRow[]): { edges: DependencyEdge[]; unknown: string[] } {
  const known = new Set(rows.map((r) => r.id).filter((id): id is string => !!id));
  const edges: DependencyEdge[] = [];
  const unknown = new Set<string>();
  for (const row of rows) {
    if (!row.id) continue;
    for (const dep of row.dependsOn) {
      edges.push({ from: row.id, to: dep });
      if (!known.has(dep)) unknown.add(dep);
    }
  }
  return { edges, unknown: [...unknown].sort() };
}

/**
 * What a dependency means for the transition that waits: it goes live before the one it waits for
 * does, or that one is derived red. Undefined when neither holds, or either plan is not in the report.
 */
export function dependencyConcern(rows: readonly ReportRow[], edge: DependencyEdge): string | undefined {
  const from = rows.find((r) => r.id === edge.from);
  const to = rows.find((r) => r.id === edge.to);
  if (!from || !to || from.stage === 'closed') return undefined;
  const concerns: string[] = [];
  if (from.goLive && to.goLive && to.goLive > from.goLive)
    concerns.push(`goes live ${from.goLive}, before ${to.id} (go-live ${to.goLive})`);
  if (to.derivedHealth === 'red') concerns.push(`waits for ${to.id}, which is derived red`);
  return concerns.length ? `${edge.from} ${concerns.join(', and ')}` : undefined;
}

export const STAGE_KEYS: readonly (Stage | 'unknown')[] = [...STAGES, 'unknown'];
