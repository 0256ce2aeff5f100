/**
 * Control's registers (contract §4): what the transition consumes, its issues, the corrective
 * actions taken, and its readiness for go-live.
 */
import { c, e, idColumn, jiraIdColumn, money, person, prompted } from '../columns.js';
import type { RegisterSpec } from '../registerTypes.js';
import { MET_VALUES } from '../registerValues.js';

export const CONTROL_REGISTERS: readonly RegisterSpec[] = [
  {
    kind: 'resourceConsumption',
    title: 'Resource consumption',
    aliases: [
      'Costs',
      'Cost tracking',
      'Budget tracking',
      'Budget tracker',
      'Cost tracker',
      'Transition budget',
      // As US status reports head the spend against the budget.
      'Budget vs. actuals',
      'Budget versus actuals',
      // As South African and UK closure reports head it, the actual in the singular.
      'Budget vs actual',
      'Budget versus actual',
    ],
    shape: 'table',
    section: 'control',
    requiredFrom: 'control',
    description: 'Approved, actual and forecast spend by budget line.',
    columns: [
      prompted(c('line', 'Line', true, 'What the money is for')),
      money(c('approved', 'Approved', true, '10000', ['Planned', 'Budget'])),
      // Left empty by templates: what was spent is the author's to write (0 would say none was).
      money(c('actual', 'Actual', true, '-', ['Actuals', 'Spent', 'Spent to date', 'Actual to date'])),
      money(c('forecast', 'Forecast', false, '10000', ['Forecast at completion', 'Estimate at completion', 'EAC'])),
      person(c('owner', 'Owner', false, 'S-01')),
    ],
  },
  {
    kind: 'issues',
    title: 'Issues',
    aliases: ['Issue log', 'Issue register', 'Issues log', 'Issues register'],
    shape: 'table',
    section: 'control',
    requiredFrom: 'control',
    idPrefix: 'I',
    description: 'Problems that have happened and need resolving.',
    columns: [
      jiraIdColumn('I-01'),
      prompted(c('issue', 'Issue', true, 'What happened', ['Summary'])),
      c('priority', 'Priority', false, 'Medium'),
      person(c('owner', 'Owner', true, 'S-01', ['Assignee'])),
      c('raised', 'Raised', false, '2026-01-01', ['Date raised', 'Raised on']),
      c('due', 'Due', false, '2026-01-31', ['Due date', 'Target date']),
      c('status', 'Status', true, 'Open'),
    ],
  },
  {
    kind: 'correctiveActions',
    title: 'Corrective actions',
    aliases: ['Corrective action log', 'Corrective action plan', 'Remedial actions'],
    shape: 'table',
    section: 'control',
    requiredFrom: 'control',
    idPrefix: 'CA',
    description: 'What is being done to bring the transition back within tolerance.',
    columns: [
      jiraIdColumn('CA-01'),
      prompted(c('action', 'Action', true, 'What is done', ['Summary'])),
      person(c('owner', 'Owner', true, 'S-01', ['Assignee'])),
      c('due', 'Due', false, '2026-01-31', ['Due date', 'Target date']),
      c('status', 'Status', true, 'Open'),
      c('link', 'Link', false, 'R-01'),
    ],
  },
  {
    kind: 'goLiveReadiness',
    title: 'Go-live readiness',
    aliases: [
      'Readiness',
      'Readiness checklist',
      'Go-live checklist',
      'Go-live criteria',
      'Go/No-go criteria',
      'Go/No-go checklist',
      'Go-live readiness checklist',
      'Cutover readiness',
      'Operational readiness',
      // Outsourcing contracts name go-live the service commencement date (SCD).
      'Service commencement readiness',
    ],
    shape: 'table',
    section: 'control',
    requiredFrom: 'control',
    idPrefix: 'GR',
    description:
      'The criteria that must be met before the service goes live (change authorised, back-out plan tested, support trained …), with evidence.',
    columns: [
      idColumn('GR-01'),
      c('criterion', 'Criterion', true, 'Change authorised'),
      // Left for the author: a template that wrote no (or yes) claimed what nobody checked, and
      // in a plan past go-live said it went live with nothing met.
      { ...e('met', 'Met', true, MET_VALUES), example: '-' },
      // The prompt that keeps the template's rows samples until the author writes over them.
      prompted(c('evidence', 'Evidence', false, 'What shows it is met')),
      person(c('owner', 'Owner', false, 'S-01')),
    ],
  },
];
