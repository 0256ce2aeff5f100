import { cellValue, readMet, saysNotApplicable, UNREADABLE } from '../values.js';
import type { Rule } from '../rule.js';
import { hasColumn, rowLabel } from './util.js';

export const elsCriteriaUnmet = {
  name: 'els-criteria-unmet',
  severity: 'error',
  stage: 'closure',
  description:
    'Fires from closure on for each Early life support exit criterion whose Met cell is not yes (no, partial or empty): a warning while the plan is in closure, an error once it is closed.',
  docs: 'Early life support ends, and the service passes fully to live operation, only when its exit criteria are met: incident volumes, SLA achievement, open known errors, user satisfaction as agreed before go-live. A plan that closes with a criterion unmet has handed over a service that is not yet stable. Record the evidence and set Met to yes once the criterion holds, or extend early life support (and keep the plan in closure). A Met of `N/A` reads as empty, so the criterion is not met: one that does not apply to this service is taken out of the table, or waived with the reason. A Met value that cannot be read is left to `unreadable-value`.',
  sources: [
    'ITIL 2011 Service Transition 4.4 Release and deployment management (early life support; review and close service transition)',
    'ITIL 4 Release management and Service validation and testing practices (early life support / hypercare)',
    'PRINCE2 Closing a Project: hand over products, evaluate the project',
    'PMBOK 6th ed. 4.7 Close Project or Phase',
  ],
  check(ctx) {
    const severity = ctx.stage === 'closed' ? 'error' : 'warning';
    for (const row of ctx.plan.rows('earlyLifeSupport')) {
      if (!hasColumn(row, 'met')) continue;
      // An unreadable Met is unreadable-value's finding: this rule does not guess.
      const met = cellValue(row, 'met', readMet);
      if (met === 'yes' || met === UNREADABLE) continue;
      const cell = row.cell('met');
      const criterion = row.value('criterion');
      const target = row.value('target');
      // `N/A` reads as empty; said of a criterion, it means the author thinks it does not apply.
      const notApplicable = cell !== undefined && saysNotApplicable(cell.text);
      ctx.report({
        range: cell && !cell.empty ? cell.range : row.range,
        target: row.id,
        severity,
        message:
          `Early life support exit criterion ${rowLabel(row)}${criterion ? ` (${criterion}${target ? `, target ${target}` : ''})` : ''} is ` +
          `${notApplicable ? `marked "${cell.text}", not met,` : met === undefined ? 'not marked as met' : met === 'partial' ? 'only partly met' : 'not met'}${ctx.stage === 'closed' ? ' in a closed plan' : ''}: ` +
          'the service leaves early life support only when its exit criteria are met. ' +
          (notApplicable
            ? 'If it does not apply to this service, take its row out, or waive it (a Waivers row with the reason); otherwise record the evidence and set Met to yes.'
            : 'Record the evidence and set Met to yes, or extend early life support.'),
      });
    }
  },
} satisfies Rule;
