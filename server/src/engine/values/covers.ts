/**
 * What an `Exception` decision's Covers cell names (contract §4): milestone IDs, `schedule`,
 * `cost`, in any mix, also in PRINCE2's words for the tolerances (`time`, `budget`), with notes
 * around them (`Schedule (M-05, +18 days)`, `M-05 to M-07 slippage`). A cell that names none of
 * these is reported, not dropped: an Exception whose Covers cannot be read covers nothing. A range
 * (`M-05 to M-07`) names every milestone in it.
 */
import { isRowId } from '../domain.js';
import { oneLine, type Reading } from './reading.js';

export const COVERS_ACCEPTED = 'milestone IDs (M-03), schedule (time), cost (budget), or both';

export interface Covered {
  readonly schedule: boolean;
  readonly cost: boolean;
  /** Milestone IDs, in capitals. */
  readonly milestones: readonly string[];
}

const SCHEDULE = new Set(['schedule', 'time', 'timescale', 'timescales', 'dates', 'deadline']);
const COST = new Set(['cost', 'costs', 'budget', 'spend', 'overspend']);
const BOTH = new Set(['both', 'all']);

const RANGE = /\b([A-Za-z]{1,3})-(\d{1,4})\s*(?:to|through|thru|–|—|-)\s*([A-Za-z]{1,3})-(\d{1,4})\b/g;
/** The most milestones a range names: a longer one is a typo. */
const MAX_RANGE = 50;

/** What a Covers cell names; a line break reads as a space (`M-05<br>M-06`). */
export function readCovers(written: string): Reading<Covered> {
  const text = oneLine(written);
  let schedule = false;
  let cost = false;
  const milestones: string[] = [];
  // A range of milestones (`M-05 to M-07`, `M-05–M-07`): each of them.
  for (const m of text.matchAll(RANGE)) {
    const [from, to] = [Number(m[2]), Number(m[4])];
    if (m[1]!.toUpperCase() !== m[3]!.toUpperCase() || to <= from || to - from > MAX_RANGE) continue;
    const width = m[2]!.length;
    for (let n = from; n <= to; n++) milestones.push(`${m[1]!.toUpperCase()}-${String(n).padStart(width, '0')}`);
  }
  // Words, IDs and numbers, without the brackets, dashes and punctuation around them.
  for (const token of text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
    const word = token.toLowerCase();
    if (SCHEDULE.has(word)) schedule = true;
    else if (COST.has(word)) cost = true;
    else if (BOTH.has(word)) schedule = cost = true;
    else if (isRowId(token.toUpperCase())) milestones.push(token.toUpperCase());
    // Any other word is a note (`slippage`, `18 days`, `scope`).
  }
  if (!schedule && !cost && milestones.length === 0) {
    return {
      ok: false,
      accepted: COVERS_ACCEPTED,
      problem: `"${text.trim()}" names no milestone, schedule or cost.`,
      until: 'Until then the decision covers no breach.',
    };
  }
  const ids = [...new Set(milestones)].sort();
  const canonical = [...(schedule ? ['schedule'] : []), ...(cost ? ['cost'] : []), ...ids].join(', ');
  return { ok: true, value: { schedule, cost, milestones: ids }, canonical };
}
