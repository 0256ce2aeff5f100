import type { Rule } from '../rule.js';

export const processInterfaceWithoutContact = {
  name: 'process-interface-without-contact',
  severity: 'warning',
  stage: 'planning',
  description: 'Fires when a process interface row has no contact.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
