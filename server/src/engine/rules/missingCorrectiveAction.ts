import type { Rule } from '../rule.js';

export const missingCorrectiveAction = {
  name: 'missing-corrective-action',
  severity: 'error',
  stage: 'control',
  description: 'Fires when health is amber or red and no corrective action is open.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
