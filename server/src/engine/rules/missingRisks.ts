import { registerPresenceRule } from './families.js';

export const missingRisks = registerPresenceRule({
  name: 'missing-risks',
  severity: 'error',
  register: 'risks',
  description: 'Fires when the plan has no Risks table, or it has no rows.',
  docs: 'ITIL Transition Planning and Support records risks from the very start. A transition with no identified risks has not been thought through; even a small change has a risk of failed cut-over or missed handover.',
  what: 'record at least the main risks of the transition, with owner and mitigation.',
});
