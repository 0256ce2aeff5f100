import type { Rule } from '../rule.js';
import { UNREADABLE } from '../values.js';
import { isOpenRisk, judgedRiskScore, rowLabel } from './util.js';

export const highRiskWithoutContingency = {
  name: 'high-risk-without-contingency',
  severity: 'error',
  stage: 'planning',
  description:
    'Fires from planning on when an open risk scores at least `high_risk_score` (Likelihood × Impact, else the Score cell when either is empty; a Likelihood or Impact that cannot be read silences this rule for the row) and its Contingency cell is empty or the table has no Contingency column.',
  docs: 'Mitigation lowers the odds; contingency is what the project does when a high risk happens anyway (fallback, rollback, workaround). ITIL transitions plan it before go-live so that nobody improvises at cut-over. Fill in the Contingency cell of every open risk whose score reaches `high_risk_score` (15 by default).',
  check(ctx) {
    const threshold = ctx.config.highRiskScore;
    for (const row of ctx.plan.rows('risks')) {
      if (!isOpenRisk(row)) continue;
      const score = judgedRiskScore(row);
      if (score === undefined || score === UNREADABLE || score < threshold) continue;
      const cell = row.cell('contingency');
      if (cell && !cell.empty) continue;
      ctx.report({
        range: cell ? cell.range : row.range,
        target: row.id,
        message: `Risk ${rowLabel(row)} scores ${score} (high from ${threshold}) and has no contingency: say what the project does if it happens (fallback, rollback or workaround)${cell ? '' : ' in a Contingency column'}.`,
      });
    }
  },
} satisfies Rule;
