import type { Rule } from '../rule.js';

export const stakeholderIncomplete = {
  name: 'stakeholder-incomplete',
  severity: 'warning',
  stage: 'always',
  description: 'Fires when a stakeholder row has no role.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
