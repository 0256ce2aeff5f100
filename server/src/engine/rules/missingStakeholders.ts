import type { Rule } from '../rule.js';
import { checkRegisterPresent } from './util.js';

export const missingStakeholders = {
  name: 'missing-stakeholders',
  severity: 'error',
  stage: 'always',
  fixable: 'sometimes',
  description: 'Fires when the plan has no Stakeholders table, or it has no rows.',
  docs: 'Initiation agrees who is involved. Every person reference in the plan (sponsor, owners, RACI columns) resolves against the Stakeholders table, so a plan without one cannot name a single accountable person.',
  check(ctx) {
    checkRegisterPresent(ctx, 'stakeholders', 'list everyone involved, with an ID, a name and a role.');
  },
} satisfies Rule;
