import type { Rule } from '../rule.js';

export const statusStale = {
  name: 'status-stale',
  severity: 'warning',
  stage: 'planning',
  description: 'Fires when the newest status entry is older than the reporting cadence (error at twice the cadence).',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
