import { registerPresenceRule } from './families.js';

export const missingMilestones = registerPresenceRule({
  name: 'missing-milestones',
  severity: 'error',
  register: 'milestones',
  description: 'Fires when the plan is in planning or later and has no Milestones rows.',
  docs: 'Planning and Coordination sets the milestones the transition is steered by. Without them there is nothing to report progress against and no overdue date can be seen.',
  what: 'plan the dated milestones, each with an owner, a baseline date and a status.',
});
