/**
 * The registers of no one stage (contract §4): the exit criteria that close each stage, and the
 * waivers of findings accepted on purpose.
 */
import { approvers, c, prompted } from '../columns.js';
import type { RegisterSpec } from '../registerTypes.js';

export const EXIT_CRITERIA_REGISTER: RegisterSpec = {
  kind: 'exitCriteria',
  title: 'Exit criteria',
  shape: 'tasks',
  description: 'What must be true before the project leaves this stage.',
  columns: [],
};

export const WAIVERS_REGISTER: RegisterSpec = {
  kind: 'waivers',
  title: 'Waivers',
  aliases: ['Waiver log', 'Waivers log', 'Waiver register', 'Waivers and exceptions', 'Accepted findings'],
  shape: 'table',
  description: 'Findings accepted on purpose, with a reason, an approver and an expiry.',
  columns: [
    c('rule', 'Rule', true, 'rule-name'),
    c('target', 'Target', true, 'R-01'),
    prompted(c('reason', 'Reason', true, 'Why this is acceptable')),
    approvers(c('approvedBy', 'Approved by', true, 'S-01')),
    c('expires', 'Expires', false, '2026-12-31', ['Expiry', 'Expiry date', 'Expires on']),
  ],
};
