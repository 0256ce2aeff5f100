import { REGISTER_SPECS, SECTION_SPECS } from '../schema.js';
import { stageIndex } from '../types.js';
import type { Rule } from '../rule.js';
import { checkRegisterPresent, SAMPLES_COUNT_AS_NONE } from './registerPresence.js';

const GENERIC = REGISTER_SPECS.filter((r) => r.requiredFrom && !r.missingRule);

export const missingRegister = {
  name: 'missing-register',
  severity: 'error',
  stage: 'always',
  fixable: 'sometimes',
  description: `Fires when a register required at the current stage is absent, or has no rows, and no more specific rule covers it; also warns about a register under the wrong stage section. ${SAMPLES_COUNT_AS_NONE}`,
  docs: 'Each stage brings registers with it (Resources from initiation; Responsibilities and Process interfaces from planning; Resource consumption, Issues, Corrective actions, Go-live readiness and Early life support from control — early life support exit criteria are agreed before go-live, not after; Post-implementation review once closed). A register found under another stage section than its own still counts, but is reported as a warning so the plan reads in stage order.',
  check(ctx) {
    for (const spec of GENERIC) {
      if (stageIndex(ctx.stage) < stageIndex(spec.requiredFrom!)) continue;
      checkRegisterPresent(ctx, spec.kind, spec.description);
    }
    for (const register of ctx.plan.registers) {
      const home = register.spec.section;
      if (!home || !register.section || register.section === home || register.kind === 'exitCriteria') continue;
      const homeTitle = SECTION_SPECS.find((s) => s.kind === home)!.title;
      const hereTitle = SECTION_SPECS.find((s) => s.kind === register.section)!.title;
      ctx.report({
        range: register.heading.range,
        severity: 'warning',
        target: register.kind,
        message: `${register.spec.title} stands under ${hereTitle}; it belongs under ${homeTitle}. It is still read, but move it so the plan reads in stage order.`,
      });
    }
  },
} satisfies Rule;
