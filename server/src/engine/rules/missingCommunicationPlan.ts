import type { Rule } from '../rule.js';
import { checkRegisterPresent } from './util.js';

export const missingCommunicationPlan = {
  name: 'missing-communication-plan',
  severity: 'warning',
  stage: 'planning',
  fixable: 'sometimes',
  description: 'Fires when the plan is in planning or later and has no Communication plan rows.',
  docs: 'Reporting and Communication carries status up, down and across. The communication plan says who hears what, through which channel and how often.',
  check(ctx) {
    checkRegisterPresent(ctx, 'communicationPlan', 'say who is told what, how and how often.');
  },
} satisfies Rule;
