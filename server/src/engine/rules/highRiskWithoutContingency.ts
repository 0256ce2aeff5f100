import type { Rule } from '../rule.js';

export const highRiskWithoutContingency = {
  name: 'high-risk-without-contingency',
  severity: 'error',
  stage: 'planning',
  description: 'Fires when an open high risk has no contingency.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
