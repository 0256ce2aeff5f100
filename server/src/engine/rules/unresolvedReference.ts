import type { Rule } from '../rule.js';

export const unresolvedReference = {
  name: 'unresolved-reference',
  severity: 'error',
  stage: 'always',
  description: 'Fires when a person, milestone, risk or plan reference resolves to nothing (with a did-you-mean).',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
