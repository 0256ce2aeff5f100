import type { Rule } from '../rule.js';

export const handoverNotAccepted = {
  name: 'handover-not-accepted',
  severity: 'error',
  stage: 'closure',
  description: 'Fires when a handover is not Accepted (warning while stage is closure, error once closed).',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
