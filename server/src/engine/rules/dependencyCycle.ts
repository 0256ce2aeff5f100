import type { Rule } from '../rule.js';

export const dependencyCycle = {
  name: 'dependency-cycle',
  severity: 'error',
  stage: 'always',
  description: 'Fires when depends_on links plans in a cycle.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
