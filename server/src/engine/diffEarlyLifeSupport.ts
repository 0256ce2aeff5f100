/**
 * `handoff diff` on early life support exit criteria, followed by ID: met or no longer met, taken
 * out before they were met, and their wording or Target changed. Whether a new target is looser
 * is hard to tell from its words (`0 in 4 weeks` → `0 in 1 week`), so a change is neutral; but a
 * criterion met in the same change that moved its target is said to be met after it, not plainly
 * met, and its `els-criteria-unmet` finding gone after it, not fixed.
 */
import type { Add } from './semanticDiff.js';
import type { GoneWith } from './diffFindings.js';
import type { ElsView, PlanStatus } from './statusTypes.js';
import { isBlankMark } from './emptyValues.js';

const isMet = (e: ElsView): boolean => e.met === 'yes';

/** A cell's text as compared: blank marks are none, spacing and case are not a change. */
const said = (text: string): string => (isBlankMark(text) ? '' : text.trim().replace(/\s+/g, ' ').toLowerCase());
const quoted = (text: string): string => (isBlankMark(text) ? 'none' : `"${text.trim()}"`);

/** What changed in a criterion's wording or target (`its target changed from "95%" to "90%"`), or ''. */
function reworded(old: ElsView, e: ElsView): string {
  const parts: string[] = [];
  if (said(old.criterion) !== said(e.criterion))
    parts.push(`its criterion changed from ${quoted(old.criterion)} to ${quoted(e.criterion)}`);
  if (said(old.target) !== said(e.target))
    parts.push(`its target changed from ${quoted(old.target)} to ${quoted(e.target)}`);
  return parts.join(' and ');
}

/**
 * Why an `els-criteria-unmet` finding that went is not plainly fixed: its criterion's wording or
 * target changed in the same change (`Gone after its target changed from "95%" to "90%"`).
 */
export function goneAfterReworded(b: PlanStatus, a: PlanStatus): GoneWith {
  const eb = new Map(b.earlyLifeSupport.map((e) => [e.id, e]));
  const moved = new Map(a.earlyLifeSupport.map((e) => [e.id, eb.has(e.id) ? reworded(eb.get(e.id)!, e) : '']));
  return (rule, target) => {
    const what = rule === 'els-criteria-unmet' && target !== undefined ? moved.get(target) : undefined;
    return what ? `Gone after ${what}` : undefined;
  };
}

export function diffEarlyLifeSupport(b: PlanStatus, a: PlanStatus, add: Add): void {
  const eb = new Map(b.earlyLifeSupport.map((e) => [e.id, e]));
  for (const e of a.earlyLifeSupport) {
    const old = eb.get(e.id);
    if (!old) continue;
    const label = `Early life support exit criterion ${e.id} (${e.criterion})`;
    const moved = reworded(old, e);
    const after = moved ? ` after ${moved}` : '';
    if (isMet(old) !== isMet(e)) {
      if (isMet(e)) add('els-met', e.id, `${label} met${after}.`, moved ? 'neutral' : 'better');
      else add('els-unmet', e.id, `${label} no longer met${after}.`, 'worse');
    } else if (moved) {
      add('els-changed', e.id, `${label}: ${moved.replace(/^its /, '')}.`, 'neutral');
    }
  }
  // A criterion taken out before it was met: the service leaves early life support on less.
  const ea = new Set(a.earlyLifeSupport.map((e) => e.id));
  for (const [id, e] of eb) {
    if (!id || ea.has(id) || isMet(e)) continue;
    add(
      'els-removed',
      id,
      `Early life support exit criterion ${id} (${e.criterion}) removed before it was met.`,
      'worse',
    );
  }
}
