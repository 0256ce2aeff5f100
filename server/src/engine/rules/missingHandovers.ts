import type { Rule } from '../rule.js';
import { checkRegisterPresent } from './util.js';

export const missingHandovers = {
  name: 'missing-handovers',
  severity: 'error',
  stage: 'planning',
  fixable: 'sometimes',
  description: 'Fires when the plan is in planning or later and has no Handovers rows.',
  docs: 'Closure is the ultimate hand-off: every result goes to the ITIL process that will own it. Handovers are planned from the planning stage on so that the receiving owners know what is coming.',
  check(ctx) {
    checkRegisterPresent(ctx, 'handovers', 'plan what is handed to which ITIL process and who accepts it.');
  },
} satisfies Rule;
