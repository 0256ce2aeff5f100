/**
 * What a practitioner audit's tests ask of the plans they build (auditPlan.ts): one rule's
 * findings as of the audit's date, the messages of the owners no one listed is, and which
 * stakeholder a reference names, as the plan's person index reads it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parsePlan } from '../../server/src/engine/parse/plan.js';
import { planStatus } from '../../server/src/engine/status.js';
import type { Finding, IsoDate } from '../../server/src/engine/types.js';
import { fixturePath } from '../helpers.js';
import { ruleFindings } from './ruleFindings.js';

/** A practitioner fixture linted as of `asOf`: its findings and plan, and its status as the tree and the report read it. */
export function lintedFixture(name: string, asOf: IsoDate) {
  const text = fs.readFileSync(path.join(fixturePath('practitioner'), name), 'utf8');
  const result = createPlanEngine().lintDocument(name, text, { asOf, config: DEFAULT_CONFIG });
  assert.ok(result.plan, name);
  return { result, status: planStatus(result.plan, { config: DEFAULT_CONFIG, asOf }) };
}

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
