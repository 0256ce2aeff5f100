import type { Rule } from '../rule.js';
import { UNREADABLE } from '../values.js';
import { placeholderCellFix } from '../fixes.js';
import { CELL_PROMPTS, promptIn, writtenRows } from '../placeholders.js';
import { isOpenRisk, onRoamBoard, riskResponse, saysNone } from '../rowFacts.js';
import { rowLabel } from './util.js';

/**
 * What the Mitigation cell should say, per response (contract §3: threats Avoid / Reduce /
 * Fallback / Transfer / Share / Accept / Escalate, opportunities Exploit / Enhance / Share /
 * Reject / Escalate). Accept and Reject take the risk as it is: no action is expected.
 */
const ACTION: Readonly<Record<string, string | undefined>> = {
  Avoid: 'describe what changes so that the threat cannot happen',
  Reduce: 'describe what reduces its likelihood or impact',
  Fallback: 'describe the fallback that is prepared in case it happens',
  Transfer: 'say to whom it is transferred and how (contract, insurance, supplier)',
  Share: 'say with whom it is shared and how',
  Escalate: 'say to whom it is escalated (the programme, portfolio or board that now owns it) and when',
  Exploit: 'describe the action that makes sure the opportunity happens',
  Enhance: 'describe the action that makes the opportunity more likely or larger',
  Accept: undefined,
  Reject: undefined,
};

export const riskWithoutMitigation = {
  name: 'risk-without-mitigation',
  severity: 'warning',
  stage: 'always',
  fixable: 'sometimes',
  description:
    'Fires when an open risk (Status Open or Escalated) has an empty Mitigation cell, one that says there is none (`No mitigation`, `None planned`, `Not yet defined`) or one still holding the prompt a template or fix wrote (`What reduces it`), and its Response needs an action: every response but Accept and Reject, and an empty one.',
  docs: 'A response is only a word until someone acts on it: a risk to be reduced, avoided, transferred, shared or escalated needs the action that does it, and an escalated risk needs to say to whom it went. Write the action in the Mitigation cell (also called Response action or Action). A risk knowingly taken as it is has Response Accept (an opportunity left alone: Reject; on SAFe’s ROAM board, a column headed ROAM, it is `Accepted`, and a `Mitigated` one needs its action), and needs no action.',
  check(ctx) {
    for (const row of writtenRows(ctx.plan, 'risks')) {
      const cell = row.cell('mitigation');
      if (!cell || !saysNone(row, 'mitigation') || !isOpenRisk(row)) continue;
      const response = riskResponse(row);
      // An unreadable response is unreadable-value's finding.
      if (response === UNREADABLE) continue;
      const action = response === undefined ? undefined : ACTION[response];
      if (response !== undefined && action === undefined) continue;
      // A prompt still in the cell is typed over, not written again.
      const prompt = promptIn('risks', row, 'mitigation');
      const still = prompt === undefined ? '' : ` (it still reads the placeholder "${prompt}")`;
      ctx.report({
        range: cell.range,
        target: row.id,
        fixes:
          prompt === undefined
            ? [placeholderCellFix(ctx.plan, cell, 'Describe the mitigation', CELL_PROMPTS.mitigation)].filter(
                (f) => f !== undefined,
              )
            : [],
        message:
          response === undefined
            ? // A register without a Response column (it is optional) has no response to choose.
              row.cell('response') === undefined
              ? `Risk ${rowLabel(row)} is open with no mitigation${still}: write what reduces its likelihood or impact in the Mitigation cell. A risk knowingly taken as it is needs none: ${onRoamBoard(row) ? 'ROAM it Accepted' : 'say so with a Response column reading Accept'}.`
              : `Risk ${rowLabel(row)} is open with no response and no mitigation${still}: choose a Response and write the action that carries it out in the Mitigation cell.`
            : `Risk ${rowLabel(row)} is open with response ${row.value('response') ?? row.value('status')} but no action in its Mitigation cell${still}: ${action}.`,
      });
    }
  },
} satisfies Rule;
