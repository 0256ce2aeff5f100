import type { Rule } from '../rule.js';
import { checkRegisterPresent } from './util.js';

export const missingStatusReport = {
  name: 'missing-status-report',
  severity: 'error',
  stage: 'control',
  fixable: 'sometimes',
  description: 'Fires when the plan is in control or later and its Status log has no rows.',
  docs: 'Once the transition is under control, status is reported regularly. The Status log holds those reports, newest first; health and staleness rules read it.',
  check(ctx) {
    checkRegisterPresent(ctx, 'statusLog', 'add a dated status entry with health and summary, newest first.');
  },
} satisfies Rule;
