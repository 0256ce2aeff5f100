import type { Rule } from '../rule.js';
import { checkRegisterPresent } from './util.js';

export const missingLessonsLearned = {
  name: 'missing-lessons-learned',
  severity: 'warning',
  stage: 'closure',
  fixable: 'sometimes',
  description: 'Fires when the plan is in closure or later and Lessons learned is empty.',
  docs: 'Closure records what the next transition should do the same or differently, so the organisation improves from each transition.',
  check(ctx) {
    checkRegisterPresent(ctx, 'lessonsLearned', 'list what went well and what to change next time.');
  },
} satisfies Rule;
