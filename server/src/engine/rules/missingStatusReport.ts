import { registerPresenceRule } from './families.js';

export const missingStatusReport = registerPresenceRule({
  name: 'missing-status-report',
  severity: 'error',
  register: 'statusLog',
  description: 'Fires when the plan is in control or later and its Status log has no rows.',
  docs: 'Once the transition is under control, status is reported regularly. The Status log holds those reports, newest first; health and staleness rules read it.',
  what: 'add a dated status entry with health and summary, newest first.',
});
