import type { Rule } from '../rule.js';

export const milestoneOverdue = {
  name: 'milestone-overdue',
  severity: 'warning',
  stage: 'control',
  description: 'Fires when a milestone\'s forecast (or baseline) date is before the as-of date and it is neither Done nor Descoped.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
