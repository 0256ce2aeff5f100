/**
 * Planning and Coordination's registers (contract §4): milestones, who answers for what, and the
 * hand-off points to the other ITIL processes.
 */
import { c, idColumn, party, person, prompted } from '../columns.js';
import type { RegisterSpec } from '../registerTypes.js';

export const PLANNING_REGISTERS: readonly RegisterSpec[] = [
  {
    kind: 'milestones',
    title: 'Milestones',
    aliases: [
      'Milestone plan',
      'Milestone schedule',
      'Schedule',
      'Key dates',
      'Milestones and dates',
      // ITIL's word for it: the transition schedule.
      'Transition schedule',
    ],
    shape: 'table',
    section: 'planning',
    requiredFrom: 'planning',
    missingRule: 'missing-milestones',
    idPrefix: 'M',
    description: 'The dated points the transition is steered by.',
    columns: [
      idColumn('M-01'),
      // MS Project names a task (a milestone is one of zero duration) by its Task Name.
      prompted(c('milestone', 'Milestone', true, 'What is reached', ['Task name'])),
      person(c('owner', 'Owner', true, 'S-01')),
      c('baseline', 'Baseline', true, '2026-01-31', [
        'Due',
        'Baseline date',
        'Due date',
        'Target date',
        'Planned date',
        'Original date',
        'Original baseline',
        // MS Project's baseline of a task's finish (a milestone's date).
        'Baseline finish',
      ]),
      // A baseline moved by an approved change (PRINCE2: an exception plan's new baseline): slips
      // and due dates are measured from it; Baseline keeps the original.
      c('rebaseline', 'Revised baseline', false, '-', [
        'Current baseline',
        'New baseline',
        'Re-baseline',
        'Rebaseline',
        'Re-baselined date',
      ]),
      c('forecast', 'Forecast', false, '2026-01-31', [
        'Forecast date',
        'Revised date',
        'Current forecast',
        'Revised forecast',
        'Re-forecast',
        'Reforecast',
        'ETA',
        // MS Project's scheduled finish: where the date stands now, against its Baseline Finish.
        'Finish',
      ]),
      c('actual', 'Actual', false, '-', [
        'Actual date',
        'Date achieved',
        'Achieved on',
        'Completed on',
        // MS Project's, `NA` until the milestone is reached.
        'Actual finish',
      ]),
      c('dependsOn', 'Depends on', false, '-', ['Dependencies', 'Dependency', 'Predecessors']),
      c('status', 'Status', true, 'Not started'),
      c('type', 'Type', false, 'Milestone', ['Milestone type']),
    ],
  },
  {
    kind: 'responsibilities',
    title: 'Responsibilities',
    // The PMBOK Guide's name for it: the responsibility assignment matrix (RAM), of which RACI is one.
    aliases: ['RACI', 'RACI matrix', 'RACI chart', 'Responsibility matrix', 'Responsibility assignment matrix'],
    shape: 'table',
    section: 'planning',
    requiredFrom: 'planning',
    description: 'Who is Responsible, Accountable, Consulted and Informed for each activity.',
    columns: [
      prompted(
        c('activity', 'Activity', true, 'What is done or delivered', [
          'Task',
          'Tasks',
          'Deliverable',
          'Deliverables',
          'Work package',
        ]),
      ),
    ],
  },
  {
    kind: 'processInterfaces',
    title: 'Process interfaces',
    aliases: [
      'ITIL process interfaces',
      'Interfaces',
      'ITIL interfaces',
      'Interfaces with ITIL processes',
      'Interfaces with ITIL practices',
      'ITIL practice interfaces',
      'Practice interfaces',
    ],
    shape: 'table',
    section: 'planning',
    requiredFrom: 'planning',
    idPrefix: 'PI',
    description: 'The hand-off points to the other ITIL processes and who is the contact there.',
    columns: [
      idColumn('PI-01'),
      c('process', 'Process', true, 'Change Management', ['Practice', 'ITIL practice']),
      prompted(c('provides', 'Provides', false, 'What the process provides')),
      party(c('contact', 'Contact', true, 'S-01')),
      c('neededBy', 'Needed by', false, '2026-01-31', ['Required by']),
      c('status', 'Status', false, 'Agreed'),
    ],
  },
];
