import { emptyPersonCellRule } from './families.js';

export const processInterfaceWithoutContact = emptyPersonCellRule({
  name: 'process-interface-without-contact',
  severity: 'warning',
  register: 'processInterfaces',
  column: 'contact',
  description:
    'Fires from planning on when a row of the Process interfaces table has an empty Contact cell (empty, `-`, `n/a` or `TBD`).',
  docs: 'Planning and Coordination agrees the hand-off points to the other ITIL processes (Change, Release, Testing, Configuration …). An interface works only when someone in that process has agreed to it: name that person in the Contact cell, as a stakeholder ID, name or @handle. Quick fixes propose stakeholders: one whose role fits the process (a Change manager for Change Management) is the preferred fix, offered first; neither Fix All nor `--fix` applies it, as who agrees the interface is that process’s to say. When nobody fits, the project manager is offered but not preferred: they are rarely the person in that process who agrees the interface.',
  noun: 'Process interface',
  about: 'process',
  missing: 'contact: name the person in that process who agrees the hand-off point.',
  fixRole: 'contact',
  fallback: ['projectManager'],
});
