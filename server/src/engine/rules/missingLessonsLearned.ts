import { registerPresenceRule } from './families.js';

export const missingLessonsLearned = registerPresenceRule({
  name: 'missing-lessons-learned',
  severity: 'warning',
  register: 'lessonsLearned',
  description: 'Fires when the plan is in closure or later and Lessons learned is empty.',
  docs: 'Closure records what the next transition should do the same or differently, so the organisation improves from each transition.',
  what: 'list what went well and what to change next time.',
});
