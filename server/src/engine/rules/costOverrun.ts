import type { Rule } from '../rule.js';

export const costOverrun = {
  name: 'cost-overrun',
  severity: 'error',
  stage: 'control',
  description: 'Fires when forecast (or actual) total exceeds approved \u00d7 (1 + cost_pct/100) while health is green or no corrective action is open.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
