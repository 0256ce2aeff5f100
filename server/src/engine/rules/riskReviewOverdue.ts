import type { Rule } from '../rule.js';

export const riskReviewOverdue = {
  name: 'risk-review-overdue',
  severity: 'warning',
  stage: 'control',
  description: 'Fires when an open risk\'s Review date is before the as-of date.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
