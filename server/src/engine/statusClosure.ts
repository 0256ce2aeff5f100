/**
 * The closure registers of a plan's status that no other part of it reads: the objectives of the
 * Post-implementation review with their results, and how many lessons Lessons learned records
 * (an End Project Report's content, for `handoff report`).
 */
import type { Plan } from './model.js';
import { isSampleRow, writtenItems } from './placeholders.js';
import { cellText as text } from './rowFacts.js';
import type { PirView } from './statusTypes.js';
import { cellValue, readStatus, UNREADABLE } from './values.js';

export function closureViews(plan: Plan): { postImplementationReview: PirView[]; lessonsLearned: number } {
  const postImplementationReview = plan
    .rows('postImplementationReview')
    .filter((r) => !isSampleRow('postImplementationReview', r))
    .map((r) => {
      const result = cellValue(r, 'result', (t) => readStatus('postImplementationReview', t));
      return {
        objective: text(r, 'objective'),
        result: result === UNREADABLE ? undefined : result,
        // Not reviewed yet, written so (`Pending`) or left empty (`TBC`): no result, as written or not.
        resultText: result === undefined ? '' : text(r, 'result'),
        evidence: text(r, 'evidence'),
        line: r.range.start.line,
      };
    });
  // As missing-lessons-learned counts them: an item that says nothing, or the template's sample, is none.
  const lessonsLearned = writtenItems(plan, plan.register('lessonsLearned')?.items ?? []).length;
  return { postImplementationReview, lessonsLearned };
}
