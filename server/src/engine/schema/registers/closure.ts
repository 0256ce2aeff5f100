/**
 * Closure's registers (contract §4): the ultimate hand-off, early life support, the review after
 * go-live, lessons learned and the sign-off.
 */
import { c, e, entryText, idColumn, person, prompted } from '../columns.js';
import type { RegisterSpec } from '../registerTypes.js';
import { MET_VALUES, PIR_RESULTS } from '../registerValues.js';

export const CLOSURE_REGISTERS: readonly RegisterSpec[] = [
  {
    kind: 'handovers',
    title: 'Handovers',
    aliases: [
      'Handover',
      'Handover plan',
      'Hand-offs',
      'Handoffs',
      'Handover to live',
      'Handover to live services',
      'Handover to BAU',
      'Handover to operations',
      'Service handover',
      'Service handovers',
      'Service hand-offs',
      'Service handoffs',
    ],
    // To whom the results go: the SIAM team, the retained organisation, the customer, operations.
    namePrefixes: ['Handover to', 'Handovers to', 'Hand-over to', 'Hand-off to', 'Hand-offs to'],
    shape: 'table',
    section: 'closure',
    requiredFrom: 'planning',
    missingRule: 'missing-handovers',
    idPrefix: 'H',
    description: 'Every result handed to the ITIL process that will own it, and accepted by a named owner.',
    columns: [
      idColumn('H-01'),
      c('process', 'Process', true, 'Incident Management', ['Practice', 'ITIL practice', 'Receiving practice']),
      entryText(prompted(c('handedOver', 'Handed over', false, 'What is handed over'))),
      person(c('receivingOwner', 'Receiving owner', true, 'S-01', ['Accepting owner'])),
      prompted(c('acceptanceCriteria', 'Acceptance criteria', true, 'How acceptance is judged')),
      c('planned', 'Planned', true, '2026-01-31', ['Planned date', 'Handover date']),
      c('status', 'Status', true, 'Planned'),
      c('acceptedOn', 'Accepted on', false, '-', ['Acceptance date', 'Date accepted']),
    ],
  },
  {
    kind: 'earlyLifeSupport',
    title: 'Early life support',
    aliases: ['ELS', 'Hypercare', 'ELS exit criteria', 'Hypercare exit criteria', 'Early life support exit criteria'],
    shape: 'table',
    section: 'closure',
    // 1.1: exit criteria of early life support are agreed before go-live, not after.
    requiredFrom: 'control',
    idPrefix: 'ELS',
    description: 'The exit criteria of early life support after go-live, agreed before go-live.',
    columns: [
      idColumn('ELS-01'),
      prompted(c('criterion', 'Exit criterion', true, 'What must hold', ['Criterion'])),
      c('target', 'Target', false, 'Target'),
      { ...e('met', 'Met', true, MET_VALUES), example: 'no' },
      c('evidence', 'Evidence', false, '-'),
    ],
  },
  {
    kind: 'postImplementationReview',
    title: 'Post-implementation review',
    aliases: ['PIR', 'Change evaluation', 'Post implementation review'],
    shape: 'table',
    section: 'closure',
    requiredFrom: 'closed',
    description: 'Whether the transition achieved its objectives, reviewed before the plan is closed.',
    columns: [
      prompted(c('objective', 'Objective', true, 'What the transition set out to achieve')),
      // Left for the review to fill in: a template that wrote Achieved claimed what nobody reviewed.
      e('result', 'Result', true, PIR_RESULTS, [], '-'),
      c('evidence', 'Evidence', false, '-'),
    ],
  },
  {
    kind: 'lessonsLearned',
    title: 'Lessons learned',
    aliases: [
      'Lessons learnt',
      'Lessons log',
      'Lessons',
      'Lessons identified',
      'Lessons learned log',
      'Lessons learnt log',
    ],
    shape: 'list',
    section: 'closure',
    requiredFrom: 'closure',
    missingRule: 'missing-lessons-learned',
    description: 'What the next transition should do the same or differently.',
    columns: [],
  },
  {
    kind: 'signOff',
    title: 'Sign-off',
    aliases: ['Signoff', 'Sign off', 'Sign-offs', 'Approvals'],
    shape: 'table',
    section: 'closure',
    requiredFrom: 'closed',
    missingRule: 'missing-sign-off',
    description: 'Who approved the closure of the transition.',
    columns: [
      c('role', 'Role', true, 'Sponsor'),
      person(c('stakeholder', 'Stakeholder', true, 'S-01', ['Name', 'Signatory', 'Signed by'])),
      // Not `Signed` or `Signed off`: tables write the date under them as often as the decision.
      c('decision', 'Decision', true, 'Pending', ['Approval']),
      c('date', 'Date', false, '-', ['Date signed', 'Signed on']),
    ],
  },
];
