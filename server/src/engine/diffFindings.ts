/**
 * `handoff diff` on findings: which a change introduced, fixed, took out with their row, or
 * silenced with a waiver it added. Findings are matched across the change as multisets, so a
 * reworded message is the same finding, and two alike are counted, not merged.
 */
import type { Add } from './semanticDiff.js';
import { BOARD_RULES } from './control.js';
import type { HealthReason } from './health.js';
import type { PlanStatus, WaiverView } from './statusTypes.js';
import { waiverTargets } from './suppress.js';
import { waiverStandings } from './waiverStanding.js';
import type { Finding } from './types.js';
import { ROW_LISTS } from './diffRegisters.js';

/** What a finding is about, without its wording: findings whose message changes are the same finding. */
const subjectKey = (f: Finding): string => `${f.rule}\u0000${f.target ?? ''}`;
const exactKey = (f: Finding): string => `${subjectKey(f)}\u0000${f.message}`;

/**
 * Why a finding that went is gone rather than fixed, as the diff says it (`Gone with its row`),
 * or undefined: what it was about, or another row it was checked against (one its `related`
 * locations fall on, when given: a health reason has none), was taken out, emptied or is no longer read.
 */
export type GoneWith = (rule: string, target: string | undefined, related?: Finding['related']) => string | undefined;

const NOTHING_GONE: GoneWith = () => undefined;

/**
 * Findings matched as multisets: first by rule, target and message, then what is left by rule
 * and target alone (a reworded message, e.g. "21 days old" → "28 days old", is still the same
 * finding). What remains after is introduced; what remains before is fixed.
 */
export function diffFindings(
  before: readonly Finding[],
  after: readonly Finding[],
  add: Add,
  gone: GoneWith = NOTHING_GONE,
  newWaivers: readonly WaiverView[] = [],
  excepted: readonly HealthReason[] = [],
): void {
  let left: readonly Finding[] = before;
  let right: readonly Finding[] = after;
  for (const key of [exactKey, subjectKey]) {
    const pool = new Map<string, number>();
    for (const f of left) pool.set(key(f), (pool.get(key(f)) ?? 0) + 1);
    const unmatchedRight = right.filter((f) => {
      const n = pool.get(key(f)) ?? 0;
      if (n === 0) return true;
      pool.set(key(f), n - 1);
      return false;
    });
    // What is left in the pool per key went unmatched on the left: keep the last ones of each key.
    const matched = new Map<string, number>();
    for (const f of left) matched.set(key(f), (matched.get(key(f)) ?? 0) + 1);
    for (const [k, n] of pool) matched.set(k, matched.get(k)! - n);
    left = left.filter((f) => {
      const n = matched.get(key(f))!;
      if (n === 0) return true;
      matched.set(key(f), n - 1);
      return false;
    });
    right = unmatchedRight;
  }
  for (const f of right)
    add('finding-introduced', f.target ?? f.rule, `New ${f.severity} ${f.rule}: ${f.message}`, 'worse');
  for (const f of left) {
    // A finding about a row that was taken out (or its dates emptied, or a row it was checked
    // against taken out) is gone with it, not fixed; one a waiver added by the change silences is
    // waived, with who approved it, for the reviewer to judge.
    const waiver = newWaivers.find((w) => w.rule === f.rule && waiverTargets(w.target, f.target));
    // A breach the board now accepts as an exception is still a breach: accepted, not fixed.
    const exception = excepted.find((r) => r.rule === f.rule && r.target === f.target);
    const goneWith = gone(f.rule, f.target, f.related);
    if (goneWith !== undefined) add('finding-gone', f.target!, `${goneWith}: ${f.rule}: ${f.message}`, 'neutral');
    else if (exception)
      add('finding-excepted', f.target ?? f.rule, `Accepted by the board, not fixed: ${exception.text}.`, 'neutral');
    else if (waiver) {
      const until = waiver.expires ? ` until ${waiver.expires}` : ' with no expiry';
      add(
        'finding-waived',
        f.target ?? f.rule,
        `Waived by ${waiver.approvedBy}${until}: ${f.rule}: ${f.message}`,
        'neutral',
      );
    } else add('finding-fixed', f.target ?? f.rule, `Fixed ${f.rule}: ${f.message}`, 'better');
  }
}

/** The breaches of tolerance an approved Exception covers in `after` (derived health's amber reasons). */
export function exceptedBreaches(a: PlanStatus): HealthReason[] {
  return a.healthReasons.filter((r) => r.level === 'amber' && BOARD_RULES.has(r.rule) && !r.waived);
}

/**
 * The waivers in force that `after` has and `before` does not (by rule, target and approver): what
 * may have silenced a finding. One expired, or one `waiver-invalid` reports (`afterFindings` are
 * `after`'s), silences nothing: that finding is new in the diff instead.
 */
export function addedWaivers(b: PlanStatus, a: PlanStatus, afterFindings: readonly Finding[]): WaiverView[] {
  const key = (w: WaiverView) => `${w.rule}\u0000${w.target.toLowerCase()}\u0000${w.approvedBy}`;
  const had = new Set(b.waivers.map(key));
  return waiverStandings(a.waivers, afterFindings).filter((w) => w.inForce && !had.has(key(w)));
}

/** The IDs of the rows followed by ID (`ROW_REGISTERS`) that `before` has and `after` does not. */
export function removedRowIds(b: PlanStatus, a: PlanStatus): Set<string> {
  const rows = (s: PlanStatus) => ROW_LISTS.flatMap((list) => s[list].map((r) => r.id));
  const after = new Set(rows(a));
  return new Set(rows(b).filter((id) => !after.has(id)));
}
