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

/** Key, the plan's value for it as written, and the value the preferred fix writes (none: no preferred fix). */
const CASES: readonly [key: 'budget.approved' | 'tolerances.cost_pct' | 'health', written: string, fixedTo?: string][] =
  [
    ['budget.approved', '480k', '480000'],
    ['budget.approved', '"£480,000"', '480000'],
    ['budget.approved', '1.2m', '1200000'],
    ['budget.approved', '"480,000"', '480000'],
    // Another currency than budget.currency: which number is meant cannot be said.
    ['budget.approved', '"EUR 480,000"'],
    ['budget.approved', 'lots'],
    // A unit is dropped, never a scale.
    ['tolerances.cost_pct', '10%', '10'],
    ['tolerances.cost_pct', '10k'],
    ['health', 'G', 'green'],
    ['health', 'Yellow', 'amber'],
    ['health', '"🔴"', 'red'],
    ['health', 'Green', 'green'],
    ['health', 'greenish'],
  ];

/** The front matter line of `key` as the case's fix should leave it. */
function expectedLine(key: string, value: string): string {
  if (key === 'budget.approved') return `budget: { currency: GBP, approved: ${value}, contingency: 0 }`;
  if (key === 'tolerances.cost_pct') return `tolerances: { cost_pct: ${value}, schedule_days: 10 }`;
  return `health: ${value}`;
}

describe('front-matter values written as the tables write them', () => {
  it('has cases', () => assert.ok(CASES.length > 0));
  for (const [key, written, fixedTo] of CASES) {
    it(`${key} ${written} is fixed to ${fixedTo ?? 'nothing preferred'}`, () => {
      const text =
        key === 'budget.approved'
          ? plan(written, '10')
          : key === 'tolerances.cost_pct'
            ? plan('1000', written)
            : plan('1000', '10', written);
      assert.equal(fixed(text, key), fixedTo && expectedLine(key, fixedTo));
    });
  }
});
