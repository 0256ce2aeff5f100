import { emptyPersonCellRule } from './families.js';

export const missingHandoverOwner = emptyPersonCellRule({
  name: 'missing-handover-owner',
  severity: 'error',
  register: 'handovers',
  column: 'receivingOwner',
  description:
    'Fires from planning on when a row of the Handovers table has an empty Receiving owner cell (empty, `-`, `n/a` or `TBD`).',
  docs: 'Closure hands every result to the ITIL process that will run it, and a handover is only done when a named person in that process accepts it. Planning the receiving owner early gives them time to prepare and to agree the acceptance criteria. Put the stakeholder ID, name or @handle of that person in the Receiving owner cell. Quick fixes propose stakeholders: one whose role fits the receiving process is preferred, else the service owner, who accepts the service into operation; the project manager is offered but never preferred.',
  noun: 'Handover',
  about: 'process',
  missing: 'receiving owner: name the person in the receiving process who accepts it.',
  fixRole: 'receiving owner',
  fallback: ['serviceOwner', 'projectManager'],
  standIn: 'serviceOwner',
});
