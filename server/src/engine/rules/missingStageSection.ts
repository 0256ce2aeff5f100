import { SECTION_SPECS } from '../schema.js';
import { stageIndex } from '../types.js';
import type { Rule } from '../rule.js';
import { templateFill } from '../templateFill.js';
import { insertSectionFix, planAnchor } from './util.js';

export const missingStageSection = {
  name: 'missing-stage-section',
  severity: 'error',
  stage: 'always',
  fixable: 'always',
  description: "Fires when a stage section required at the plan's current stage is absent.",
  docs: 'Initiation is required from the start; Planning and Coordination, Reporting and Communication and Closure from planning on; Control from control on. Headings match forgivingly: case, numbering, "Project", "and" / "&" do not matter. The quick fix inserts the section with all its registers, in stage order.',
  check(ctx) {
    for (const spec of SECTION_SPECS) {
      if (stageIndex(ctx.stage) < stageIndex(spec.requiredFrom)) continue;
      if (ctx.plan.section(spec.kind)) continue;
      ctx.report({
        range: planAnchor(ctx.plan),
        target: spec.kind,
        message: `The plan is at stage "${ctx.stage}" but has no "## ${spec.title}" section. ${spec.description}`,
        fixes: () => [insertSectionFix(ctx.plan, spec.kind, templateFill(ctx.plan, ctx.config, ctx.asOf))],
      });
    }
  },
} satisfies Rule;
