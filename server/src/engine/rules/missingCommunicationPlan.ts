import { registerPresenceRule } from './families.js';

export const missingCommunicationPlan = registerPresenceRule({
  name: 'missing-communication-plan',
  severity: 'warning',
  register: 'communicationPlan',
  description: 'Fires when the plan is in planning or later and has no Communication plan rows.',
  docs: 'Reporting and Communication carries status up, down and across. The communication plan says who hears what, through which channel and how often.',
  what: 'say who is told what, how and how often.',
});
