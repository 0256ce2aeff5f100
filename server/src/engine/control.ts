/**
 * Transition control facts that several rules and the derived health share (contract 1.1 §3–§4,
 * §7): which decisions cover a tolerance breach, how far milestones and spend are beyond
 * tolerance, and which go-live readiness criteria are met. Computed here once, so a rule and the
 * status model can never disagree about what "covered" or "ready" means.
 */
import type { HandoffConfig } from './config.js';
import { DEFAULT_CONFIG, DEFAULT_READINESS } from './config.js';
import type { Plan, Row } from './model.js';
import { isBoardName } from './boards.js';
import { isBoardRole, namedParts, rolesIn } from './domain.js';
import { decisionType, milestoneBaseline, statusOf } from './rowFacts.js';
import { normalizeWord, withoutParentheticals } from './text.js';
import { namesCriterion } from './criterionMatch.js';
import { isBlankMark } from './emptyValues.js';
import { addDays, daysBetween } from './isoDate.js';
import { cellValue, columnAmounts, knownValue, readCovers, readDate, readMet, UNREADABLE, type Met } from './values.js';
import type { Covered, Unreadable } from './values.js';

export type { Met };
import { stageIndex, type IsoDate, type Range, type Stage } from './types.js';
import { isSampleRow } from './placeholders.js';
import { perLint } from './perPlan.js';

/** The tolerances that apply to a plan, per key: the plan's value unless looser than the configuration's. */
export function tolerancesOf(plan: Plan, config: HandoffConfig): { costPct: number; scheduleDays: number } {
  const t = plan.meta.tolerances;
  const c = config.tolerances;
  return {
    costPct: t.costPct !== undefined ? Math.min(t.costPct, c.costPct) : c.costPct,
    scheduleDays: t.scheduleDays !== undefined ? Math.min(t.scheduleDays, c.scheduleDays) : c.scheduleDays,
  };
}

/**
 * Where a plan's own tolerance is looser than the configuration's, which then applies: a note for
 * the finding that cites it (` (the configuration's: the plan's 20 days is looser, …)`), else ''.
 */
export function looserToleranceNote(plan: Plan, config: HandoffConfig, kind: 'schedule' | 'cost'): string {
  const own = toleranceOfKind(plan.meta.tolerances, kind);
  if (own === undefined || own <= toleranceOfKind(config.tolerances, kind)) return '';
  return ` (the configuration's: ${configuredToleranceSource(kind)}; the plan's ${toleranceShown(kind, own)} is looser, and a plan may only tighten it)`;
}

/** One kind of tolerance of a plan's or the configuration's: `schedule_days` or `cost_pct`. */
export function toleranceOfKind(
  t: { readonly scheduleDays: number; readonly costPct: number },
  kind: 'schedule' | 'cost',
): number;
export function toleranceOfKind(
  t: { readonly scheduleDays?: number; readonly costPct?: number },
  kind: 'schedule' | 'cost',
): number | undefined;
export function toleranceOfKind(
  t: { readonly scheduleDays?: number; readonly costPct?: number },
  kind: 'schedule' | 'cost',
): number | undefined {
  return kind === 'schedule' ? t.scheduleDays : t.costPct;
}

/** A tolerance as its key counts it: `14 days`, `10%`. */
export function toleranceShown(kind: 'schedule' | 'cost', value: number): string {
  return kind === 'schedule' ? `${value} days` : `${value}%`;
}

/** Where the configured tolerance comes from: the board sets it in the configuration (contract §4), or the default stands. */
export function configuredToleranceSource(kind: 'schedule' | 'cost'): string {
  return `\`tolerances\` in .handoff.yaml, ${toleranceShown(kind, toleranceOfKind(DEFAULT_CONFIG.tolerances, kind))} when none is set`;
}

// ---------------------------------------------------------------------------------------------
// Decisions

/**
 * Approved: Status says so (in any of its spellings), or Status is left blank and Approved by is
 * filled. A Status that says it is not known yet (`TBC`, `To be agreed`) is no approval.
 */
export function decisionApproved(row: Row): boolean {
  const status = statusOf(row, 'decisions');
  if (status !== undefined) return status === 'Approved';
  return isBlankMark(row.cell('status')?.text) && !!row.value('approvedBy');
}

/**
 * The stakeholders who may decide for the board: the sponsor, then those whose Role names one of
 * the board roles (any of several: `Senior user / Finance director`), in table order.
 */
export function boardMembers(plan: Plan, config: HandoffConfig): Row[] {
  const boardRoles = config.boardRoles.map(normalizeWord);
  const members = plan
    .rows('stakeholders')
    .filter((row) => rolesIn(row.value('role') ?? '').some((role) => isBoardRole(role, boardRoles)));
  const sponsor = plan.meta.sponsor ? plan.person(plan.meta.sponsor) : undefined;
  return sponsor ? [sponsor, ...members.filter((m) => m !== sponsor)] : members;
}

/**
 * Rules whose findings are breaches of the board's tolerances (PRINCE2: beyond tolerance the board
 * decides): waiving one is an exception, so only the sponsor or a board role may approve it.
 */
export const BOARD_RULES: ReadonlySet<string> = new Set(['schedule-slip', 'cost-overrun']);

/**
 * Whether a person reference may approve for the board: the sponsor or a stakeholder in one of the
 * board roles; a joint approval (`Alison Marsh, Ian Fraser`, contract §2) when one of those it names is.
 */
export function approvesForTheBoard(plan: Plan, config: HandoffConfig, ref: string): boolean {
  const members = boardMembers(plan, config);
  const person = plan.person(ref);
  if (person) return members.includes(person);
  const parts = namedParts(ref);
  return (
    parts.length > 1 &&
    parts.some((part) => {
      const one = plan.person(part);
      return !!one && members.includes(one);
    })
  );
}

/** What an Exception decision is asked to cover: a milestone's slip (by its ID) or the cost. */
export type Coverage =
  { readonly kind: 'schedule'; readonly milestone: string | undefined } | { readonly kind: 'cost' };

/**
 * Whether an Exception's Covers (as read, and as written) names the breach: left blank, schedule
 * and cost; not known yet (`To be agreed`) or not read, nothing. `handoff diff` asks it too.
 */
type CoversRead = Covered | Unreadable | undefined;

export function coversBreach(covers: CoversRead, written: string | undefined, what: Coverage): boolean {
  if (covers === undefined) return isBlankMark(written);
  if (covers === UNREADABLE) return false;
  if (what.kind === 'cost') return covers.cost;
  return covers.schedule || (!!what.milestone && covers.milestones.includes(what.milestone.toUpperCase()));
}

function namesBreach(row: Row, what: Coverage): boolean {
  return coversBreach(cellValue(row, 'covers', readCovers), row.cell('covers')?.text, what);
}

/**
 * Why an `Exception` decision whose Covers names the breach does not cover it, or undefined when
 * it does: it must be Approved, dated on or before the as-of date, and approved by the sponsor or
 * a board role (contract §4).
 */
function whyNotCovering(plan: Plan, config: HandoffConfig, asOf: IsoDate, row: Row): string | undefined {
  if (!decisionApproved(row)) return 'it is not Approved';
  const date = knownValue(row, 'date', readDate);
  if (!date) return 'it has no date';
  if (date > asOf) return `it is dated ${date}, after ${asOf}`;
  const approver = row.value('approvedBy');
  if (!approver) return 'nobody approved it';
  if (approvesForTheBoard(plan, config, approver)) return undefined;
  if (isBoardName(approver) && !plan.person(approver))
    return `its approver "${approver}" is a board, not a person: name who approved it for the board`;
  return `its approver "${approver}" is neither the sponsor nor in a board role (${config.boardRoles.join(', ')})`;
}

/**
 * The Approved `Exception` decision, dated on or before the as-of date and approved by the sponsor
 * or a board role, whose Covers names the breach (empty Covers covers both schedule and cost).
 */
export function coveringException(plan: Plan, config: HandoffConfig, asOf: IsoDate, what: Coverage): Row | undefined {
  return plan.rows('decisions').find(
    (row) =>
      decisionType(row) === 'Exception' &&
      // A template's sample decision (`What was decided`) covers nothing, whatever its Status says.
      !isSampleRow('decisions', row) &&
      namesBreach(row, what) &&
      whyNotCovering(plan, config, asOf, row) === undefined,
  );
}

/**
 * For a breach no decision covers: the first Exception decision that names it, and why it does
 * not count (`D-04: it is dated 2026-12-09, after 2026-12-08`), else the first decision of another
 * type whose Covers names it, for the finding to say so.
 */
export function exceptionNotCounted(
  plan: Plan,
  config: HandoffConfig,
  asOf: IsoDate,
  what: Coverage,
): { readonly row: Row; readonly why: string } | undefined {
  for (const row of plan.rows('decisions')) {
    if (decisionType(row) !== 'Exception') continue;
    // Covers not known yet (`TBC`, `To be agreed`): it may be meant for this breach.
    const covers = row.cell('covers');
    if (covers?.empty && !isBlankMark(covers.text)) {
      return { row, why: `its Covers says "${covers.text.trim()}", which names no breach yet` };
    }
    if (!namesBreach(row, what)) continue;
    const why = whyNotCovering(plan, config, asOf, row);
    if (why) return { row, why };
  }
  // A decision of another type whose Covers names the breach was probably meant to cover it.
  for (const row of plan.rows('decisions')) {
    const type = decisionType(row);
    if (type === undefined || type === 'Exception' || type === 'Go/No-go') continue;
    if (!row.value('covers') || !namesBreach(row, what)) continue;
    return { row, why: `it is a ${type} decision, and only an Exception covers a breach of tolerance` };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Schedule and cost

export interface ScheduleBreach {
  readonly row: Row;
  readonly slip: number;
  readonly tolerance: number;
  readonly baseline: IsoDate;
  readonly forecast: IsoDate;
  /** The Exception decision that covers it, if any. */
  readonly coveredBy: Row | undefined;
}

/**
 * From control on a plan is measured against its tolerances, and a breach is the board's to decide
 * (schedule-slip and cost-overrun run from there): before it, the baseline is still being set.
 */
export function toleranceApplies(stage: Stage | undefined): boolean {
  return stage !== undefined && stageIndex(stage) >= stageIndex('control');
}

/**
 * Milestones, neither Done nor Descoped, forecast more than the schedule tolerance after their
 * baseline: worked out once per lint (schedule-slip, the health and the status read them).
 */
export const scheduleBreaches: (plan: Plan, config: HandoffConfig, asOf: IsoDate) => readonly ScheduleBreach[] =
  perLint(findScheduleBreaches);

function findScheduleBreaches(plan: Plan, config: HandoffConfig, asOf: IsoDate): ScheduleBreach[] {
  const tolerance = tolerancesOf(plan, config).scheduleDays;
  const out: ScheduleBreach[] = [];
  for (const row of plan.rows('milestones')) {
    const status = statusOf(row, 'milestones');
    if (status === 'Done' || status === 'Descoped' || status === UNREADABLE) continue;
    const baseline = milestoneBaseline(row);
    const forecast = knownValue(row, 'forecast', readDate);
    if (!baseline || baseline === UNREADABLE || !forecast) continue;
    const slip = daysBetween(baseline, forecast);
    if (slip <= tolerance) continue;
    const coveredBy = coveringException(plan, config, asOf, { kind: 'schedule', milestone: row.id });
    out.push({ row, slip, tolerance, baseline, forecast, coveredBy });
  }
  return out;
}

/**
 * A line that sums others (`Total`, `Grand total`, `Total (GBP)`, `Total spend to date`, and the
 * subtotals and sums spreadsheets add: `Subtotal`, `Sub-total`, `Project total`, `Running total`,
 * `Σ Total`, `Σ`, `Sum`, `Overall`, and a category's: `Subtotal external`, `Capex subtotal`, `Phase 1
 * total`): counting it would count the spend twice. Read without its notes in brackets. Not a line
 * whose name only starts with the word (`Total Rewards licence`, `Total cost of ownership study`,
 * `Sum of vendor work`): that is spend.
 */
const TOTAL_LINE = new RegExp(
  [
    String.raw`^(?:σ )?(?:(?:grand|project|overall|running|sub) ?)?totals?`,
    // What a total's name may go on with: what it adds up, and over what.
    String.raw`(?: (?:costs?|spend|spent|spending|budget|amount|expenditure|forecast|actuals?|approved|(?:to date|so far|all|all lines|overall)|(?:incl|inc|including|excl|exc|excluding|ex|for|of all|across|over)\b.*))*$`,
  ].join('') +
    String.raw`|^(?:σ )?sub ?totals?\b|^sum(?: of (?:all )?(?:lines|the above|above|costs?|spend))?$|^overall$|^σ$|\b(?:sub ?)?totals?$`,
);

export function isTotalLine(row: Row): boolean {
  return TOTAL_LINE.test(normalizeWord(withoutParentheticals(row.value('line') ?? '')));
}

/** A line that holds the budget's contingency: `Contingency (held by Executive)`, `Management reserve`. */
const CONTINGENCY_LINE = /\b(?:contingency|management reserve|risk reserve)\b/i;

export function isContingencyLine(row: Row): boolean {
  return CONTINGENCY_LINE.test(row.value('line') ?? '');
}

export interface CostPosition {
  /** `budget.approved`, else the sum of the lines' Approved. */
  readonly approved: number;
  /** Sum of the lines' Approved. */
  readonly approvedLines: number;
  /** Sum of the lines' Forecast, else Actual. */
  readonly forecast: number;
  readonly pct: number;
  readonly limit: number;
  /** Where a finding about the total belongs: the Total line, else the table header. */
  readonly range: Range;
  readonly coveredBy: Row | undefined;
}

/**
 * The Resource consumption totals, or undefined when there is no table, nothing approved, an
 * amount cannot be read (reported elsewhere as unreadable; no total is made up without it), or a
 * later table of lines is not read (another unit note: table-columns reports it; nor without it).
 * Worked out once per lint (cost-overrun, budget-mismatch, the health and the status read them).
 */
export const costPosition: (plan: Plan, config: HandoffConfig, asOf: IsoDate) => CostPosition | undefined =
  perLint(findCostPosition);

function findCostPosition(plan: Plan, config: HandoffConfig, asOf: IsoDate): CostPosition | undefined {
  const register = plan.register('resourceConsumption');
  const table = register?.table;
  if (!table || register.tablesNotRead.some((t) => t.rows.length > 0)) return undefined;
  const currency = plan.meta.budget.currency;
  let approved = 0;
  let forecast = 0;
  const amount = columnAmounts(table, currency);
  for (const row of table.rows) {
    if (isTotalLine(row)) continue;
    const a = amount(row, 'approved');
    // A line with neither Forecast nor Actual (not started) will cost what it was approved, unless
    // it holds the contingency, which is not forecast to be spent.
    const f = amount(row, 'forecast') ?? amount(row, 'actual') ?? (isContingencyLine(row) ? undefined : a);
    // An unreadable or foreign-currency amount is unreadable-value's finding: no sum without it.
    if (a === UNREADABLE || f === UNREADABLE) return undefined;
    approved += a?.value ?? 0;
    forecast += f?.value ?? 0;
  }
  const budget = plan.meta.budget.approved ?? approved;
  if (budget <= 0) return undefined;
  const pct = tolerancesOf(plan, config).costPct;
  // The last summing line: the grand total, below any subtotal.
  const totalRow = table.rows.filter(isTotalLine).pop();
  return {
    approved: budget,
    approvedLines: approved,
    forecast,
    pct,
    limit: budget * (1 + pct / 100),
    range: totalRow ? totalRow.range : table.headerRange,
    coveredBy: coveringException(plan, config, asOf, { kind: 'cost' }),
  };
}

/** 1234567.5 → "1,234,567.5" (no locale data: the engine must give the same text everywhere). */
export function formatAmount(n: number): string {
  const [whole, fraction] = (Math.round(n * 100) / 100).toString().split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

// ---------------------------------------------------------------------------------------------
// Go-live readiness

export interface ReadinessCriterion {
  /** As the configuration (or the default model) names it. */
  readonly criterion: string;
  /** The Go-live readiness row naming it, if any. */
  readonly row: Row | undefined;
  readonly met: Met | undefined;
}

/** The required criteria for the plan's transition type, each with the row that names it. */
export function readinessCriteria(plan: Plan, config: HandoffConfig): ReadinessCriterion[] {
  const type = plan.meta.transitionType;
  const required = (type ? config.readiness[type] : undefined) ?? DEFAULT_READINESS;
  const rows = plan.rows('goLiveReadiness');
  return required.map((criterion) => {
    // A row that names it as written before one that names it loosely (`Back-out plan tested`
    // before `Back-out plan desk tested`).
    const row =
      rows.find((r) => namesCriterion(r.value('criterion') ?? '', criterion, false)) ??
      rows.find((r) => namesCriterion(r.value('criterion') ?? '', criterion));
    return { criterion, row, met: row ? knownValue(row, 'met', readMet) : undefined };
  });
}

/**
 * Where the plan stands against go-live readiness: undefined outside the window (before
 * `readiness_days` ahead of go-live, without a go-live date, or from closure on), 'window' inside
 * it, 'due' once the go-live date is reached.
 */
export function readinessPhase(plan: Plan, config: HandoffConfig, asOf: IsoDate): 'window' | 'due' | undefined {
  const goLive = plan.meta.dates.goLive;
  const stage = plan.meta.stage;
  if (!goLive || stage === 'closure' || stage === 'closed') return undefined;
  if (asOf >= goLive) return 'due';
  return asOf >= addDays(goLive, -config.readinessDays) ? 'window' : undefined;
}
