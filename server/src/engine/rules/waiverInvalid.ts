import type { Rule } from '../rule.js';

export const waiverInvalid = {
  name: 'waiver-invalid',
  severity: 'warning',
  stage: 'always',
  description: 'Fires when a waiver names an unknown rule or target, has no approver, or has expired.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
