/**
 * The shape of a plan's status (`planStatus` in status.ts): plain data, the contract between the
 * engine and every view of it (preview, tree, portfolio, `handoff report`, `handoff diff`).
 * Lines are 0-based (hosts convert).
 */
import type { Met } from './control.js';
import type { HealthReason, WaiverRef } from './health.js';
import type { PlanMeta } from './model.js';
import type { Health, IsoDate, SectionKind } from './types.js';

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
  /** The date it is measured from: its Revised baseline when it has one, else its Baseline. */
  readonly baseline: IsoDate | undefined;
  /**
   * Its Baseline column's date, when read, whether or not a Revised baseline stands in for it:
   * what `handoff diff` tells a re-baseline kept beside it from a Baseline written over by.
   */
  readonly originalBaseline?: IsoDate | undefined;
  readonly forecast: IsoDate | undefined;
  readonly actual: IsoDate | undefined;
  readonly status: string;
  readonly done: boolean;
  readonly overdue: boolean;
  /** Forecast − baseline in days, when both are dates. */
  readonly slipDays: number | undefined;
  readonly line: number;
}

/** A milestone, neither Done nor Descoped, forecast beyond the schedule tolerance (schedule-slip's breach). */
export interface ScheduleBreachView {
  readonly id: string;
  readonly name: string;
  /** Forecast − baseline, in days; beyond `toleranceDays`. */
  readonly slipDays: number;
  readonly toleranceDays: number;
  /** The approved Exception decision that covers it ('' when it has no ID); undefined when none does. */
  readonly exception: string | undefined;
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
  /** False when the Status cell holds what cannot be read (unreadable-value says why): `status` is as written. */
  readonly statusRead: boolean;
  readonly planned: IsoDate | undefined;
  readonly acceptedOn: IsoDate | undefined;
  /** Written Accepted, but Accepted on a date after the as-of date: that date (not accepted yet). */
  readonly acceptedAhead: IsoDate | undefined;
  /** Accepted as of the as-of date: Status Accepted and Accepted on, if any, not later. */
  readonly accepted: boolean;
  /** Planned before the as-of date and not accepted. */
  readonly overdue: boolean;
  readonly line: number;
}

export interface StatusEntryView {
  readonly date: IsoDate | undefined;
  /** The Date cell as written when it could not be read (`06/11/2026` reads two ways). */
  readonly dateWritten: string | undefined;
  readonly health: Health | undefined;
  /** The Health cell as written when it could not be read (`Green with concerns`). */
  readonly healthWritten: string | undefined;
  /** Summary, Risks and challenges, Decisions needed: a cell's lines (`<br>`) joined by `\n`. */
  readonly summary: string;
  readonly risks: string;
  readonly decisions: string;
  readonly line: number;
}

/**
 * Whether the Status log reads newest first, as its dates tell. The rules read its first row as
 * the current status (contract §4); a view shows the newest entry and says when it is not that row.
 */
export interface StatusLogOrderView {
  /**
   * `newest-first`: no later row is dated after the first (or the first has no date);
   * `out-of-order`: one is, and it is the latest status; `untold`: the log's numeric dates read day
   * first and month first put different rows newest, so the latest status is the first row.
   */
  readonly order: 'newest-first' | 'out-of-order' | 'untold';
  /** The Status log row (1-based) of the latest status. */
  readonly latestRow: number | undefined;
  /** The first entry written, which the rules read as the current one, when the order is not newest first. */
  readonly first: StatusEntryView | undefined;
  /** That first entry is older than the reporting cadence (status-stale reports it). */
  readonly firstStale: boolean;
  /**
   * When the log's numeric dates read two ways and the readings disagree on the newest row: the
   * order the plan's own dates show (`day` first, `month` first) and a date that reads only so.
   */
  readonly readAs?: { readonly order: 'day' | 'month'; readonly evidence: string };
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
  /**
   * A forecast beyond tolerance that an approved Exception decision covers: that decision's ID
   * ('' when it has none), as the cost-overrun reason names it; undefined otherwise.
   */
  readonly exception: string | undefined;
  /** Amounts of the Resource consumption lines (not a total line) that cannot be read: no sum is made without them. */
  readonly unreadAmounts: readonly UnreadAmountView[];
}

/** A Resource consumption amount that cannot be read (`2 FTE`, another currency). */
export interface UnreadAmountView {
  /** The row of the Resource consumption table, 1-based. */
  readonly row: number;
  readonly column: 'approved' | 'actual' | 'forecast';
  readonly text: string;
  readonly line: number;
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
  /** The Date cell as written when it could not be read (`05/12/2026` reads two ways). */
  readonly dateWritten: string | undefined;
  readonly status: string;
  readonly approved: boolean;
  readonly covers: string;
  readonly line: number;
}

/** An Issues or Corrective actions row. */
export interface LogItemView {
  readonly id: string;
  /** What the issue is, or what the action does. */
  readonly text: string;
  /** The owner by name (as written when it names no stakeholder). */
  readonly ownerName: string;
  readonly status: string;
  /** Open or In progress (or no status); closed; or a status that cannot be read. */
  readonly state: 'open' | 'closed' | 'unread';
  /** The Due date, when read (a `Due` column is optional). */
  readonly due: IsoDate | undefined;
  /** The Due cell as written when it could not be read. */
  readonly dueWritten: string | undefined;
  /** Open and its Due date is before the as-of date. */
  readonly overdue: boolean;
  readonly line: number;
}

/** A Sign-off row: who signed the closure off in which role, and whether they approved. */
export interface SignOffView {
  readonly role: string;
  /** The stakeholder by name (as written when it names no stakeholder). */
  readonly stakeholderName: string;
  readonly decision: string;
  /** The Decision reads Approved. */
  readonly approved: boolean;
  /** Dated after the as-of date: a sign-off counts from its date, so an approval so dated is not given yet. */
  readonly dateAhead: boolean;
  readonly date: IsoDate | undefined;
  /** The Date cell as written when it could not be read. */
  readonly dateWritten: string | undefined;
  /** Whose own sign-off the row is among those closure needs (missing-sign-off): the sponsor, the service owner. */
  readonly signs: readonly ('sponsor' | 'serviceOwner')[];
  /**
   * Signed by someone on behalf of the sponsor or the service owner (`Ruud Peeters i.o. Marieke
   * van den Berg`): who signed, and for which of them. Not their own sign-off (contract §2).
   */
  readonly onBehalf?: { readonly by: string; readonly of: readonly ('sponsor' | 'serviceOwner')[] };
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
    /** The Met cell as written, `TBC` or `N/A` too ('' when blank or when no row names the criterion). */
    readonly metText: string;
    readonly evidence: string;
    /** The row naming the criterion (0-based line), undefined when none does. */
    readonly line: number | undefined;
  }[];
  readonly met: number;
  readonly total: number;
  /**
   * Rows that name a required criterion again (another release's, site's or wave's) and are not
   * met: `criteria` counts each criterion's first row only, so "5 of 5 met" would hide them.
   */
  readonly otherRowsNotMet: readonly {
    readonly id: string;
    readonly criterion: string;
    readonly met: Met | undefined;
    readonly metText: string;
    readonly line: number;
  }[];
  /** The approved go decision's ID, if any. */
  readonly goDecision: string | undefined;
  /** With no go decision: the approved No-go decision that holds go-live ('' when it has no ID). */
  readonly noGoDecision: string | undefined;
  /** With no go decision and no No-go: an approved Go dated after the as-of date, not taken yet. */
  readonly goDecisionDatedAfter: { readonly id: string; readonly date: IsoDate } | undefined;
}

/** 1.1: an Early life support exit criterion. */
export interface ElsView {
  readonly id: string;
  readonly criterion: string;
  readonly target: string;
  readonly met: Met | undefined;
  /** The Met cell as written, `TBC` or `N/A` too ('' when blank). */
  readonly metText: string;
  readonly line: number;
}

/** A Post-implementation review row: an objective and whether the transition achieved it. */
export interface PirView {
  readonly objective: string;
  /** Achieved, Partly or Not achieved; undefined when empty (`TBC`) or not read. */
  readonly result: string | undefined;
  /** The Result cell as written ('' when empty, or when it says it is not reviewed yet: `Pending`). */
  readonly resultText: string;
  readonly evidence: string;
  readonly line: number;
}

/** A `## Waivers` row: a decision a reviewer must see. */
export interface WaiverView extends WaiverRef {
  readonly rule: string;
  readonly target: string;
  readonly expired: boolean;
}

/** The front-matter fields a status repeats as the plan declares them. */
export type DeclaredMeta = Pick<
  PlanMeta,
  | 'id'
  | 'title'
  | 'service'
  | 'transitionType'
  | 'stage'
  | 'health'
  | 'sponsor'
  | 'serviceOwner'
  | 'projectManager'
  | 'dependsOn'
  | 'tags'
>;

export interface PlanStatus extends DeclaredMeta {
  readonly uri: string;
  /**
   * Health as the plan's facts suggest it, by exception (contract §7); undefined when the plan is
   * not rated (initiation, closed). `healthReasons` says why, row by row.
   */
  readonly derivedHealth: Health | undefined;
  readonly healthReasons: readonly HealthReason[];
  readonly asOf: IsoDate;
  readonly dates: { readonly start?: IsoDate; readonly goLive?: IsoDate; readonly close?: IsoDate };
  /** The dates written in the front matter but not read (front-matter-schema reports them), as written. */
  readonly datesWritten: { readonly start?: string; readonly goLive?: string; readonly close?: string };
  /** The `health` written in the front matter but not read (front-matter-schema reports it), as written. */
  readonly healthWritten: string | undefined;
  readonly stages: readonly StageProgress[];
  readonly stakeholders: readonly StakeholderView[];
  /** High risks first, then by score. */
  readonly risks: readonly RiskView[];
  /** Overdue first, then by forecast date. */
  readonly milestones: readonly MilestoneView[];
  readonly handovers: readonly HandoverView[];
  readonly statusLog: readonly StatusEntryView[];
  /**
   * The newest entry written, as the log's dates tell: its first row (the log is newest first),
   * unless a later row is dated after it (`statusLogOrder` says so). A template's sample is not a
   * status.
   */
  readonly latestStatus: StatusEntryView | undefined;
  readonly statusLogOrder: StatusLogOrderView;
  readonly nextMilestone: MilestoneView | undefined;
  readonly overdueMilestones: number;
  readonly openHighRisks: number;
  /** The score from which a risk is high under the plan's configuration (`high_risk_score`). */
  readonly highRiskScore: number;
  readonly handoversAccepted: number;
  readonly handoversTotal: number;
  /** Handover IDs with no receiving owner. */
  readonly missingReceivingOwners: readonly string[];
  readonly budget: BudgetView;
  /** Milestones forecast beyond the schedule tolerance, in the plan's order, from control on (`toleranceApplies`). */
  readonly scheduleBreaches: readonly ScheduleBreachView[];
  /** The tolerances the front matter writes, and those that apply (the plan's unless looser than the configuration's). */
  readonly tolerances: {
    readonly written: PlanMeta['tolerances'];
    readonly applied: { readonly costPct: number; readonly scheduleDays: number };
  };
  readonly decisions: readonly DecisionView[];
  readonly issues: readonly LogItemView[];
  readonly correctiveActions: readonly LogItemView[];
  readonly signOffs: readonly SignOffView[];
  readonly readiness: ReadinessView;
  readonly earlyLifeSupport: readonly ElsView[];
  /** Its objectives, a template's sample rows left out. */
  readonly postImplementationReview: readonly PirView[];
  /** Lessons written under Lessons learned (a template's sample and empty items are none). */
  readonly lessonsLearned: number;
  readonly waivers: readonly WaiverView[];
  /**
   * The latest status is older than the reporting cadence: a status-stale reason, which judges the
   * first row (in a log out of order, the newer entry shown is judged by the same cadence).
   */
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
