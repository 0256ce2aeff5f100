import type { Rule } from '../rule.js';

export const scheduleSlip = {
  name: 'schedule-slip',
  severity: 'error',
  stage: 'control',
  description: 'Fires when forecast \u2212 baseline exceeds tolerances.schedule_days while health is green or no corrective action is open.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
