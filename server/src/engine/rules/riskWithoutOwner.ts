import type { Rule } from '../rule.js';

export const riskWithoutOwner = {
  name: 'risk-without-owner',
  severity: 'error',
  stage: 'always',
  description: 'Fires when a risk row has no owner.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
