import type { Rule } from '../rule.js';
import { checkRegisterPresent } from './util.js';

export const missingAssumptionsConstraints = {
  name: 'missing-assumptions-constraints',
  severity: 'warning',
  stage: 'always',
  fixable: 'sometimes',
  description: 'Fires when the plan has no Assumptions and constraints rows.',
  docs: 'Assumptions and constraints are what the plan silently depends on. Writing them down lets reviewers challenge them and lets the project notice when one stops holding.',
  check(ctx) {
    checkRegisterPresent(ctx, 'assumptions', 'record what the plan assumes and what constrains it.');
  },
} satisfies Rule;
