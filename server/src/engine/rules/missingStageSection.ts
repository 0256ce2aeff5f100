import { headingLevelFix } from '../fixes.js';
import type { Heading, Plan } from '../model.js';
import { sectionAtOtherLevel, sectionInOtherWords } from '../nearMissHeading.js';
import { registerForHeading, SECTION_SPECS, sectionForHeading } from '../schema.js';
import { stageIndex, type Fix } from '../types.js';
import type { Rule } from '../rule.js';
import { templateFill } from '../templateFill.js';
import { LEADING_NUMBERING } from '../text.js';
import { insertSectionFix, planAnchor, replace } from './util.js';

/**
 * Fixes for a stage section written at another level. In a plan whose stage sections are all at
 * level 1 and its registers under them at level 2 (every heading one level up), every heading
 * after the title goes one level down; otherwise only this heading moves (registers already at
 * level 3, as Word exports write them, stay where they are), preferred when the heading after it
 * is a level deeper than a stage section (a register under it).
 */
function levelFixes(plan: Plan, heading: Heading): Fix[] {
  const single = headingLevelFix('Make it a level-2 heading', [heading], 2 - heading.depth, false);
  const sections = plan.headings.filter((h) => h !== plan.title && sectionForHeading(h.text) !== undefined);
  const registers = plan.headings.filter((h) => registerForHeading(h.text) !== undefined);
  const rest = plan.headings.filter((h) => h !== plan.title);
  const allUp =
    sections.every((h) => h.depth === 1) && registers.every((h) => h.depth === 2) && rest.every((h) => h.depth < 6);
  if (heading.depth === 1 && allUp) {
    return [headingLevelFix('Make every heading after the title one level deeper', rest, 1, true), single];
  }
  const next = plan.headings[plan.headings.indexOf(heading) + 1];
  return [{ ...single, isPreferred: !next || next.depth === 3 }];
}

/**
 * How a finding starts: the plan's stage, as written; a plan whose stage is not written or not
 * read (front matter that does not parse) is checked as at initiation, which every plan needs,
 * and is not said to be at a stage it does not state.
 */
function lacks(plan: Plan, stage: string, title: string): string {
  return plan.meta.stage
    ? `The plan is at stage "${stage}" but has no "## ${title}" section`
    : `Every plan needs a "## ${title}" section, and this one has none`;
}

export const missingStageSection = {
  name: 'missing-stage-section',
  severity: 'error',
  stage: 'always',
  fixable: 'always',
  description: "Fires when a stage section required at the plan's current stage is absent.",
  docs: 'Initiation is required from the start; Planning and Coordination, Reporting and Communication and Closure from planning on; Control from control on. Headings match forgivingly: case, numbering, "Project", "and" / "&" do not matter. The quick fix inserts the section with all its registers, in stage order. A stage section written at another level (`# Project Closure`) is named in the finding instead, and its fix moves the heading to level 2 (in a plan with every stage at level 1 and its registers at level 2, every heading after the title one level down; registers already at level 3 stay). So is a level-2 heading that starts with the name of the stage and is no register (`## Closure & Handover to BAU`; not `## Document control`): the preferred fix renames it, keeping its number, rather than adding a second section.',
  check(ctx) {
    for (const spec of SECTION_SPECS) {
      if (stageIndex(ctx.stage) < stageIndex(spec.requiredFrom)) continue;
      if (ctx.plan.section(spec.kind)) continue;
      const other = sectionAtOtherLevel(ctx.plan, spec.kind);
      if (other) {
        ctx.report({
          range: other.range,
          target: spec.kind,
          message: `${lacks(ctx.plan, ctx.stage, spec.title)}: "${'#'.repeat(other.depth)} ${other.text}" is a level-${other.depth} heading, and stage sections are level 2. Make it "## ${other.text}".`,
          fixes: () => levelFixes(ctx.plan, other),
        });
        continue;
      }
      const named = sectionInOtherWords(ctx.plan, spec.kind, ctx.config.aliases.registers);
      if (named) {
        // A numbered heading keeps its number (`4. Closure & handover to BAU` → `4. Project Closure`).
        const numbering = LEADING_NUMBERING.exec(named.text)?.[0].trim();
        const renamed = `${numbering ? `${numbering} ` : ''}${spec.title}`;
        ctx.report({
          range: named.textRange,
          target: spec.kind,
          message: `${lacks(ctx.plan, ctx.stage, spec.title)}, and "## ${named.text}" is not read as one. If it is that section, rename it "## ${renamed}"; otherwise add the section.`,
          fixes: () => [
            {
              title: `Rename the heading to "${renamed}"`,
              edits: [replace(named.textRange, renamed)],
              isPreferred: true,
            },
            {
              ...insertSectionFix(ctx.plan, spec.kind, templateFill(ctx.plan, ctx.config, ctx.asOf)),
              isPreferred: false,
            },
          ],
        });
        continue;
      }
      ctx.report({
        range: planAnchor(ctx.plan),
        target: spec.kind,
        message: `${lacks(ctx.plan, ctx.stage, spec.title)}. ${spec.description}`,
        fixes: () => [insertSectionFix(ctx.plan, spec.kind, templateFill(ctx.plan, ctx.config, ctx.asOf))],
      });
    }
  },
} satisfies Rule;
