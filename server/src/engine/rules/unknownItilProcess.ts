import type { Rule } from '../rule.js';

export const unknownItilProcess = {
  name: 'unknown-itil-process',
  severity: 'warning',
  stage: 'planning',
  description: 'Fires when a Process cell names no known ITIL 2011 or ITIL 4 process (with a did-you-mean).',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
