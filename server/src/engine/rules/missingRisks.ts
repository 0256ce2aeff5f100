import type { Rule } from '../rule.js';
import { checkRegisterPresent } from './util.js';

export const missingRisks = {
  name: 'missing-risks',
  severity: 'error',
  stage: 'always',
  fixable: 'sometimes',
  description: 'Fires when the plan has no Risks table, or it has no rows.',
  docs: 'ITIL Transition Planning and Support records risks from the very start. A transition with no identified risks has not been thought through; even a small change has a risk of failed cut-over or missed handover.',
  check(ctx) {
    checkRegisterPresent(ctx, 'risks', 'record at least the main risks of the transition, with owner and mitigation.');
  },
} satisfies Rule;
