import type { Rule } from '../rule.js';
import { UNREADABLE } from '../values.js';
import { isOpenRisk, judgedRiskScore, saysNone } from '../rowFacts.js';
import { rowLabel } from './util.js';
import { addColumnEdits, placeholderCellFix } from '../fixes.js';
import type { Plan, Row, Table } from '../model.js';
import type { Fix } from '../types.js';
import { CELL_PROMPTS, promptIn, writtenRows } from '../placeholders.js';

const PLACEHOLDER = CELL_PROMPTS.contingency;

/** Fill the Contingency cell, or add a Contingency column with this row's cell filled. */
function contingencyFix(plan: Plan, table: Table | undefined, row: Row): Fix | undefined {
  const cell = row.cell('contingency');
  if (cell) return placeholderCellFix(plan, cell, 'Describe the contingency', PLACEHOLDER);
  if (!table) return undefined;
  const edits = addColumnEdits(plan, table, 'Contingency', new Map([[row.index, PLACEHOLDER]]));
  const at = edits.findIndex((e) => e.newText.includes(PLACEHOLDER));
  return {
    title: 'Add a Contingency column and describe the contingency',
    edits,
    isPreferred: true,
    stops: [{ edit: at, offset: edits[at]!.newText.indexOf(PLACEHOLDER), length: PLACEHOLDER.length }],
  };
}

export const highRiskWithoutContingency = {
  name: 'high-risk-without-contingency',
  severity: 'error',
  stage: 'planning',
  fixable: 'sometimes',
  description:
    'Fires from planning on when an open risk scores at least `high_risk_score` (Likelihood × Impact, else the Score cell when either is empty; a Likelihood or Impact that cannot be read silences this rule for the row) and its Contingency cell is empty, says there is none (`No contingency`, `None identified`, `Not required`) or still holds the prompt a template or fix wrote (`What we do if it happens`), or the table has no Contingency column.',
  docs: 'Mitigation lowers the odds; contingency is what the project does when a high risk happens anyway (fallback, rollback, workaround). ITIL transitions plan it before go-live so that nobody improvises at cut-over. Fill in the Contingency cell of every open risk whose score reaches `high_risk_score` (15 by default).',
  check(ctx) {
    const threshold = ctx.config.highRiskScore;
    const table = ctx.plan.register('risks')?.table;
    for (const row of writtenRows(ctx.plan, 'risks')) {
      if (!isOpenRisk(row)) continue;
      const score = judgedRiskScore(row);
      if (score === undefined || score === UNREADABLE || score < threshold) continue;
      const cell = row.cell('contingency');
      if (!saysNone(row, 'contingency')) continue;
      // A prompt still in the cell is typed over, not written again.
      const prompt = promptIn('risks', row, 'contingency');
      const fix = prompt === undefined ? contingencyFix(ctx.plan, table, row) : undefined;
      const said = cell && !cell.empty ? ` (it says "${cell.text}")` : '';
      ctx.report({
        range: cell ? cell.range : row.range,
        target: row.id,
        fixes: fix ? [fix] : undefined,
        message:
          prompt !== undefined
            ? `Risk ${rowLabel(row)} scores ${score} (high from ${threshold}) and has no contingency: its Contingency cell still reads the placeholder "${prompt}". Replace it with the fallback, rollback or workaround.`
            : `Risk ${rowLabel(row)} scores ${score} (high from ${threshold}) and has no contingency${said}: say what the project does if it happens (fallback, rollback or workaround)${cell ? '' : ' in a Contingency column'}.`,
      });
    }
  },
} satisfies Rule;
