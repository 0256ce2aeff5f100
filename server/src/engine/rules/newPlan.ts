import type { Plan } from '../model.js';
import type { Rule } from '../rule.js';
import type { Fix, IsoDate } from '../types.js';
import { nextPlanId, planTemplate } from '../templates.js';

/**
 * A plan nothing has been written into yet: no `stage` key, no stage section, no register. Until
 * then the engine reports only this rule's one information-level finding, not every missing
 * section, key and register of a plan that has not started.
 */
export function isNewPlan(plan: Plan): boolean {
  // Front matter that does not parse is front-matter-syntax's finding, whatever else is missing.
  if (plan.frontMatter.errors.length > 0) return false;
  return !plan.frontMatter.entries.has('stage') && plan.sections.length === 0 && plan.registers.length === 0;
}

/**
 * "Start from the template": the whole file as the initiation skeleton, with the plan's own id.
 * Without one, the id is the next free one of `planIds` (every plan id of the workspace, once the
 * editor has read them all) and the fix is preferred; a plan checked alone cannot know the others,
 * so the id is the year's first, said to be checked, and not preferred.
 */
export function startFromTemplate(plan: Plan, asOf: IsoDate, planIds?: readonly string[]): Fix {
  const meta = plan.meta;
  const id = meta.id ?? nextPlanId(planIds ?? [], Number(asOf.slice(0, 4)));
  const text = planTemplate(
    {
      id,
      title: meta.title ?? plan.title?.text ?? 'New service transition',
      service: meta.service ?? 'New service',
    },
    { eol: plan.lines.eol(), asOf },
  );
  const end = plan.lines.positionAt(plan.text.length);
  const title = meta.id
    ? 'Start from the template'
    : planIds
      ? `Start from the template (id ${id})`
      : `Start from the template (id ${id}: check it is free)`;
  return {
    title,
    edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: text }],
    isPreferred: meta.id !== undefined || planIds !== undefined,
  };
}

export const newPlan = {
  name: 'new-plan',
  severity: 'info',
  stage: 'always',
  fixable: 'sometimes',
  description:
    'Fires, alone, on a plan that has no `stage`, no stage section and no register yet: the other rules wait until it has started.',
  docs: 'A file that has just been created would otherwise show every missing key, section and register at once. Start from the template (the quick fix writes the complete initiation skeleton: front matter, stakeholders, risks, assumptions, resources and exit criteria, their entries left to write), or write a `stage` and a first section yourself; from then on every rule applies. The fix keeps the plan’s `id`; without one, the editor writes the workspace’s next free id once it has read every plan, and the fix is then preferred; the command line, which sees one plan, writes `TP-<year>-001`, which may be taken, so there it is not preferred.',
  check(ctx) {
    const { plan } = ctx;
    if (!isNewPlan(plan)) return;
    ctx.report({
      range: plan.lines.lineRange(0),
      message: 'This plan has not started yet: start from the template, or set a stage and write a first section.',
      fixes: [startFromTemplate(plan, ctx.asOf)],
    });
  },
} satisfies Rule;
