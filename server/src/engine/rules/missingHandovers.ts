import { registerPresenceRule } from './families.js';

export const missingHandovers = registerPresenceRule({
  name: 'missing-handovers',
  severity: 'error',
  register: 'handovers',
  description: 'Fires when the plan is in planning or later and has no Handovers rows.',
  docs: 'Closure is the ultimate hand-off: every result goes to the ITIL process that will own it. Handovers are planned from the planning stage on so that the receiving owners know what is coming.',
  what: 'plan what is handed to which ITIL process and who accepts it.',
});
