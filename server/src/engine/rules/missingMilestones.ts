import type { Rule } from '../rule.js';
import { checkRegisterPresent } from './util.js';

export const missingMilestones = {
  name: 'missing-milestones',
  severity: 'error',
  stage: 'planning',
  fixable: 'sometimes',
  description: 'Fires when the plan is in planning or later and has no Milestones rows.',
  docs: 'Planning and Coordination sets the milestones the transition is steered by. Without them there is nothing to report progress against and no overdue date can be seen.',
  check(ctx) {
    checkRegisterPresent(
      ctx,
      'milestones',
      'plan the dated milestones, each with an owner, a baseline date and a status.',
    );
  },
} satisfies Rule;
