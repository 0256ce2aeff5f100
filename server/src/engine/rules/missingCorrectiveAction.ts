import type { Rule } from '../rule.js';
import { hasOpenCorrectiveAction } from '../rowFacts.js';

export const missingCorrectiveAction = {
  name: 'missing-corrective-action',
  severity: 'error',
  stage: 'control',
  description:
    'Fires when the front-matter `health` is amber or red and no row of Corrective actions is open (Status Open or In progress, or empty; a status that cannot be read silences this rule). Not in a closed plan.',
  docs: 'An amber or red health says the transition is off plan; Project Control then expects a corrective action that brings it back within tolerance, with an owner and a due date. Add a row to Corrective actions (linked to the milestone, risk or issue it corrects), or set health back to green once the plan is on track. A closed plan is exempt: its project is over, so there is nothing left to bring back on plan, and `open-items-at-closure` asks for every corrective action to be closed — a transition closed early or cancelled may honestly keep its red health.',
  check(ctx) {
    const { plan } = ctx;
    // Closed: no action can be open (open-items-at-closure), and derived health rates no closed plan.
    if (ctx.stage === 'closed') return;
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
