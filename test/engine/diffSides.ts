/**
 * What the `diffPlans` tests share: the examples as the base, a plan's side as `handoff diff`
 * builds it (status, findings and, unless told not to, the text), and edits that fail loudly when
 * the example no longer holds the text they replace.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine, type HandoffConfig } from '../../server/src/engine/index.js';
import { diffPlans, type PlanChange, type PlanSide } from '../../server/src/engine/semanticDiff.js';
import { repoRoot } from '../helpers.js';

export const engine = createPlanEngine();
export const AS_OF = '2026-11-25';

/** An example plan's text. */
export const example = (name: string): string => fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
export const PAYROLL = example('payroll-cloud.plan.md');

/** A plan's side of a diff, linted as `uri` (the payroll example's name by default). */
export function side(text: string, opts: { uri?: string; withText?: boolean; config?: HandoffConfig } = {}): PlanSide {
  const { config } = opts;
  const result = engine.lintDocument(opts.uri ?? 'payroll-cloud.plan.md', text, { asOf: AS_OF, config });
  assert.ok(result.plan);
  const status = engine.status(result.plan, { asOf: AS_OF, config });
  return {
    status,
    findings: result.findings,
    ...((opts.withText ?? true) ? { text } : {}),
    ...(config ? { registerAliases: config.aliases.registers } : {}),
  };
}

export function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the example no longer contains ${from}`);
  return text.replace(from, to);
}

/** `text` with each `[from, to]` edit made in turn. */
export const edits = (text: string, ...pairs: readonly (readonly [string, string])[]): string =>
  pairs.reduce((t, [from, to]) => edit(t, from, to), text);

export const brief = (changes: readonly PlanChange[]): string[] =>
  changes.map((c) => `${c.kind} ${c.subject} ${c.impact}`);

export const diff = (before: string, after: string): PlanChange[] => diffPlans(side(before), side(after));
