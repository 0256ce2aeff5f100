import type { Rule } from '../rule.js';

export const missingHandoverOwner = {
  name: 'missing-handover-owner',
  severity: 'error',
  stage: 'planning',
  description: 'Fires when a handover row has no receiving owner.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
