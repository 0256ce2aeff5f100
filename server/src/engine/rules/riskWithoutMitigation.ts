import type { Rule } from '../rule.js';

export const riskWithoutMitigation = {
  name: 'risk-without-mitigation',
  severity: 'warning',
  stage: 'always',
  description: 'Fires when an open risk has no mitigation and its response is not Accept.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
