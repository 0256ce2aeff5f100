import type { FmValue } from '../model.js';
import type { Rule } from '../rule.js';
import { keyAnchor } from './util.js';

const LABEL = { start: 'start', go_live: 'go-live', close: 'close' } as const;

export const dateOrder = {
  name: 'date-order',
  severity: 'error',
  stage: 'planning',
  description: 'Fires from planning on when `dates.start` ≤ `dates.go_live` ≤ `dates.close` does not hold.',
  docs: 'The baseline envelope is the frame every milestone, handover and status is measured against: a go-live after the close date, or a start after go-live, makes every schedule check meaningless. Usually one date was mistyped or moved without the others; correct it, or re-baseline all three through change control.',
  sources: [
    'ITIL 2011 Service Transition 4.1 Transition planning and support (prepare for service transition: baseline the plan)',
    'ITIL 4 Project management practice',
    'PRINCE2 Plans theme (a plan is a baseline)',
    'PMBOK 6th ed. 6.5 Develop Schedule (schedule baseline)',
  ],
  check(ctx) {
    const { plan } = ctx;
    const { start, goLive, close } = plan.meta.dates;
    const datesNode = plan.frontMatter.entries.get('dates');
    const at = (key: keyof typeof LABEL) => {
      const v: FmValue | undefined = datesNode?.entries.get(key);
      return v ? v.range : keyAnchor(plan, 'dates');
    };
    const pairs: [keyof typeof LABEL, string | undefined, keyof typeof LABEL, string | undefined][] = [
      ['start', start, 'go_live', goLive],
      ['go_live', goLive, 'close', close],
    ];
    let reported = false;
    for (const [a, av, b, bv] of pairs) {
      if (!av || !bv || av <= bv) continue;
      reported = true;
      ctx.report({
        range: at(b),
        target: 'dates',
        message: `The ${LABEL[b]} date ${bv} is before the ${LABEL[a]} date ${av}: the plan's dates must run start ≤ go-live ≤ close. Correct the mistyped date, or re-baseline the dates through change control.`,
      });
    }
    if (!reported && start && close && !goLive && start > close) {
      ctx.report({
        range: at('close'),
        target: 'dates',
        message: `The close date ${close} is before the start date ${start}: the plan's dates must run start ≤ go-live ≤ close.`,
      });
    }
  },
} satisfies Rule;
