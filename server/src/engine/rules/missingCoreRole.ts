import type { Rule } from '../rule.js';

export const missingCoreRole = {
  name: 'missing-core-role',
  severity: 'error',
  stage: 'always',
  description: 'Fires when sponsor, service_owner or project_manager is unset or is not a listed stakeholder.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
