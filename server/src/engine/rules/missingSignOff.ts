import type { Rule } from '../rule.js';

export const missingSignOff = {
  name: 'missing-sign-off',
  severity: 'error',
  stage: 'closed',
  description: 'Fires when sponsor or service owner has no Approved sign-off.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
