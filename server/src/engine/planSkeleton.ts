/**
 * A new plan at a chosen stage that lints clean as written: at initiation the skeleton of
 * `planTemplate`; later, the front matter that stage requires (dates from the as-of date, the
 * budget in the given currency) followed by each stage section the stage requires, each filled
 * from the plan written so far — the same section templates the quick fixes and the completion
 * snippets insert.
 */
import { DEFAULT_CONFIG, type HandoffConfig } from './config.js';
import { templateFill } from './templateFill.js';
import { parsePlan } from './parse/index.js';
import { SECTION_SPECS } from './schema.js';
import { NEW_PLAN_STAGES, newPlanFrontMatter, planTemplate, sectionTemplate, type NewPlanFields } from './templates.js';

export { NEW_PLAN_STAGES };
import { addDays } from './isoDate.js';
import { stageIndex, type IsoDate, type Stage } from './types.js';

export interface SkeletonOptions {
  readonly asOf: IsoDate;
  readonly stage?: Stage;
  /** ISO 4217 code for the budget; default the configuration's `currency`. */
  readonly currency?: string;
  readonly config?: HandoffConfig;
  readonly eol?: string;
}

/** The front matter (and title) of a plan past initiation, as `planSkeleton` writes it. */
export function skeletonFrontMatter(fields: NewPlanFields, opts: SkeletonOptions): string[] {
  return [
    ...newPlanFrontMatter(fields, opts.stage ?? 'planning', [
      'health: green',
      `change_ref: ${JSON.stringify('RFC-0000')}`,
      'dates:',
      `  start: ${opts.asOf}`,
      `  go_live: ${addDays(opts.asOf, 90)}`,
      `  close: ${addDays(opts.asOf, 120)}`,
      'budget:',
      `  currency: ${opts.currency ?? (opts.config ?? DEFAULT_CONFIG).currency}`,
      '  approved: 100000',
      '  contingency: 10000',
    ]),
    '',
    `# ${fields.title}`,
    '',
  ];
}

export function planSkeleton(fields: NewPlanFields, opts: SkeletonOptions): string {
  const eol = opts.eol ?? '\n';
  const stage = opts.stage ?? 'initiation';
  if (stage === 'initiation') return planTemplate(fields, { eol });
  const config = opts.config ?? DEFAULT_CONFIG;
  let text = skeletonFrontMatter(fields, { ...opts, stage }).join('\n') + '\n';
  for (const spec of SECTION_SPECS) {
    if (stageIndex(stage) < stageIndex(spec.requiredFrom)) continue;
    const fill = templateFill(parsePlan('new.plan.md', text), config, opts.asOf);
    text += sectionTemplate(spec.kind, { fill }) + '\n\n';
  }
  return text.replace(/\n+$/, '\n').replace(/\n/g, eol);
}
