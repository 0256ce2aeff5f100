/**
 * The quick fix of a front-matter value written as the tables write it: a number written as text
 * gets the number it stands for, read as the tables read it, or no fix (it never drops a scale:
 * `480k` is not 480); a health written as the Status log writes it (`G`, 🟢) gets that health.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();

function plan(budget: string, tolerances: string, health = 'green', scheduleDays = '10', cadence?: string): string {
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
    `tolerances: { cost_pct: ${tolerances}, schedule_days: ${scheduleDays} }`,
    ...(cadence === undefined ? [] : [`reporting_cadence_days: ${cadence}`]),
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
  return lineOf(applyEdits(text, fix.edits), key);
}

/** The front matter line that holds `key` (`budget.approved`: the `budget:` line). */
function lineOf(text: string, key: string): string | undefined {
  return text.split('\n').find((l) => l.startsWith(key.split('.')[0]!));
}

/** Key, the plan's value for it as written, and the value the preferred fix writes (none: no preferred fix). */
type Key =
  | 'stage'
  | 'budget.approved'
  | 'tolerances.cost_pct'
  | 'tolerances.schedule_days'
  | 'reporting_cadence_days'
  | 'health';
const CASES: readonly [key: Key, written: string, fixedTo?: string][] = [
  ['budget.approved', '480k', '480000'],
  ['budget.approved', '"£480,000"', '480000'],
  ['budget.approved', '1.2m', '1200000'],
  ['budget.approved', '"480,000"', '480000'],
  // Thousands grouped with points, as much of Europe writes them: YAML would read 480.
  ['budget.approved', '480.000', '480000'],
  ['budget.approved', '1.250.000', '1250000'],
  // Another currency than budget.currency: which number is meant cannot be said.
  ['budget.approved', '"EUR 480,000"'],
  ['budget.approved', 'lots'],
  // A unit is dropped, never a scale.
  ['tolerances.cost_pct', '10%', '10'],
  ['tolerances.cost_pct', '10k'],
  ['tolerances.cost_pct', '"10 percent"', '10'],
  ['tolerances.cost_pct', '10 days'],
  // PRINCE2 writes a tolerance as a margin either way; one-sided or uneven ones get no fix.
  ['tolerances.cost_pct', '"±10%"', '10'],
  ['tolerances.cost_pct', '"+/- 10 %"', '10'],
  ['tolerances.cost_pct', '"+10% / -5%"'],
  ['tolerances.schedule_days', '"± 2 weeks"', '14'],
  ['tolerances.schedule_days', '"+/-10 days"', '10'],
  // Days in the unit written: a week is 7, and a unit whose days vary gets no fix.
  ['tolerances.schedule_days', '10 days', '10'],
  ['tolerances.schedule_days', '2 weeks', '14'],
  ['tolerances.schedule_days', '2w', '14'],
  ['tolerances.schedule_days', '1 month'],
  ['tolerances.schedule_days', '10 working days'],
  ['tolerances.schedule_days', '10%'],
  ['tolerances.schedule_days', 'fortnightly'],
  ['reporting_cadence_days', 'fortnightly', '14'],
  ['reporting_cadence_days', 'weekly', '7'],
  ['reporting_cadence_days', 'every 2 weeks', '14'],
  ['reporting_cadence_days', 'monthly'],
  ['reporting_cadence_days', 'biweekly'],
  // A stage as its section's heading names it.
  ['stage', 'Project Control', 'control'],
  ['stage', '3 - Control', 'control'],
  ['stage', 'Monitoring and control', 'control'],
  ['stage', 'Planning and Coordination', 'planning'],
  ['stage', 'Execution'],
  ['health', 'G', 'green'],
  ['health', 'Yellow', 'amber'],
  ['health', '"🔴"', 'red'],
  ['health', 'Green', 'green'],
  ['health', 'greenish'],
];

/** A plan with `written` as the value of `key`. */
function planFor(key: Key, written: string): string {
  switch (key) {
    case 'budget.approved':
      return plan(written, '10');
    case 'tolerances.cost_pct':
      return plan('1000', written);
    case 'tolerances.schedule_days':
      return plan('1000', '10', 'green', written);
    case 'reporting_cadence_days':
      return plan('1000', '10', 'green', '10', written);
    case 'health':
      return plan('1000', '10', written);
    case 'stage':
      return plan('1000', '10').replace('stage: initiation', `stage: ${written}`);
  }
}

describe('front-matter values written as the tables write them', () => {
  it('has cases', () => assert.ok(CASES.length > 0));

  it('reads a stage or a transition type written with capitals, while reporting it', () => {
    const example = readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const lint = (t: string) =>
      engine
        .lintDocument('x.plan.md', t, { config: DEFAULT_CONFIG, asOf: '2026-12-04', matchesGlob: true })
        .findings.map((f) => `${f.rule}: ${f.message}`);
    const capitalised = example
      .replace('stage: control', 'stage: Control')
      .replace('transition_type: change', 'transition_type: Change');
    assert.notEqual(capitalised, example);
    const before = lint(example);
    const after = lint(capitalised);
    // The capitals are reported, with the word as its fix; every other finding stays.
    assert.deepEqual(
      after.filter((f) => !before.includes(f)).map((f) => f.replace(/:.*/, '')),
      ['front-matter-schema', 'front-matter-schema'],
    );
    assert.deepEqual(
      before.filter((f) => !after.includes(f)),
      [],
    );
  });

  it('takes a currency written otherwise than as its code for that code, and reads no amount against it', () => {
    const withCurrency = (c: string) => plan('1000', '10').replace('currency: GBP', `currency: ${c}`);
    for (const [written, code, safe] of [
      ['"£"', 'GBP', true],
      ['Sterling', 'GBP', true],
      ['gbp', 'GBP', true],
      ['"€"', 'EUR', true],
      ['GPB', 'GBP', false],
      ['"$"', 'USD', false],
      // ¥ is the yen's and the renminbi's: offered, never applied unasked.
      ['"¥"', 'JPY', false],
      // Rs is India's rupee and five other countries': offered, never applied unasked.
      ['Rs', 'INR', false],
      ['Rand', 'ZAR', true],
      // A bank's code for sterling, and a code with a note.
      ['STG', 'GBP', true],
      ['UKP', 'GBP', true],
      ['RMB', 'CNY', true],
      ['GBP (Sterling)', 'GBP', true],
    ] as const) {
      const text = withCurrency(written);
      const finding = engine
        .lintDocument('n.plan.md', text, { config: DEFAULT_CONFIG, asOf: '2026-06-01', withFixes: true })
        .findings.find((f) => f.rule === 'front-matter-schema' && f.message.startsWith('budget.currency'));
      assert.ok(finding, written);
      assert.match(finding.message, new RegExp(`write the ISO 4217 code, ${code}`), written);
      const fix = finding.fixes?.[0];
      assert.equal(fix?.safe === true, safe, written);
      assert.equal(
        lineOf(applyEdits(text, fix!.edits), 'budget.currency'),
        lineOf(withCurrency(code), 'budget.currency'),
      );
      // Not a code: the tables' amounts are not judged against it.
      assert.equal(engine.parse('n.plan.md', text).meta.budget.currency, undefined, written);
    }
    // Three capitals no currency has: said, with no code to offer.
    const none = engine
      .lintDocument('n.plan.md', withCurrency('ABC'), { config: DEFAULT_CONFIG, asOf: '2026-06-01' })
      .findings.find((f) => f.message.startsWith('budget.currency'));
    assert.match(
      none?.message ?? '',
      /is "ABC", no ISO 4217 currency code: write the ISO 4217 code of the budget's currency/,
    );
    assert.equal(none?.fixes, undefined);
    // Any other text is no code either: said, and no amount is read against it (`kr` is four currencies').
    for (const [written, what] of [
      ['kr', /is "kr", which SEK, NOK, DKK and ISK write: write the ISO 4217 code of the budget's currency/],
      ['dollars', /which USD, AUD, CAD and others write/],
      ['xyz', /is "xyz", no ISO 4217 currency code/],
    ] as const) {
      const text = withCurrency(written);
      const finding = engine
        .lintDocument('n.plan.md', text, { config: DEFAULT_CONFIG, asOf: '2026-06-01', withFixes: true })
        .findings.find((f) => f.message.startsWith('budget.currency'));
      assert.match(finding?.message ?? '', what, written);
      assert.equal(finding?.fixes, undefined, written);
      assert.equal(engine.parse('n.plan.md', text).meta.budget.currency, undefined, written);
    }
    // A code Handoff does not list is still a code (SAR is no misspelt ZAR).
    for (const code of ['GBP', 'SAR', 'PLN']) {
      const text = withCurrency(code);
      const findings = engine.lintDocument('n.plan.md', text, { config: DEFAULT_CONFIG, asOf: '2026-06-01' }).findings;
      assert.ok(!findings.some((f) => f.message.startsWith('budget.currency')), code);
      assert.equal(engine.parse('n.plan.md', text).meta.budget.currency, code);
    }
  });

  it('takes a budget grouped with points for no number, not for the 480 YAML reads', () => {
    assert.equal(engine.parse('x.plan.md', planFor('budget.approved', '480.000')).meta.budget.approved, undefined);
    assert.equal(engine.parse('x.plan.md', planFor('budget.approved', '480.5')).meta.budget.approved, 480.5);
  });
  for (const [key, written, fixedTo] of CASES) {
    it(`${key} ${written} is fixed to ${fixedTo ?? 'nothing preferred'}`, () => {
      // As the fix should leave it: the line of the same plan written with the fixed value.
      assert.equal(fixed(planFor(key, written), key), fixedTo && lineOf(planFor(key, fixedTo), key));
    });
  }
});

describe('a front-matter date not written YYYY-MM-DD', () => {
  const withGoLive = (goLive: string) =>
    plan('1000', '10').replace(
      '---\n# Numbers',
      `dates: { start: 2026-01-05, go_live: ${goLive}, close: 2027-03-31 }\n---\n# Numbers`,
    );
  const message = (goLive: string) =>
    engine
      .lintDocument('n.plan.md', withGoLive(goLive), { config: DEFAULT_CONFIG, asOf: '2026-06-01' })
      .findings.find((f) => f.message.startsWith('dates.go_live'))?.message;

  it('says the ISO date it reads as, when it has one reading', () => {
    assert.equal(
      message('9 Dec 2026'),
      'dates.go_live is "9 Dec 2026", which is not a calendar date written YYYY-MM-DD: did you mean 2026-12-09?',
    );
    assert.match(message('2026-9-1') ?? '', /: did you mean 2026-09-01\?$/);
  });

  it('gives an example when it has none or two', () => {
    assert.match(message('03/04/2026') ?? '', /which is not a calendar date written YYYY-MM-DD \(e\.g\. [0-9-]+\)\.$/);
    assert.match(message('2026-02-30') ?? '', /\(e\.g\. [0-9-]+\)\.$/);
  });
});

describe('which front-matter fixes --fix applies', () => {
  /** The safe flag of the fix of the finding on `key`, for the plan with `line` in place of the health line. */
  const fixOf = (line: string, key: string) => {
    const text = plan('1000', '10').replace('health: green', line);
    const finding = engine
      .lintDocument('n.plan.md', text, { config: DEFAULT_CONFIG, asOf: '2026-06-01', withFixes: true })
      .findings.find((f) => f.rule === 'front-matter-schema' && f.message.includes(key));
    return finding?.fixes?.[0];
  };

  it('applies a value read, not guessed: another case, a health as the log writes it, a date written otherwise', () => {
    const cases: [string, string, string, boolean][] = [
      ['health: Amber', 'health', 'amber', true],
      ['health: G', 'health', 'green', true],
      ['health: amberr', 'health', 'amber', false],
      ['dates: { start: 2026-01-05, go_live: 14 Apr 2027, close: 2027-06-30 }', 'dates.go_live', '2027-04-14', true],
      ['dates: { start: 2026-01-05, go_live: 20/11/2026, close: 2027-06-30 }', 'dates.go_live', '2026-11-20', true],
      ['dates: { start: 2026-01-05, go_live: 2026/11/20, close: 2027-06-30 }', 'dates.go_live', '2026-11-20', true],
    ];
    for (const [line, key, to, safe] of cases) {
      const fix = fixOf(line, key);
      assert.equal(fix?.edits[0]?.newText, to, line);
      assert.equal(fix?.safe === true, safe, line);
    }
    const stage = plan('1000', '10').replace('stage: initiation', 'stage: Planning');
    const stageFix = engine
      .lintDocument('n.plan.md', stage, { config: DEFAULT_CONFIG, asOf: '2026-06-01', withFixes: true })
      .findings.find((f) => f.message.startsWith('"stage"'))?.fixes?.[0];
    assert.equal(stageFix?.edits[0]?.newText, 'planning');
    assert.equal(stageFix?.safe, true);
  });
});
