/**
 * A new plan at a chosen stage, reported only for what its author still has to write: at
 * initiation the skeleton of `planTemplate`; later, the front matter that stage requires
 * followed by each stage section the stage requires, each filled from the plan written so far —
 * the same section templates the quick fixes and the completion snippets insert. Nothing in it is
 * a fact nobody gave: the health, the change reference, the dates and the budget's amounts are
 * left for the author (front-matter-schema asks for each), and so are the registers' entries
 * (their sample rows are prompts).
 */
import { DEFAULT_CONFIG, type HandoffConfig } from './config.js';
import { templateFill } from './templateFill.js';
import { parsePlan } from './parse/index.js';
import { SECTION_SPECS } from './schema.js';
import { NEW_PLAN_STAGES, newPlanFrontMatter, planTemplate, sectionTemplate, type NewPlanFields } from './templates.js';

export { NEW_PLAN_STAGES };
import { stageIndex, type IsoDate, type Stage } from './types.js';

export interface SkeletonOptions {
  readonly asOf: IsoDate;
  readonly stage?: Stage;
  /** ISO 4217 code for the budget; default the configuration's `currency`. */
  readonly currency?: string;
  readonly config?: HandoffConfig;
  readonly eol?: string;
}

/**
 * The front matter (and title) of a plan past initiation, as `planSkeleton` writes it: every key
 * the stage requires, those only the plan's people know written as not known yet — the health and
 * the amounts empty, the change reference `TBC` — so that each is reported until it is written.
 * Not even the start date: a plan that starts at planning or later started before it was written
 * down. The budget's currency is the configuration's.
 */
export function skeletonFrontMatter(fields: NewPlanFields, opts: SkeletonOptions): string[] {
  return [
    ...newPlanFrontMatter(fields, opts.stage ?? 'planning', [
      'health:',
      'change_ref: TBC',
      'dates:',
      '  start:',
      '  go_live:',
      '  close:',
      'budget:',
      `  currency: ${opts.currency ?? (opts.config ?? DEFAULT_CONFIG).currency}`,
      '  approved:',
      '  contingency:',
    ]),
    '',
    `# ${fields.title}`,
    '',
  ];
}

export function planSkeleton(fields: NewPlanFields, opts: SkeletonOptions): string {
  const eol = opts.eol ?? '\n';
  const stage = opts.stage ?? 'initiation';
  if (stage === 'initiation') return planTemplate(fields, { eol, asOf: opts.asOf });
  const config = opts.config ?? DEFAULT_CONFIG;
  let text = skeletonFrontMatter(fields, { ...opts, stage }).join('\n') + '\n';
  for (const spec of SECTION_SPECS) {
    if (stageIndex(stage) < stageIndex(spec.requiredFrom)) continue;
    const fill = templateFill(parsePlan('new.plan.md', text), config, opts.asOf);
    text += sectionTemplate(spec.kind, { fill }) + '\n\n';
  }
  return text.replace(/\n+$/, '\n').replace(/\n/g, eol);
}
