import type { Rule } from '../rule.js';

export const healthMismatch = {
  name: 'health-mismatch',
  severity: 'error',
  stage: 'planning',
  description: 'Fires when front-matter health differs from the newest status entry.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
