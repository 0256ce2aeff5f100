import type { Rule } from '../rule.js';
import { UNREADABLE } from '../values.js';
import { riskScore, writtenScore } from '../rowFacts.js';
import { replace, replaceInCell, rowLabel } from './util.js';

/** A note after a score's number: `12 (High)`. Group 1: the note with its brackets. */
const NOTE_AFTER_SCORE = /^\s*\d+(?:[.,]\d+)?\s*(\([^()]*\))\s*$/;

export const riskScoreMismatch = {
  name: 'risk-score-mismatch',
  severity: 'warning',
  stage: 'always',
  fixable: 'always',
  description: "Fires when a risk's Score cell differs from Likelihood × Impact.",
  docs: 'Score is Likelihood × Impact, each 1–5, Very low … Very high or their abbreviations (VL, L, M, H, VH). A stale score hides a risk that grew (or inflates one that shrank) and changes which risks count as high. The quick fix rewrites the cell. A rating written where the score goes (`Medium`, `Amber`) is said to be one, and the fix writes the score with the rating after it (`10 (Medium)`), which reads as 10. A score worked out in the cell (`3x5=15`, `4 × 5 = 20 (Red)`, `15 (3x5)`, `3x5`) is read as its number, and `15/25` or `15 of 25` as 15.',
  check(ctx) {
    for (const row of ctx.plan.rows('risks')) {
      const cell = row.cell('score');
      if (!cell || cell.empty) continue;
      const expected = riskScore(row);
      const written = writtenScore(cell.text);
      if (expected === undefined || expected === UNREADABLE || written === expected) continue;
      // A rating written where the score goes (`Medium`, `Amber`): kept beside the number.
      const rating = written === undefined && !/\d/.test(cell.text) ? cell.text.trim() : undefined;
      if (rating) {
        ctx.report({
          range: cell.range,
          target: row.id,
          message: `Risk ${rowLabel(row)} has Score "${rating}", a rating, not a number: Score is Likelihood × Impact, ${expected} here. Write ${expected}, with the rating after it if you keep one: ${expected} (${rating}).`,
          fixes: [
            {
              title: `Set the score to ${expected} (${rating})`,
              edits: [replace(cell.range, `${expected} (${rating})`)],
              isPreferred: true,
              safe: true,
            },
            { title: `Set the score to ${expected}`, edits: [replace(cell.range, String(expected))] },
          ],
        });
        continue;
      }
      // A rating after the number (`12 (High)`) may no longer fit the score: kept only if you say so.
      const note = NOTE_AFTER_SCORE.exec(cell.text)?.[1];
      ctx.report({
        range: cell.range,
        target: row.id,
        message: `Risk ${rowLabel(row)} has Score ${cell.text}, but Likelihood × Impact is ${expected}.`,
        fixes: [
          {
            title: `Set the score to ${expected}`,
            edits: [replaceInCell(ctx.plan, cell.range, String(expected))],
            isPreferred: true,
            safe: true,
          },
          ...(note
            ? [
                {
                  title: `Set the score to ${expected} ${note}`,
                  edits: [replaceInCell(ctx.plan, cell.range, `${expected} ${note}`)],
                },
              ]
            : []),
        ],
      });
    }
  },
} satisfies Rule;
