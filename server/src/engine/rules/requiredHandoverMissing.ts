import type { Rule } from '../rule.js';

export const requiredHandoverMissing = {
  name: 'required-handover-missing',
  severity: 'warning',
  stage: 'planning',
  description: 'Fires when a process that the configuration requires for this transition type has no handover (default for new and change: Incident Management, Change Management, Service Asset and Configuration Management, Service Level Management, Knowledge Management).',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
