import type { Rule } from '../rule.js';
import { daysBetween } from '../isoDate.js';
import { keyAnchor } from './util.js';
import { dayCount } from '../text.js';
import { isBeforeControl } from '../types.js';

export const stageBehindSchedule = {
  name: 'stage-behind-schedule',
  severity: 'warning',
  stage: 'planning',
  description:
    'Fires from planning on when the as-of date is past `dates.go_live` and the plan is still in initiation or planning.',
  docs: 'A plan still in planning after its go-live date either went live without control (no resource tracking, no status log, no readiness check) or is late and its dates no longer say so. Move `stage` to where the transition really stands, or re-baseline `dates` through change control. The finding is on the `stage` value.',
  sources: [
    'ITIL 2011 Service Transition 4.1 Transition planning and support (progress monitoring and reporting)',
    'ITIL 4 Project management practice',
    'PRINCE2 Managing a Stage Boundary; Progress theme',
    'PMBOK 6th ed. 4.5 Monitor and Control Project Work',
  ],
  check(ctx) {
    const { plan } = ctx;
    const goLive = plan.meta.dates.goLive;
    const stage = plan.meta.stage;
    if (!goLive || !isBeforeControl(stage) || ctx.asOf <= goLive) return;
    const ago = daysBetween(goLive, ctx.asOf);
    ctx.report({
      range: keyAnchor(plan, 'stage'),
      target: 'stage',
      message: `The go-live date ${goLive} passed ${dayCount(ago)} ago and the plan is still in ${stage}: move \`stage\` to where the transition stands (control once work is tracked), or re-baseline \`dates\` through change control.`,
    });
  },
} satisfies Rule;
