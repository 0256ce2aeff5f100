/**
 * `handoff diff` on why a finding that went is gone, not fixed: what it was about taken out or no
 * longer read, its dates emptied, what it is measured against moved (a baseline, the budget, a
 * tolerance), its early life support criterion reworded, or another row it was checked against
 * taken out or no longer read. That last is read from the finding's related locations: a
 * milestone due before the one it depends on (milestone-order on M-03) points at that one's date
 * (M-02's), and with M-02 out of sight the finding goes, when nothing about the schedule was mended.
 */
import type { GoneWith } from './diffFindings.js';
import { hiddenByRebaseline, type Rebaseline } from './diffBaselines.js';
import { goneWithDates, type DatesGone } from './diffEmptiedDates.js';
import { ROW_LISTS } from './diffRegisters.js';
import type { PlanStatus } from './statusTypes.js';
import type { RelatedLocation } from './types.js';

/** The IDs of `b`'s rows followed by ID (`ROW_LISTS`), by their 0-based line. */
function rowIdsByLine(b: PlanStatus): Map<number, string> {
  const out = new Map<number, string>();
  for (const list of ROW_LISTS) for (const row of b[list]) if (row.id && !out.has(row.line)) out.set(row.line, row.id);
  return out;
}

/**
 * The other rows a finding about `target` was checked against: those its related locations in the
 * same document fall on, other than its own. Front-matter keys (`dates.close`), checklists and
 * other documents are no rows: they count for nothing here.
 */
function relatedRowsOf(b: PlanStatus): (target: string, related: readonly RelatedLocation[]) => string[] {
  let rows: Map<number, string> | undefined;
  return (target, related) => {
    rows ??= rowIdsByLine(b);
    const ids = related.map((l) => (l.uri === undefined ? rows!.get(l.range.start.line) : undefined));
    return [...new Set(ids)].filter((id): id is string => id !== undefined && id !== target);
  };
}

/**
 * Why a finding went with another row it was checked against: the first of `others` that `after`
 * no longer has (taken out, or no longer read, as `notRead` says).
 */
function goneWithRow(
  others: readonly string[],
  removed: ReadonlySet<string>,
  notRead: (id: string) => string | undefined,
): string | undefined {
  const id = others.find((o) => removed.has(o));
  if (id === undefined) return undefined;
  const why = notRead(id);
  const how = why ? `is ${why.charAt(0).toLowerCase()}${why.slice(1)}` : 'was removed, not fixed';
  return `Gone with ${id}, which it was checked against and ${how}`;
}

/**
 * The diff's reasons for a finding that went, first that holds: its row taken out (or no longer
 * read), a row it was checked against taken out (or no longer read), its dates emptied, what it is
 * measured against moved, or its early life support criterion reworded.
 */
export function goneWith(
  b: PlanStatus,
  removed: ReadonlySet<string>,
  notRead: (target: string) => string | undefined,
  dates: readonly DatesGone[],
  moved: Rebaseline,
  reworded: GoneWith,
): GoneWith {
  const relatedRows = relatedRowsOf(b);
  return (rule, target, related) => {
    if (target === undefined) return undefined;
    if (removed.has(target)) return notRead(target) ?? 'Gone with its row';
    // Undefined when the caller has no related locations (a health reason): any row may be meant.
    const others = related?.length ? relatedRows(target, related) : undefined;
    return (
      (others && goneWithRow(others, removed, notRead)) ??
      goneWithDates(dates, rule, target, others) ??
      hiddenByRebaseline(moved, rule, target) ??
      reworded(rule, target)
    );
  };
}
