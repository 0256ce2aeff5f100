import type { Rule } from '../rule.js';

export const duplicateId = {
  name: 'duplicate-id',
  severity: 'error',
  stage: 'always',
  description: 'Fires when two rows of one register share an ID; two plans in the workspace share an id.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
