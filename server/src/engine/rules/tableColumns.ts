import type { Rule } from '../rule.js';

export const tableColumns = {
  name: 'table-columns',
  severity: 'error',
  stage: 'always',
  description: 'Fires when a register table lacks a required column (with a did-you-mean).',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
