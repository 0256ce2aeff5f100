/**
 * What an `Exception` decision's Covers cell names (contract §4): milestone IDs, `schedule`,
 * `cost`, in any mix, also in PRINCE2's words for the tolerances (`time`, `budget`). A word that
 * names none of these is reported, not dropped: an Exception whose Covers cannot be read would
 * otherwise cover nothing without a word.
 */
import { isRowId } from '../domain.js';
import type { Reading } from './reading.js';

export const COVERS_ACCEPTED = 'milestone IDs (M-03), schedule (time), cost (budget), or both';

export interface Covered {
  readonly schedule: boolean;
  readonly cost: boolean;
  /** Milestone IDs, as written. */
  readonly milestones: readonly string[];
}

const SCHEDULE = new Set(['schedule', 'time', 'timescale', 'timescales', 'dates', 'deadline', 'slip']);
const COST = new Set(['cost', 'costs', 'budget', 'spend', 'overspend']);
const BOTH = new Set(['both', 'all']);
/** Words that join the others: `schedule and cost`, `M-03 to M-05 slip`. */
const JOINING = new Set(['and', 'or', 'plus', 'the', 'of', 'for', 'tolerance', 'tolerances']);

export function readCovers(text: string): Reading<Covered> {
  let schedule = false;
  let cost = false;
  const milestones: string[] = [];
  const unknown: string[] = [];
  for (const token of text.split(/[\s,;/&+]+/).filter(Boolean)) {
    const word = token.toLowerCase().replace(/[.:()]+$|^[(]+/g, '');
    if (word === '' || JOINING.has(word)) continue;
    if (SCHEDULE.has(word)) schedule = true;
    else if (COST.has(word)) cost = true;
    else if (BOTH.has(word)) schedule = cost = true;
    else if (isRowId(token.toUpperCase())) milestones.push(token.toUpperCase());
    else unknown.push(token);
  }
  if (unknown.length > 0) {
    return {
      ok: false,
      accepted: COVERS_ACCEPTED,
      problem: `"${unknown.join(' ')}" names neither a milestone nor the schedule or the cost, so the decision is not read as covering anything: write the milestone IDs it covers, schedule, or cost.`,
    };
  }
  const canonical = [...(schedule ? ['schedule'] : []), ...(cost ? ['cost'] : []), ...milestones].join(', ');
  return { ok: true, value: { schedule, cost, milestones }, canonical };
}
