import { emptyPersonCellRule } from './families.js';

export const riskWithoutOwner = emptyPersonCellRule({
  name: 'risk-without-owner',
  severity: 'error',
  register: 'risks',
  column: 'owner',
  description: 'Fires when a row of the Risks table has an empty Owner cell (empty, `-`, `n/a` or `TBD`).',
  docs: 'In ITIL Transition Planning and Support every risk has an owner who watches it, reviews it and triggers its mitigation or contingency. A risk nobody owns is a risk nobody acts on. Put the stakeholder ID, name or @handle of the person who answers for it in the Owner cell. Quick fixes propose stakeholders: the one whose role best fits the risk is preferred, else the project manager, who owns a risk until someone better placed does.',
  noun: 'Risk',
  about: 'risk',
  missing:
    'owner: name the stakeholder who watches it and acts on it (an ID, name or @handle from the Stakeholders table).',
  fixRole: 'risk owner',
  fallback: ['projectManager'],
  standIn: 'projectManager',
});
