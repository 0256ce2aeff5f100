import type { Rule } from '../rule.js';

export const raciAccountability = {
  name: 'raci-accountability',
  severity: 'error',
  stage: 'planning',
  description: 'Fires when a Responsibilities row has no A or more than one A, or no R.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
