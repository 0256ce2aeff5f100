/**
 * A waiver whose Target names a register covers the findings about the register as a whole:
 * waiver-invalid reports one whose rule has findings on the register's rows, which it does not
 * silence, and stays silent for the register-level findings it does silence.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine, type Finding } from '../../server/src/engine/index.js';
import { RULES } from '../../server/src/engine/rules/index.js';
import { riskReviewOverdue } from '../../server/src/engine/rules/riskReviewOverdue.js';
import { waiverInvalid } from '../../server/src/engine/rules/waiverInvalid.js';
import { readFixture } from '../helpers.js';

const engine = createPlanEngine();

/** A control-stage plan whose R-02 review is overdue on 2026-06-01 (its only such finding). */
const PLAN = readFixture('rules', 'risk-review-overdue', 'fires-review-passed.plan.md').replace(
  /<!-- expect[\s\S]*$/,
  '',
);
/** The fixture with three overdue reviews, a Risks waiver and one for R-03. */
const THREE = readFixture('rules', 'waiver-invalid', 'fires-register-target-for-row-findings.plan.md');

function withWaivers(text: string, rows: readonly string[]): string {
  return [
    text.trimEnd(),
    '',
    '## Waivers',
    '',
    '| Rule | Target | Reason | Approved by | Expires |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function lint(text: string, asOf = '2026-06-01', e = engine, config = DEFAULT_CONFIG): readonly Finding[] {
  return e.lintDocument('expenses.plan.md', text, { asOf, config, matchesGlob: true }).findings;
}

const of = (findings: readonly Finding[], rule: string): Finding[] => findings.filter((f) => f.rule === rule);
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

describe('waiver-invalid: a register in Target for a rule that reports rows', () => {
  it('reports the waiver on its Target cell, naming the rows it leaves, and the findings stay', () => {
    const findings = lint(THREE);
    const [invalid, ...more] = of(findings, 'waiver-invalid');
    assert.equal(more.length, 0);
    assert.equal(
      invalid!.message,
      "The waiver on line 137 names the Risks register, but risk-review-overdue reports each row of it, not the register, so it silences none of its 3 findings (R-01, R-02, R-03): name a row's ID in Target, one waiver per row, or * for every finding of the rule in this plan.",
    );
    const line = lineOf(THREE, '| risk-review-overdue | Risks |');
    const start = THREE.split('\n')[line]!.indexOf('Risks');
    assert.deepEqual(invalid!.range, { start: { line, character: start }, end: { line, character: start + 5 } });
    assert.equal(invalid!.severity, 'warning');
    // Which findings to accept is the reviewer's choice: offered, never preferred nor safe.
    assert.deepEqual(
      invalid!.fixes?.map((f) => [f.title, !!f.isPreferred, !!f.safe]),
      [['Replace with "*" (every finding of the rule in this plan)', false, false]],
    );
    // R-03's own waiver still silences it; R-01 and R-02 are still reported.
    assert.deepEqual(
      of(findings, 'risk-review-overdue').map((f) => f.target),
      ['R-01', 'R-02'],
    );
  });

  it('names a few rows and counts the rest', () => {
    const text = withWaivers(PLAN, ['| risk-review-overdue | Risks | Reviews moved | S-01 | 2026-12-31 |']).replace(
      /(\| R-0[12] .*\| )2026-06-15 \|/,
      '$12026-05-10 |',
    );
    const extra = [3, 4, 5, 6].map(
      (n) => `| R-0${n} | Risk ${n} | 1 | 1 | 1 | S-02 | Accept | Watch it | None | Open | 2026-05-0${n} |`,
    );
    const many = text.replace(/(\| R-02 .*\n)/, `$1${extra.join('\n')}\n`);
    const [invalid] = of(lint(many), 'waiver-invalid');
    assert.match(invalid!.message, /it silences none of its 6 findings \(R-01, R-02, R-03 and 3 more\)/);
  });

  it('with one row concerned, says so and offers its ID as well as *', () => {
    const text = withWaivers(PLAN, ['| risk-review-overdue | risks register | Reviews moved | S-01 | 2026-12-31 |']);
    const [invalid] = of(lint(text), 'waiver-invalid');
    assert.match(
      invalid!.message,
      /names the Risks register, .* so it does not silence its finding \(R-02\): name a row/,
    );
    assert.deepEqual(
      invalid!.fixes?.map((f) => [f.title, !!f.isPreferred]),
      [
        ['Replace with "R-02"', false],
        ['Replace with "*" (every finding of the rule in this plan)', false],
      ],
    );
    for (const fix of invalid!.fixes!) {
      const after = lint(applyEdits(text, fix.edits));
      assert.deepEqual(
        after.filter((f) => f.rule === 'waiver-invalid' || f.rule === 'risk-review-overdue'),
        [],
        fix.title,
      );
    }
  });

  it('does not depend on the order the rules run in', () => {
    const rules = [waiverInvalid, ...RULES.filter((r) => r !== waiverInvalid)];
    assert.ok(rules.indexOf(waiverInvalid) < rules.indexOf(riskReviewOverdue));
    const reordered = lint(THREE, '2026-06-01', createPlanEngine({ rules }));
    assert.deepEqual(
      reordered.map((f) => `${f.rule}|${f.message}`).sort(),
      lint(THREE)
        .map((f) => `${f.rule}|${f.message}`)
        .sort(),
    );
  });

  it('stays silent when the rule has no findings on the rows (fixed), or does not run', () => {
    const waived = withWaivers(PLAN, ['| risk-review-overdue | Risks | Reviews moved | S-01 | 2026-12-31 |']);
    assert.deepEqual(of(lint(waived.replace('2026-05-20 |', '2026-06-20 |')), 'waiver-invalid'), []);
    // Before the control stage the rule does not run; off in configuration, neither.
    assert.deepEqual(of(lint(waived.replace('stage: control', 'stage: planning')), 'waiver-invalid'), []);
    const off = { ...DEFAULT_CONFIG, rules: { 'risk-review-overdue': { severity: 'off' as const, options: {} } } };
    assert.deepEqual(of(lint(waived, '2026-06-01', engine, off), 'waiver-invalid'), []);
    // A rule with no finding at all in the register (every risk has an owner).
    const owners = withWaivers(PLAN, ['| risk-without-owner | Risks | Owners named later | S-01 | 2026-12-31 |']);
    assert.deepEqual(of(lint(owners), 'waiver-invalid'), []);
  });

  it('leaves register-level waivers working: status-stale on Status log, a missing register', () => {
    const asOf = '2026-07-01';
    assert.equal(of(lint(PLAN, asOf), 'status-stale').length, 1, 'the plan is stale on that date');
    assert.ok(of(lint(PLAN, asOf), 'missing-register').some((f) => f.target === 'goLiveReadiness'));
    const text = withWaivers(PLAN, [
      '| status-stale | Status log | Board agreed monthly reporting | S-01 | 2026-12-31 |',
      '| missing-register | Go-live readiness | Readiness tracked in the CAB record | S-01 | 2026-12-31 |',
    ]);
    const findings = lint(text, asOf);
    assert.deepEqual(of(findings, 'status-stale'), []);
    assert.ok(!of(findings, 'missing-register').some((f) => f.target === 'goLiveReadiness'));
    assert.deepEqual(of(findings, 'waiver-invalid'), []);
  });

  it('leaves row-ID, * and front-matter-key waivers as they were', () => {
    const text = withWaivers(PLAN, [
      '| risk-review-overdue | R-02 | Reviewed with the vendor | S-01 | 2026-12-31 |',
      '| milestone-overdue | * | Forecasts updated weekly | S-01 | 2026-12-31 |',
      '| health-mismatch | health | Board rates the pilot separately | S-01 | 2026-12-31 |',
    ]);
    const findings = lint(text);
    assert.deepEqual(of(findings, 'risk-review-overdue'), []);
    assert.deepEqual(of(findings, 'waiver-invalid'), []);
  });
});
