/**
 * `handoff diff` on what a plan is measured against: a milestone's Baseline, the approved budget
 * and the tolerances. A baseline changes only by an approved change, and the plan keeps it, with a
 * Revised baseline beside it; one edited in place hides the slip it was measured against, so a
 * reviewer is told, whatever the findings say after. A Revised baseline added or moved later is
 * worse unless the change records the decision for it (one naming the milestone). A budget raised with no decision recorded in
 * the change (one it adds or approves, Approved at the head, whose Covers or Decision names the
 * cost: `cost`, `budget`, `spend`; an Exception's Covers left blank covers it, as lint has it) is
 * worse; with one, or cut, it is said with its size. A schedule-slip, milestone-overdue or
 * cost-overrun finding that goes while, judged by the base's baseline, budget and tolerance, it
 * would still stand is hidden by the move, not fixed (a baseline moved with a decision that
 * covers the milestone does not hide it). A budget whose currency changed is said so, and its
 * amounts are not compared.
 */
import type { Add } from './semanticDiff.js';
import type { DecisionView, PlanStatus } from './statusTypes.js';
import { rowsById } from './domain.js';
import { coversBreach, formatAmount, type Coverage } from './control.js';
import { isBlankMark } from './emptyValues.js';
import { daysBetween } from './isoDate.js';
import { exceptedBreaches } from './diffFindings.js';
import { readCovers, readStatus } from './values.js';
import type { IsoDate } from './types.js';
import { dayCount } from './text.js';

/**
 * Whether a decision names `what`: its Covers as an Exception's is read (`coversBreach`: left
 * blank, schedule and cost), another type's only when it names it; else its Decision text.
 */
function names(d: DecisionView, what: Coverage): boolean {
  const named = (text: string) => {
    const r = readCovers(text);
    return r.ok && coversBreach(r.value, text, what);
  };
  const exception = readStatus('decisionType', d.type);
  const isException = exception.ok && exception.value === 'Exception';
  return (isException && isBlankMark(d.covers)) || named(d.covers) || named(d.decision);
}

/** The decision the change records or approves (Approved at the head, not before) that names `what`. */
export function decisionRecorded(b: PlanStatus, a: PlanStatus, what: Coverage): DecisionView | undefined {
  const before = rowsById(b.decisions);
  return a.decisions.find((d) => d.approved && !before.get(d.id)?.approved && names(d, what));
}

/** A milestone's baseline moved: the dates it is measured from, before and after. */
export interface MovedBaseline {
  readonly was: IsoDate;
  readonly now: IsoDate;
  /**
   * Its Baseline cell as it was, when the move left it so: a Revised baseline added, moved or
   * taken out beside it (the way an approved change re-baselines). Undefined: written over.
   */
  readonly kept: IsoDate | undefined;
}

/** What moved that a plan is measured against, from the base (`b`) to the head (`a`). */
export interface Rebaseline {
  /** Milestones whose Baseline (or Revised baseline) moved: the one it had. */
  readonly baselines: ReadonlyMap<string, MovedBaseline>;
  /** `budget.approved` changed in the same currency, and the decision the change records for it. */
  readonly budget:
    { readonly was: number; readonly now: number; readonly decision: DecisionView | undefined } | undefined;
  readonly b: PlanStatus;
  readonly a: PlanStatus;
}

export function rebaseline(b: PlanStatus, a: PlanStatus): Rebaseline {
  const before = rowsById(b.milestones);
  const baselines = new Map<string, MovedBaseline>();
  for (const m of a.milestones) {
    const old = before.get(m.id);
    const was = old?.baseline;
    if (!was || !m.baseline || was === m.baseline) continue;
    const kept = old.originalBaseline !== undefined && old.originalBaseline === m.originalBaseline;
    baselines.set(m.id, { was, now: m.baseline, kept: kept ? m.originalBaseline : undefined });
  }
  const [was, now] = [b.budget.approved, a.budget.approved];
  // Amounts in another currency are not these amounts: a currency change is said on its own.
  const budget =
    b.budget.currency === a.budget.currency && was !== undefined && now !== undefined && was !== now && was > 0
      ? { was, now, decision: decisionRecorded(b, a, { kind: 'cost' }) }
      : undefined;
  return { baselines, budget, b, a };
}

export function diffBaselines(r: Rebaseline, add: Add): void {
  for (const [id, { was, now, kept }] of r.baselines) {
    const d = daysBetween(was, now);
    const n = Math.abs(d);
    const moved = `${dayCount(n)} ${d > 0 ? 'later' : 'earlier'} (${was} → ${now})`;
    const decision = decisionRecorded(r.b, r.a, { kind: 'schedule', milestone: id });
    if (kept !== undefined) {
      // Re-baselined as an approved change does it: the original kept, the new date beside it.
      const how =
        now === kept
          ? 'its Revised baseline taken out: measured from its Baseline again'
          : `its original Baseline${kept === was ? '' : ` (${kept})`} kept beside it`;
      if (d > 0 && !decision)
        add(
          'milestone-baseline-changed',
          id,
          `Milestone ${id} re-baselined ${moved}, ${how}, with no decision recorded in this change: record the approved change that moved it (Decisions, Covers ${id}).`,
          'worse',
        );
      else
        add(
          'milestone-baseline-changed',
          id,
          `Milestone ${id} re-baselined ${moved}${decision ? `, as decided in ${decision.id}` : ''}, ${how}.`,
          'neutral',
        );
      continue;
    }
    const decided = decision ? `, as decided in ${decision.id}, over the original` : '';
    add(
      'milestone-baseline-changed',
      id,
      `Milestone ${id}'s Baseline was rewritten ${moved}${decided}: a baseline moves only by an approved change, kept beside it as a Revised baseline, so the slip against the old one stays visible.`,
      d > 0 ? 'worse' : 'neutral',
    );
  }
  diffCurrency(r.b, r.a, add);
  if (!r.budget) return;
  const { was, now, decision } = r.budget;
  const currency = r.a.budget.currency ? `${r.a.budget.currency} ` : '';
  const pct = ((now - was) / was) * 100;
  const moved = `Approved budget ${now > was ? 'raised' : 'cut'} from ${currency}${formatAmount(was)} to ${currency}${formatAmount(now)} (${pct > 0 ? '+' : ''}${pct.toFixed(1)}%)`;
  if (now > was && !decision)
    add(
      'budget-changed',
      'budget.approved',
      `${moved} with no decision recorded in this change: record the one that approved it (Decisions, Covers cost).`,
      'worse',
    );
  else
    add('budget-changed', 'budget.approved', `${moved}${decision ? `, as decided in ${decision.id}` : ''}.`, 'neutral');
}

/**
 * The budget's currency changed (or was given, or taken out): amounts in two currencies are not
 * compared, so the approved budget and the spend are not said to move (diffSpend.ts says nothing
 * then either). Said once, with what the budget was and is, so no move goes unsaid.
 */
function diffCurrency(b: PlanStatus, a: PlanStatus, add: Add): void {
  const [was, now] = [b.budget.currency, a.budget.currency];
  if (was === now) return;
  const amount = (currency: string | undefined, n: number | undefined) =>
    n === undefined ? 'no approved budget' : `${currency ? `${currency} ` : ''}${formatAmount(n)}`;
  const change =
    was && now ? `changed from ${was} to ${now}` : now ? `set to ${now}, where none was given` : `${was} taken out`;
  add(
    'budget-currency-changed',
    'budget.currency',
    `Budget currency ${change} (approved ${amount(was, b.budget.approved)} before, ${amount(now, a.budget.approved)} now): amounts in different currencies are not compared, so no move of the approved budget or of spend is said.`,
    'neutral',
  );
}

/** The base's baseline of a milestone whose Baseline the change moved later with no decision covering it. */
function oldBaseline(r: Rebaseline, id: string): IsoDate | undefined {
  const moved = r.baselines.get(id);
  if (!moved || moved.now < moved.was) return undefined;
  return decisionRecorded(r.b, r.a, { kind: 'schedule', milestone: id }) ? undefined : moved.was;
}

/** A measure the change moved: what it is called, and whether the breach stands with it alone put back. */
interface Move {
  readonly name: string;
  readonly alone: boolean;
}

/** `Hidden by the re-baseline …, not fixed`: the moves that hid it alone, else all of them (together they did). */
function hiddenBy(moves: readonly (Move | undefined)[]): string | undefined {
  const made = moves.filter((m): m is Move => m !== undefined);
  if (made.length === 0) return undefined;
  const alone = made.filter((m) => m.alone);
  return `Hidden by ${(alone.length > 0 ? alone : made).map((m) => m.name).join(' and ')}, not fixed`;
}

/**
 * Why the finding of `rule` on `target` that went is hidden rather than fixed: judged by the
 * base's baseline, budget and tolerance, the head's facts still breach them. Undefined otherwise,
 * and for a breach an Exception the change approved now covers (accepted by the board instead).
 */
export function hiddenByRebaseline(r: Rebaseline, rule: string, target: string): string | undefined {
  if (exceptedBreaches(r.a).some((e) => e.rule === rule && e.target === target)) return undefined;
  const [was, now] = [r.b.tolerances.applied, r.a.tolerances.applied];
  if (rule === 'cost-overrun' && target === 'budget') {
    const cost = r.a.budget;
    const approved = cost.approved ?? cost.approvedLines;
    if (cost.variancePct === undefined || approved === undefined) return undefined;
    const forecast = Math.round(approved * (100 + cost.variancePct)) / 100;
    const over = (budget: number, pct: number) => forecast > budget * (1 + pct / 100);
    // The base's budget when the change raised it with no decision recorded.
    const raised = r.budget && r.budget.now > r.budget.was && !r.budget.decision ? r.budget.was : undefined;
    if (!over(raised ?? approved, was.costPct)) return undefined;
    return hiddenBy([
      raised !== undefined ? { name: 'the budget raise', alone: over(raised, now.costPct) } : undefined,
      now.costPct > was.costPct ? { name: 'the looser cost tolerance', alone: over(approved, was.costPct) } : undefined,
    ]);
  }
  if (rule !== 'schedule-slip' && rule !== 'milestone-overdue') return undefined;
  const m = r.a.milestones.find((x) => x.id === target);
  const old = oldBaseline(r, target);
  if (!m?.baseline || m.done) return undefined;
  const rebaselined = `the re-baseline (${old} → ${m.baseline})`;
  // Overdue on its Baseline only while it has no Forecast.
  if (rule === 'milestone-overdue')
    return old && !m.forecast && old < r.a.asOf ? hiddenBy([{ name: rebaselined, alone: true }]) : undefined;
  const forecast = m.forecast;
  if (!forecast) return undefined;
  const late = (baseline: IsoDate, days: number) => daysBetween(baseline, forecast) > days;
  if (!late(old ?? m.baseline, was.scheduleDays)) return undefined;
  return hiddenBy([
    old ? { name: rebaselined, alone: late(old, now.scheduleDays) } : undefined,
    now.scheduleDays > was.scheduleDays
      ? { name: 'the looser schedule tolerance', alone: late(m.baseline, was.scheduleDays) }
      : undefined,
  ]);
}
