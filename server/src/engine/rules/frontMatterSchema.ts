import type { Rule } from '../rule.js';

export const frontMatterSchema = {
  name: 'front-matter-schema',
  severity: 'error',
  stage: 'always',
  description: 'Fires when a required key is missing for the stage, a value has the wrong type or is not in its enum (with a did-you-mean), a date is not ISO; unknown key: warning.',
  docs: '',
  check() {
    // TODO: not implemented yet.
  },
} satisfies Rule;
