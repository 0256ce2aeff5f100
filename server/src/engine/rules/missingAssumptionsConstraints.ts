import { registerPresenceRule } from './families.js';

export const missingAssumptionsConstraints = registerPresenceRule({
  name: 'missing-assumptions-constraints',
  severity: 'warning',
  register: 'assumptions',
  description: 'Fires when the plan has no Assumptions and constraints rows.',
  docs: 'Assumptions and constraints are what the plan silently depends on. Writing them down lets reviewers challenge them and lets the project notice when one stops holding.',
  what: 'record what the plan assumes and what constrains it.',
});
