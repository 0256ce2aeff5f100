/**
 * The quick fix of a front-matter value written as the tables write it: a number written as text
 * gets the number it stands for, read as the tables read it, or no fix (it never drops a scale:
 * `480k` is not 480); a health written as the Status log writes it (`G`, 🟢) gets that health.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';

const engine = createPlanEngine();

function plan(budget: string, tolerances: string, health = 'green'): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: TP-2026-777',
    'title: Numbers',
    'service: Numbers',
    'transition_type: new',
    'stage: initiation',
    `health: ${health}`,
    'sponsor: S-01',
    'service_owner: S-01',
    'project_manager: S-01',
    `budget: { currency: GBP, approved: ${budget}, contingency: 0 }`,
    `tolerances: { cost_pct: ${tolerances}, schedule_days: 10 }`,
    '---',
    '# Numbers',
    '',
  ].join('\n');
}

/** The front matter line after the preferred fix of the finding on `key`, or undefined without one. */
function fixed(text: string, key: string): string | undefined {
  const finding = engine
    .lintDocument('n.plan.md', text, { config: DEFAULT_CONFIG, asOf: '2026-06-01', withFixes: true })
    .findings.find((f) => f.rule === 'front-matter-schema' && f.message.includes(key));
  assert.ok(finding, `a finding on ${key}`);
  const fix = finding.fixes?.find((f) => f.isPreferred);
  if (!fix) return undefined;
  return applyEdits(text, fix.edits)
    .split('\n')
    .find((l) => l.startsWith(key.split('.')[0]!));
}

describe('front-matter numbers written as text', () => {
  const CASES: readonly [string, string | undefined][] = [
    ['480k', '480000'],
    ['"£480,000"', '480000'],
    ['1.2m', '1200000'],
    ['"480,000"', '480000'],
    // Another currency than budget.currency: which number is meant cannot be said.
    ['"EUR 480,000"', undefined],
    ['lots', undefined],
  ];
  it('has cases', () => assert.ok(CASES.length > 0));
  for (const [written, number] of CASES) {
    it(`budget.approved ${written} is fixed to ${number ?? 'nothing'}`, () => {
      const line = fixed(plan(written, '10'), 'budget.approved');
      if (number === undefined) assert.equal(line, undefined);
      else assert.equal(line, `budget: { currency: GBP, approved: ${number}, contingency: 0 }`);
    });
  }

  it('drops a unit but never a scale', () => {
    assert.equal(fixed(plan('1000', '10%'), 'tolerances.cost_pct'), 'tolerances: { cost_pct: 10, schedule_days: 10 }');
    assert.equal(fixed(plan('1000', '10k'), 'tolerances.cost_pct'), undefined);
  });
});

describe('front-matter health written as the Status log writes it', () => {
  const CASES: readonly [string, string | undefined][] = [
    ['G', 'green'],
    ['Yellow', 'amber'],
    ['"🔴"', 'red'],
    ['Green', 'green'],
    ['greenish', undefined],
  ];
  it('has cases', () => assert.ok(CASES.length > 0));
  for (const [written, health] of CASES) {
    it(`health ${written} is fixed to ${health ?? 'nothing preferred'}`, () => {
      assert.equal(fixed(plan('1000', '10', written), 'health'), health && `health: ${health}`);
    });
  }
});
