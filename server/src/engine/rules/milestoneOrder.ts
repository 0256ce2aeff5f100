import type { Rule } from '../rule.js';

export const milestoneOrder = {
  name: 'milestone-order',
  severity: 'error',
  stage: 'planning',
  description: 'Fires when a milestone is due before one it depends on, or outside dates.start\u2026dates.close.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
