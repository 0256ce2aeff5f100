/**
 * Silencing findings where they stand: disable comments and `## Waivers` rows. Two probe rules
 * report every line that carries a `FLAG <target>` marker, so each case controls exactly which
 * lines have findings; the last cases use the real rules on a realistic plan.
 */
import assert from 'node:assert/strict';
import { createPlanEngine, type Finding } from '../../server/src/engine/index.js';
import { RULES } from '../../server/src/engine/rules/index.js';
import { flagProbe } from './flagProbe.js';

const probes = createPlanEngine({ rules: [flagProbe('alpha'), flagProbe('beta')] });
const FRONT_MATTER = ['---', 'schema: transition-plan/1', 'id: TP-2026-001', '---', '', '# Probe plan', ''];

/** Lints a plan whose body is `body`; returns `rule@line` (1-based) for every finding left. */
function lintBody(body: readonly string[], asOf = '2026-06-01'): string[] {
  const text = [...FRONT_MATTER, ...body].join('\n') + '\n';
  return probes
    .lintDocument('probe.plan.md', text, { asOf })
    .findings.map((f: Finding) => `${f.rule}@${f.range.start.line + 1}`)
    .sort(byRuleAndLine);
}

/** `rule@line` labels in rule, then line order. */
function byRuleAndLine(a: string, b: string): number {
  const [ra, la] = a.split('@');
  const [rb, lb] = b.split('@');
  return ra!.localeCompare(rb!) || Number(la) - Number(lb);
}

/** 1-based line of body line `index` (0-based) in the linted text. */
const at = (index: number): number => FRONT_MATTER.length + index + 1;

describe('suppressions', () => {
  it('reports every flagged line when nothing is suppressed', () => {
    assert.deepEqual(lintBody(['FLAG X-01', '', 'FLAG X-02']), [
      `alpha@${at(0)}`,
      `alpha@${at(2)}`,
      `beta@${at(0)}`,
      `beta@${at(2)}`,
    ]);
  });

  describe('handoff-disable-next-line', () => {
    it('silences the named rule on the next line only', () => {
      const found = lintBody(['<!-- handoff-disable-next-line alpha -->', 'FLAG X-01', 'FLAG X-02']);
      assert.deepEqual(found, [`alpha@${at(2)}`, `beta@${at(1)}`, `beta@${at(2)}`]);
    });

    it('disable-line silences the named rule on its own line only, e.g. after a table row (1.1)', () => {
      const found = lintBody(['| X | FLAG X-01 | <!-- handoff-disable-line alpha -->', 'FLAG X-02']);
      assert.deepEqual(found, [`alpha@${at(1)}`, `beta@${at(0)}`, `beta@${at(1)}`]);
    });

    it('silences several rules named in one comment', () => {
      const found = lintBody(['<!-- handoff-disable-next-line alpha, beta -->', 'FLAG X-01', 'FLAG X-02']);
      assert.deepEqual(found, [`alpha@${at(2)}`, `beta@${at(2)}`]);
    });

    it('without a rule name silences every rule on the next line', () => {
      const found = lintBody(['<!-- handoff-disable-next-line -->', 'FLAG X-01', 'FLAG X-02']);
      assert.deepEqual(found, [`alpha@${at(2)}`, `beta@${at(2)}`]);
    });

    it('does not reach past a blank line', () => {
      const found = lintBody(['<!-- handoff-disable-next-line alpha -->', '', 'FLAG X-01']);
      assert.deepEqual(found, [`alpha@${at(2)}`, `beta@${at(2)}`]);
    });
  });

  describe('handoff-disable … handoff-enable', () => {
    it('silences the named rule between the comments, and only there', () => {
      const found = lintBody([
        'FLAG X-01',
        '<!-- handoff-disable alpha -->',
        'FLAG X-02',
        'FLAG X-03',
        '<!-- handoff-enable alpha -->',
        'FLAG X-04',
      ]);
      assert.deepEqual(found, [
        `alpha@${at(0)}`,
        `alpha@${at(5)}`,
        `beta@${at(0)}`,
        `beta@${at(2)}`,
        `beta@${at(3)}`,
        `beta@${at(5)}`,
      ]);
    });

    it('without a rule name silences every rule in the block', () => {
      const found = lintBody(['<!-- handoff-disable -->', 'FLAG X-01', '<!-- handoff-enable -->', 'FLAG X-02']);
      assert.deepEqual(found, [`alpha@${at(3)}`, `beta@${at(3)}`]);
    });

    it('runs to the end of the document when never re-enabled', () => {
      const found = lintBody(['FLAG X-01', '<!-- handoff-disable beta -->', '', 'FLAG X-02', '', 'FLAG X-03']);
      assert.deepEqual(found, [`alpha@${at(0)}`, `alpha@${at(3)}`, `alpha@${at(5)}`, `beta@${at(0)}`]);
    });

    it('re-enabling one rule leaves the others disabled', () => {
      const found = lintBody([
        '<!-- handoff-disable alpha beta -->',
        'FLAG X-01',
        '<!-- handoff-enable beta -->',
        'FLAG X-02',
      ]);
      assert.deepEqual(found, [`beta@${at(3)}`]);
    });
  });

  describe('waivers', () => {
    const waivers = (...rows: string[]): string[] => [
      'FLAG R-01',
      'FLAG R-02',
      '',
      '## Waivers',
      '',
      '| Rule | Target | Reason | Approved by | Expires |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ];

    it('a waiver with a row ID silences that target of that rule only (case-insensitively)', () => {
      const found = lintBody(waivers('| alpha | r-01 | Accepted by the sponsor | S-01 | 2026-12-31 |'));
      assert.deepEqual(found, [`alpha@${at(1)}`, `beta@${at(0)}`, `beta@${at(1)}`]);
    });

    it('a waiver with target * silences every finding of its rule', () => {
      const found = lintBody(waivers('| beta | * | Accepted by the sponsor | S-01 | 2026-12-31 |'));
      assert.deepEqual(found, [`alpha@${at(0)}`, `alpha@${at(1)}`]);
    });

    it('a waiver still holds on its expiry date', () => {
      const found = lintBody(waivers('| beta | * | Accepted by the sponsor | S-01 | 2026-06-01 |'), '2026-06-01');
      assert.deepEqual(found, [`alpha@${at(0)}`, `alpha@${at(1)}`]);
    });

    it('an expired waiver silences nothing', () => {
      const all = [`alpha@${at(0)}`, `alpha@${at(1)}`, `beta@${at(0)}`, `beta@${at(1)}`];
      assert.deepEqual(lintBody(waivers('| beta | * | Accepted by the sponsor | S-01 | 2026-05-31 |')), all);
      assert.deepEqual(lintBody(waivers('| beta | * | Accepted by the sponsor | S-01 | end of June |')), all);
    });

    it('a waiver without an approver silences nothing', () => {
      const all = [`alpha@${at(0)}`, `alpha@${at(1)}`, `beta@${at(0)}`, `beta@${at(1)}`];
      assert.deepEqual(lintBody(waivers('| beta | * | Accepted by the sponsor | | 2026-12-31 |')), all);
      assert.deepEqual(lintBody(waivers('| beta | * | Accepted by the sponsor | TBD | 2026-12-31 |')), all);
    });

    it('a waiver naming an unknown rule or no target silences nothing', () => {
      const all = [`alpha@${at(0)}`, `alpha@${at(1)}`, `beta@${at(0)}`, `beta@${at(1)}`];
      assert.deepEqual(lintBody(waivers('| gamma | * | Accepted by the sponsor | S-01 | 2026-12-31 |')), all);
      assert.deepEqual(lintBody(waivers('| beta | - | Accepted by the sponsor | S-01 | 2026-12-31 |')), all);
    });
  });

  describe('with the real rules', () => {
    const engine = createPlanEngine({ rules: RULES });
    const plan = (risksBlock: string[], beforeInitiation: string[] = [], waiverRows: string[] = []): string =>
      [
        '---',
        'schema: transition-plan/1',
        'id: TP-2026-101',
        'title: Expense claims to ClaimDesk',
        'service: Expense Claims',
        'transition_type: new',
        'stage: initiation',
        'sponsor: S-01',
        'service_owner: S-02',
        'project_manager: S-03',
        '---',
        '',
        '# Expense claims to ClaimDesk',
        '',
        ...beforeInitiation,
        '## Project Initiation',
        '',
        '### Stakeholders',
        '',
        '| ID | Name | Role |',
        '| --- | --- | --- |',
        '| S-01 | Helen Marsh | Sponsor |',
        '| S-02 | Daniel Osei | Service owner |',
        '| S-03 | Priya Raman | Project manager |',
        '',
        '### Risks',
        '',
        ...risksBlock,
        '',
        '### Assumptions and constraints',
        '',
        '| ID | Type | Statement | Owner |',
        '| --- | --- | --- | --- |',
        '| A-01 | Assumption | Claim history can be exported as CSV | S-02 |',
        ...(waiverRows.length
          ? [
              '',
              '## Waivers',
              '',
              '| Rule | Target | Reason | Approved by | Expires |',
              '| --- | --- | --- | --- | --- |',
              ...waiverRows,
            ]
          : []),
        '',
      ].join('\n');
    const risks = [
      '| ID | Risk | Likelihood | Impact | Score | Owner | Mitigation | Status |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| R-01 | Vendor misses the export deadline | 2 | 3 | 8 | S-03 | Weekly vendor check-in | Open |',
      '| R-02 | Approvers reject the new flow | 3 | 3 | 6 | S-02 | Walkthroughs with team leads | Open |',
    ];
    const rulesOf = (text: string, asOf = '2026-06-01'): string[] =>
      engine
        .lintDocument('expenses.plan.md', text, { asOf })
        .findings.map((f) => `${f.rule}@${f.range.start.line + 1}`)
        .sort(byRuleAndLine);

    it('reports what the comments and waivers below silence', () => {
      assert.deepEqual(rulesOf(plan(risks)), [
        'missing-register@15',
        'risk-score-mismatch@29',
        'risk-score-mismatch@30',
      ]);
    });

    it('a disable/enable pair around a table silences its rows', () => {
      const found = rulesOf(
        plan(['<!-- handoff-disable risk-score-mismatch -->', ...risks, '<!-- handoff-enable risk-score-mismatch -->']),
      );
      assert.deepEqual(found, ['missing-register@15']);
    });

    it('disable-next-line before a heading silences the finding on the heading', () => {
      const found = rulesOf(plan(risks, ['<!-- handoff-disable-next-line missing-register -->']));
      assert.deepEqual(found, ['risk-score-mismatch@30', 'risk-score-mismatch@31']);
    });

    it('waivers silence by row ID and register; expired ones are reported by waiver-invalid instead', () => {
      const found = rulesOf(
        plan(
          risks,
          [],
          [
            '| risk-score-mismatch | R-01 | Score agreed with the sponsor | S-01 | 2026-12-31 |',
            '| missing-register | resources | Resources agreed in the steering group | S-01 | 2026-12-31 |',
            '| risk-score-mismatch | R-02 | Score agreed with the sponsor | S-01 | 2026-05-01 |',
          ],
        ),
      );
      assert.deepEqual(found, ['risk-score-mismatch@30', 'waiver-invalid@44']);
    });
  });
});
