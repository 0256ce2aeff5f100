/**
 * Contract §4: a plan tolerance looser than the configured one is a front-matter-schema warning,
 * and the configured one applies; a tighter or equal one is no finding.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';

const engine = createPlanEngine();

const plan = (tolerances: string): string =>
  [
    '---',
    'schema: transition-plan/1',
    'id: TP-2026-311',
    'title: Payroll platform move',
    'service: Payroll',
    'transition_type: change',
    'stage: initiation',
    'sponsor: S-01',
    'service_owner: S-01',
    'project_manager: S-01',
    'tolerances:',
    tolerances,
    '---',
    '# Payroll platform move',
    '',
  ].join('\n');

function tolerances(text: string, config = DEFAULT_CONFIG): string[] {
  return engine
    .lintDocument('x.plan.md', plan(text), { asOf: '2026-06-01', config })
    .findings.filter((f) => f.rule === 'front-matter-schema')
    .map((f) => `${f.range.start.line + 1} ${f.severity}: ${f.message.split('. ')[0]}`);
}

describe('front-matter-schema: a plan tolerance looser than the configuration', () => {
  it("warns on each key looser than the configuration's, on its value", () => {
    assert.deepEqual(tolerances('  cost_pct: 12.5\n  schedule_days: 15'), [
      "12 warning: tolerances.cost_pct is 12.5%, looser than the configuration's 10% (`tolerances` in .handoff.yaml, 10% when none is set)",
      "13 warning: tolerances.schedule_days is 15 days, looser than the configuration's 10 days (`tolerances` in .handoff.yaml, 10 days when none is set)",
    ]);
  });

  it('says nothing of a tolerance equal to or tighter than the configured one', () => {
    assert.deepEqual(tolerances('  cost_pct: 10\n  schedule_days: 3'), []);
  });

  it("measures against the workspace's configured tolerances, not the defaults", () => {
    const parsed = parseConfig('tolerances:\n  cost_pct: 20\n  schedule_days: 20\n', engine.rules);
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(tolerances('  cost_pct: 15\n  schedule_days: 14', parsed.config), []);
    const tight = parseConfig('tolerances:\n  cost_pct: 5\n  schedule_days: 5\n', engine.rules);
    assert.deepEqual(
      tolerances('  cost_pct: 10\n  schedule_days: 5', tight.config).map((f) => f.split(' (')[0]),
      ["12 warning: tolerances.cost_pct is 10%, looser than the configuration's 5%"],
    );
  });

  it('reports a tolerance written as text once, as the number it stands for, not as looser too', () => {
    const found = tolerances('  cost_pct: "±15%"\n  schedule_days: 10');
    assert.equal(found.length, 1, found.join('\n'));
    assert.ok(!found[0]!.includes('looser'), found[0]);
  });
});
