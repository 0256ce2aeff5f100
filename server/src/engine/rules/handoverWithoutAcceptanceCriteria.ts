import type { Rule } from '../rule.js';

export const handoverWithoutAcceptanceCriteria = {
  name: 'handover-without-acceptance-criteria',
  severity: 'warning',
  stage: 'planning',
  description: 'Fires when a handover has neither an Acceptance criteria cell nor an #### H-xx checklist.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
