import type { Rule } from '../rule.js';
import { hasOpenCorrectiveAction } from '../rowFacts.js';

export const missingCorrectiveAction = {
  name: 'missing-corrective-action',
  severity: 'error',
  stage: 'control',
  description:
    'Fires when the front-matter `health` is amber or red and no row of Corrective actions is open (Status Open or In progress, or empty; a status that cannot be read silences this rule).',
  docs: 'An amber or red health says the transition is off plan; Project Control then expects a corrective action that brings it back within tolerance, with an owner and a due date. Add a row to Corrective actions (linked to the milestone, risk or issue it corrects), or set health back to green once the plan is on track.',
  check(ctx) {
    const { plan } = ctx;
    const health = plan.meta.health;
    if (health !== 'amber' && health !== 'red') return;
    if (hasOpenCorrectiveAction(plan)) return;
    const value = plan.frontMatter.entries.get('health');
    if (!value) return;
    ctx.report({
      range: value.range,
      target: 'health',
      message: `Health is ${health} but no corrective action is open: add a Corrective actions row saying what brings the transition back on plan, who owns it and by when.`,
    });
  },
} satisfies Rule;
