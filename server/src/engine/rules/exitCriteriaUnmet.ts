import type { Rule } from '../rule.js';

export const exitCriteriaUnmet = {
  name: 'exit-criteria-unmet',
  severity: 'error',
  stage: 'always',
  description: 'Fires when the plan\'s stage is past a stage whose exit criteria have unchecked items.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
