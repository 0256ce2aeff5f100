import type { Rule } from '../rule.js';

export const openItemsAtClosure = {
  name: 'open-items-at-closure',
  severity: 'error',
  stage: 'closed',
  description: 'Fires when a risk, issue or corrective action is still open in a closed plan.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
