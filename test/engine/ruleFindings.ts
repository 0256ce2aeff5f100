/**
 * One rule's findings on a plan's text, linted with the default configuration as of a date: what
 * the practitioner audits' tests ask of the plans they build.
 */
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';

const engine = createPlanEngine();

export function ruleFindings(text: string, rule: string, asOf: string): Finding[] {
  return engine
    .lintDocument('p.plan.md', text, { asOf, config: DEFAULT_CONFIG })
    .findings.filter((f) => f.rule === rule);
}
