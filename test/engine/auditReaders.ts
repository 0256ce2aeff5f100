/**
 * What a practitioner audit's tests ask of the plans they build (auditPlan.ts): one rule's
 * findings as of the audit's date, the messages of the owners no one listed is, and which
 * stakeholder a reference names, as the plan's person index reads it.
 */
import { parsePlan } from '../../server/src/engine/parse/plan.js';
import type { Finding } from '../../server/src/engine/types.js';
import { ruleFindings } from './ruleFindings.js';

export function auditReaders(
  plan: (owners: readonly string[], listed?: readonly string[]) => string,
  asOf: string,
  listed: readonly string[],
) {
  const findings = (text: string, rule: string): Finding[] => ruleFindings(text, rule, asOf);
  return {
    findings,
    unresolved: (owners: readonly string[], others?: readonly string[]): string[] =>
      findings(plan(owners, others), 'unresolved-reference').map((f) => f.message),
    whoIs: (ref: string, others: readonly string[] = listed): string | undefined =>
      parsePlan('p.plan.md', plan([], others)).person(ref)?.value('id'),
  };
}
