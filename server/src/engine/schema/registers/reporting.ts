/**
 * Reporting and Communication's registers (contract §4): the status log, the communication
 * plan and the decisions taken.
 */
import { approvers, c, e, entryText, idColumn, party, prompted } from '../columns.js';
import type { RegisterSpec } from '../registerTypes.js';
import { DECISION_TYPES, DECISION_STATUSES } from '../registerValues.js';

export const REPORTING_REGISTERS: readonly RegisterSpec[] = [
  {
    kind: 'statusLog',
    title: 'Status log',
    aliases: [
      'Status reports',
      'Status report',
      'Status updates',
      'Highlight reports',
      'Highlight report',
      'Weekly highlight reports',
      'Weekly highlight report',
      'Status',
      'Weekly status',
      'Weekly status report',
      'Weekly status reports',
      // The PMBOK Guide's name for the reports a communications plan schedules.
      'Status reporting',
      // As Hong Kong government and PRINCE2 projects head the reports to the Project Steering Committee.
      'Progress reports',
      'Progress report',
      'Monthly progress reports',
      'Monthly progress report',
    ],
    shape: 'table',
    section: 'reporting',
    requiredFrom: 'control',
    missingRule: 'missing-status-report',
    description: 'Dated status entries, newest first.',
    columns: [
      c('date', 'Date', true, '2026-01-31', ['Week ending', 'W/E', 'Report date', 'Reporting date']),
      c('health', 'Health', true, 'Green', [
        'RAG',
        'RAG status',
        'RAG rating',
        'Overall RAG',
        'Overall health',
        'Overall status',
        // A weekly RAG with a column per dimension (Overall, Time, Cost …): the overall one.
        'Overall',
      ]),
      entryText(prompted(c('summary', 'Summary', true, 'Where the transition stands', ['Update', 'Commentary']))),
      c('risks', 'Risks and challenges', false, '-', [
        'Risks and issues',
        'Risks / Issues',
        'Issues and risks',
        'Key risks and issues',
        'Key risks',
      ]),
      c('decisions', 'Decisions needed', false, '-', ['Decisions required', 'Decisions requested', 'Help needed']),
    ],
  },
  {
    kind: 'communicationPlan',
    title: 'Communication plan',
    aliases: [
      'Communications plan',
      'Communication management plan',
      // The PMBOK Guide's name for it.
      'Communications management plan',
      'Comms plan',
      // As public-sector PIDs head it ("and" is ignored, so either order and number reads).
      'Communications and engagement plan',
      'Communication and engagement plan',
      'Engagement and communications plan',
      'Engagement and communication plan',
    ],
    shape: 'table',
    section: 'reporting',
    requiredFrom: 'planning',
    missingRule: 'missing-communication-plan',
    description: 'Who hears what, how and how often.',
    columns: [
      prompted(c('audience', 'Audience', true, 'Who is told')),
      c('channel', 'Channel', true, 'Email'),
      c('frequency', 'Frequency', true, 'Fortnightly'),
      party(c('owner', 'Owner', false, 'S-01')),
    ],
  },
  {
    kind: 'decisions',
    title: 'Decisions',
    aliases: ['Decision log', 'Decision register', 'Decisions log'],
    shape: 'table',
    section: 'reporting',
    idPrefix: 'D',
    description: 'Who decided what and when: go/no-go decisions, exceptions approved by the board, scope changes.',
    columns: [
      idColumn('D-01'),
      prompted(c('decision', 'Decision', true, 'What was decided')),
      e('type', 'Type', true, DECISION_TYPES),
      approvers(c('approvedBy', 'Approved by', true, 'S-01', ['Approver', 'Approvers'])),
      c('date', 'Date', true, '2026-01-31'),
      { ...e('status', 'Status', false, DECISION_STATUSES), example: 'Proposed' },
      c('covers', 'Covers', false, '-'),
    ],
  },
];
