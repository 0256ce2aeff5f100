/**
 * Derived health by exception, with its reasons (contract 1.1 §7). The reasons are the findings of
 * the rules that measure control — run here over the plan exactly as the linter runs them, so a
 * reason and a finding can never disagree — plus the breaches an approved Exception covers.
 * Waived or disabled findings are listed as waived and do not count. Every view that shows derived
 * health shows these reasons, through `healthReasonText`.
 */
import type { HandoffConfig } from './config.js';
import { costPosition, formatAmount, scheduleBreaches, toleranceApplies } from './control.js';
import type { Plan, Row } from './model.js';
import { ruleApplies, ruleContext, type Report } from './rule.js';
import { RULES } from './rules/index.js';
import { collectSuppressions, isSuppressed, silencingWaiver, type Suppressions } from './suppress.js';
import { knownValue, readDate } from './values.js';
import { isRatedStage, type Health, type IsoDate } from './types.js';

export type ReasonLevel = 'red' | 'amber';

export interface HealthReason {
  readonly level: ReasonLevel;
  /** The rule whose finding (or, for a covered breach, whose tolerance) this is. */
  readonly rule: string;
  /** One line: what is wrong (the finding's first clause). */
  readonly text: string;
  /** 0-based line of the row, cell or key it comes from. */
  readonly line: number;
  readonly target: string | undefined;
  /** Silenced by a waiver or a disable comment: listed, but it does not count. */
  readonly waived: boolean;
  /** The waiver row that silences it, when a `## Waivers` row does. */
  readonly waiver: WaiverRef | undefined;
  /** The reason as every view shows it (`healthReasonText`): the same words everywhere. */
  readonly label: string;
}

export interface WaiverRef {
  /** The approver by name when the reference resolves to a stakeholder, else as written. */
  readonly approvedBy: string;
  readonly approvedById: string | undefined;
  /** The expiry as read (`31 Dec 2026` too); undefined when there is none or it cannot be read. */
  readonly expires: IsoDate | undefined;
  /** The Expires cell as written, when it holds something: an expiry that cannot be read counts as expired. */
  readonly expiresWritten: string | undefined;
  readonly reason: string;
  readonly line: number;
}

export interface DerivedHealth {
  /** undefined: not rated (initiation has no baseline yet; a closed plan is history). */
  readonly health: Health | undefined;
  /** Red reasons first, then amber; waived ones last. */
  readonly reasons: readonly HealthReason[];
}

/** Which rule's findings make a plan red or amber (§7), in the order they are listed. */
const SOURCES: readonly { rule: string; level: (r: Report) => ReasonLevel | undefined }[] = [
  { rule: 'schedule-slip', level: () => 'red' },
  { rule: 'cost-overrun', level: () => 'red' },
  { rule: 'high-risk-without-contingency', level: () => 'red' },
  // Readiness counts once the go-live date is reached (the rule then reports errors).
  { rule: 'go-live-readiness', level: (r) => (r.severity === 'error' ? 'red' : undefined) },
  { rule: 'milestone-overdue', level: () => 'amber' },
  { rule: 'handover-overdue', level: () => 'amber' },
  { rule: 'status-stale', level: () => 'amber' },
  { rule: 'unreadable-value', level: () => 'amber' },
];

const RULE_NAMES: ReadonlySet<string> = new Set(RULES.map((r) => r.name));

/**
 * The first clause of a finding's message: what is wrong, without what to do about it. It ends at
 * the first colon outside brackets and quotes, so a name quoted in it (`Milestone M-03 (Tenant
 * configured: incident, change)`) stays whole.
 */
export function firstClause(message: string): string {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < message.length - 1; i++) {
    const c = message[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ':' && depth === 0 && message[i + 1] === ' ' && i > 0) return message.slice(0, i);
  }
  return message.replace(/\.$/, '');
}

/** The `## Waivers` row in force that silences a report (not an expired one above it). */
function waiverFor(plan: Plan, rule: string, r: Report, suppressions: Suppressions): WaiverRef | undefined {
  const waiver = silencingWaiver(rule, r, suppressions);
  const line = waiver?.range.start.line;
  const row: Row | undefined =
    line === undefined ? undefined : plan.rows('waivers').find((w) => w.range.start.line === line);
  return row ? waiverRef(plan, row) : undefined;
}

/** A waiver's expiry as the views say it: the date, what was written when it is no date, or none. */
export function waiverExpiryText(w: Pick<WaiverRef, 'expires' | 'expiresWritten'>): string {
  if (w.expires) return w.expires;
  return w.expiresWritten ? `"${w.expiresWritten}", which is no date` : 'no expiry';
}

/** A `## Waivers` row's approval, with the approver by name. */
export function waiverRef(plan: Plan, row: Row): WaiverRef {
  const ref = row.value('approvedBy');
  const person = ref ? plan.person(ref) : undefined;
  return {
    approvedBy: person?.value('name') ?? ref ?? '',
    approvedById: person?.value('id'),
    expires: knownValue(row, 'expires', readDate),
    expiresWritten: row.value('expires'),
    reason: row.value('reason') ?? '',
    line: row.range.start.line,
  };
}

/** The rules whose findings derived health is made of (a lint run keeps their reports for it). */
export const HEALTH_RULES: ReadonlySet<string> = new Set(SOURCES.map((s) => s.rule));
const RULE_BY_NAME = new Map(RULES.map((r) => [r.name, r]));

/**
 * What a lint run of the same plan, configuration and date already worked out: every report of
 * each of HEALTH_RULES it ran (before severities and suppressions), and its suppressions when they
 * were collected against every built-in rule name. A rule the run did not run is run here.
 */
export interface LintedReports {
  readonly reports: ReadonlyMap<string, readonly Report[]>;
  readonly suppressions: Suppressions | undefined;
}

export function deriveHealth(plan: Plan, config: HandoffConfig, asOf: IsoDate, linted?: LintedReports): DerivedHealth {
  const stage = plan.meta.stage;
  if (!isRatedStage(stage)) return { health: undefined, reasons: [] };
  const suppressions = linted?.suppressions ?? collectSuppressions(plan, config, asOf, RULE_NAMES);
  const reasons: Omit<HealthReason, 'label'>[] = [];
  for (const source of SOURCES) {
    const rule = RULE_BY_NAME.get(source.rule);
    if (!rule?.check) continue;
    if (!ruleApplies(rule, stage) || config.rules[rule.name]?.severity === 'off') continue;
    const add = (r: Report): void => {
      const level = source.level(r);
      if (!level) return;
      const waived = isSuppressed(rule.name, r, suppressions);
      reasons.push({
        level,
        rule: rule.name,
        text: firstClause(r.message),
        line: r.range.start.line,
        target: r.target,
        waived,
        waiver: waived ? waiverFor(plan, rule.name, r, suppressions) : undefined,
      });
    };
    const reported = linted?.reports.get(rule.name);
    if (reported) {
      for (const r of reported) add(r);
      continue;
    }
    try {
      rule.check(ruleContext(rule, { plan, stage, config, asOf, ruleNames: RULE_NAMES }, add));
    } catch {
      // The linter logs a failing rule; health goes on without it.
    }
  }
  if (toleranceApplies(stage)) reasons.push(...coveredBreaches(plan, config, asOf));
  const counted = reasons.filter((r) => !r.waived);
  const health: Health = counted.some((r) => r.level === 'red')
    ? 'red'
    : counted.some((r) => r.level === 'amber')
      ? 'amber'
      : 'green';
  const rank = (r: Omit<HealthReason, 'label'>) => (r.waived ? 2 : r.level === 'red' ? 0 : 1);
  const sorted = reasons
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => withLabel(r));
  return { health, reasons: sorted };
}

/**
 * A reason with its label, as one object literal: a spread would give each one, once optimised,
 * a hidden class of its own (and every reader of reasons slow reads).
 */
function withLabel(r: Omit<HealthReason, 'label'>): HealthReason {
  return {
    level: r.level,
    rule: r.rule,
    text: r.text,
    line: r.line,
    target: r.target,
    waived: r.waived,
    waiver: r.waiver,
    label: healthReasonText(r),
  };
}

/** Tolerance breaches an approved Exception decision covers: managed by the board, still amber. */
function coveredBreaches(plan: Plan, config: HandoffConfig, asOf: IsoDate): Omit<HealthReason, 'label'>[] {
  const out: Omit<HealthReason, 'label'>[] = [];
  const on = (rule: string) => config.rules[rule]?.severity !== 'off';
  if (on('schedule-slip')) {
    for (const b of scheduleBreaches(plan, config, asOf)) {
      if (!b.coveredBy) continue;
      out.push({
        level: 'amber',
        rule: 'schedule-slip',
        text: `Milestone ${b.row.id ?? ''}${b.row.value('milestone') ? ` (${b.row.value('milestone')})` : ''} is forecast ${b.slip} days late, beyond the ${b.tolerance}-day tolerance, under exception ${b.coveredBy.id ?? 'decision'}`,
        line: b.row.range.start.line,
        target: b.row.id,
        waived: false,
        waiver: undefined,
      });
    }
  }
  const cost = on('cost-overrun') ? costPosition(plan, config, asOf) : undefined;
  if (cost && cost.forecast > cost.limit && cost.coveredBy) {
    const currency = plan.meta.budget.currency ? `${plan.meta.budget.currency} ` : '';
    out.push({
      level: 'amber',
      rule: 'cost-overrun',
      text: `Forecast spend ${currency}${formatAmount(cost.forecast)} is ${(((cost.forecast - cost.approved) / cost.approved) * 100).toFixed(1)}% over the approved ${currency}${formatAmount(cost.approved)}, beyond the ${cost.pct}% tolerance, under exception ${cost.coveredBy.id ?? 'decision'}`,
      line: cost.range.start.line,
      target: 'budget',
      waived: false,
      waiver: undefined,
    });
  }
  return out;
}

/**
 * How a reason reads wherever derived health is shown (preview, tree tooltip, portfolio, report):
 * one function, so every view says the same thing.
 */
export function healthReasonText(r: Omit<HealthReason, 'label'>): string {
  const level = r.level === 'red' ? 'Red' : 'Amber';
  if (!r.waived) return `${level}: ${r.text} (line ${r.line + 1}, ${r.rule})`;
  const w = r.waiver;
  const by = w
    ? ` by ${w.approvedBy || 'no approver'}${w.expires ? ` until ${w.expires}` : ''}`
    : ' by a disable comment';
  return `Waived${by} (would be ${level.toLowerCase()}): ${r.text} (line ${r.line + 1}, ${r.rule})`;
}
