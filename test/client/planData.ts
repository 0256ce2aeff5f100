/**
 * Real `PlanResult`s for the renderer tests, computed by the engine from the example plans (or
 * from a plan text a test edits), so the tests see the shapes the server sends.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { planOverview } from '../../server/src/engine/overview.js';
import type { FindingView, PlanResult, PortfolioResult } from '../../server/src/protocol.js';
import { repoRoot } from '../helpers.js';

export const AS_OF = '2026-11-25';
const engine = createPlanEngine();
const config = parseConfig(
  fs.readFileSync(path.join(repoRoot, 'examples', '.handoff.yaml'), 'utf8'),
  engine.rules,
).config;

export function exampleText(name: string): string {
  return fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
}

export function planResult(uri: string, text: string): PlanResult {
  const result = engine.lintDocument(uri, text, { config, asOf: AS_OF, matchesGlob: true });
  if (!result.plan) throw new Error(`${uri} is not a plan`);
  const findings: FindingView[] = result.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line,
    character: f.range.start.character,
    endLine: f.range.end.line,
    endCharacter: f.range.end.character,
  }));
  return {
    uri,
    version: 1,
    status: engine.status(result.plan, { config, asOf: AS_OF }),
    findings,
    counts: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
    },
  };
}

export function examplePlan(name: string): PlanResult {
  return planResult(`file:///work/examples/${name}`, exampleText(name));
}

export const EXAMPLES = [
  'payroll-cloud.plan.md',
  'crm-initiation.plan.md',
  'service-desk-planning.plan.md',
  'legacy-fax-retire.plan.md',
];

export function examplePortfolio(): PortfolioResult {
  return {
    asOf: AS_OF,
    plans: EXAMPLES.map((name) => {
      const r = examplePlan(name);
      return { uri: r.uri, overview: planOverview(r.status), counts: r.counts };
    }),
  };
}
