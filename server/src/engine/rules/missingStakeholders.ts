import { registerPresenceRule } from './families.js';

export const missingStakeholders = registerPresenceRule({
  name: 'missing-stakeholders',
  severity: 'error',
  register: 'stakeholders',
  description: 'Fires when the plan has no Stakeholders table, or it has no rows.',
  docs: 'Initiation agrees who is involved. Every person reference in the plan (sponsor, owners, RACI columns) resolves against the Stakeholders table, so a plan without one cannot name a single accountable person.',
  what: 'list everyone involved, with an ID, a name and a role.',
});
