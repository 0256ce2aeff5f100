import type { Rule } from '../rule.js';
import { normalizeWord } from '../text.js';
import { placeholderCellFix } from '../fixes.js';
import { isOpenRisk, rowLabel } from './util.js';

/** Responses that knowingly take the risk as it is: no mitigation is expected. */
const ACCEPTING = new Set(['accept', 'accepted']);

export const riskWithoutMitigation = {
  name: 'risk-without-mitigation',
  severity: 'warning',
  stage: 'always',
  fixable: 'always',
  description:
    'Fires when an open risk (status not Closed, Transferred or Occurred) has an empty Mitigation cell and its Response is not Accept.',
  docs: 'A risk that is to be mitigated, transferred or avoided needs the action that does it, otherwise the response is only a word. Describe what reduces the likelihood or the impact in the Mitigation cell, or set the Response to Accept when the risk is knowingly taken as it is.',
  check(ctx) {
    for (const row of ctx.plan.rows('risks')) {
      const cell = row.cell('mitigation');
      if (!cell || !cell.empty || !isOpenRisk(row)) continue;
      const response = row.value('response');
      if (response && ACCEPTING.has(normalizeWord(response))) continue;
      ctx.report({
        range: cell.range,
        target: row.id,
        fixes: [placeholderCellFix(ctx.plan, cell, 'Describe the mitigation', 'What reduces the likelihood or impact')],
        message: `Risk ${rowLabel(row)} is open${response ? ` with response ${response}` : ''} but has no mitigation: describe what reduces its likelihood or impact, or set Response to Accept if the risk is knowingly taken.`,
      });
    }
  },
} satisfies Rule;
