/**
 * Values and names as a US PMO writes them in a transition plan (practitioner fixture
 * us-datacenter-move-control): a RAG rated with the letters G / Y / R, a million written `MM` as
 * US finance writes it (`$1.2MM`, a column in `($MM)`), and the register headed `Milestone
 * Schedule`, PMBOK's name for it. Before, each was not read: `Y` and `$1.2MM` were
 * unreadable-value errors (the health and cost checks skipped them), and the milestones were
 * reported missing, with every check on them silent.
 */
import assert from 'node:assert/strict';
import { amountUnitOf, readAmount, readHealth } from '../../server/src/engine/values.js';
import { AS_OF, edits, engine, PAYROLL } from './diffSides.js';

const lint = (text: string) => engine.lintDocument('payroll-cloud.plan.md', text, { asOf: AS_OF }).findings;
const rules = (text: string) => lint(text).map((f) => `${f.rule}: ${f.message}`);

describe('a US PMO’s plan', () => {
  it('reads a RAG of Y as Yellow, which is Amber', () => {
    for (const text of ['Y', 'y', '🟡 Y', 'Y (DR seed behind)']) {
      const r = readHealth(text);
      assert.ok(r.ok && r.value === 'amber', text);
    }
    // G/Y is two ratings, as G/A is: said so, with the worse first.
    const two = readHealth('G/Y');
    assert.ok(!two.ok && two.choices?.[0] === 'Amber', JSON.stringify(two));
    const text = edits(PAYROLL, ['health: green', 'health: amber'], ['| 2026-11-20 | Green |', '| 2026-11-20 | Y |']);
    const found = rules(text);
    assert.deepEqual(
      found.filter((f) => /^(unreadable-value|health-mismatch)/.test(f)),
      [],
    );
  });

  it('reads a million written MM: $1.2MM, and a column in ($MM)', () => {
    for (const [text, value] of [
      ['$1.2MM', 1_200_000],
      ['$0.45mm', 450_000],
      ['USD 2.4MM', 2_400_000],
      ['1.2MM USD', 1_200_000],
    ] as const) {
      const r = readAmount(text, 'USD');
      assert.ok(r.ok && r.value.value === value && r.value.currency === 'USD', `${text}: ${JSON.stringify(r)}`);
    }
    // An overrun written in MM is seen (GBP here: the example's currency).
    const text = edits(PAYROLL, [
      '| Vendor implementation services | 180000 | 132000 | 178000 |',
      '| Vendor implementation services | 180000 | 132000 | £0.4MM |',
    ]);
    assert.ok(
      rules(text).some((f) => f.startsWith('cost-overrun:')),
      rules(text).join('\n'),
    );
    const header = edits(
      PAYROLL,
      ['| Line | Approved | Actual | Forecast | Owner |', '| Line | Approved (£MM) | Actual | Forecast | Owner |'],
      ['| Vendor implementation services | 180000 |', '| Vendor implementation services | 0.18 |'],
      ['| Subscription, year 1 | 96000 |', '| Subscription, year 1 | 0.096 |'],
      ['| Internal staff and backfill | 84000 |', '| Internal staff and backfill | 0.084 |'],
      ['| Integrations (HR, GL, bank) | 60000 |', '| Integrations (HR, GL, bank) | 0.06 |'],
      ['| Data migration and parallel runs | 40000 |', '| Data migration and parallel runs | 0.04 |'],
      ['| Training and communications | 20000 |', '| Training and communications | 0.02 |'],
    );
    assert.deepEqual(
      rules(header).filter((f) => /^(unreadable-value|budget-mismatch|table-columns)/.test(f)),
      [],
    );
  });

  it('reads a billion written B, and asks about a negative amount in brackets after its currency', () => {
    for (const [text, value] of [
      ['$1.2B', 1_200_000_000],
      ['$1.2 b', 1_200_000_000],
      ['USD 0.5B', 500_000_000],
    ] as const) {
      const r = readAmount(text, 'USD');
      assert.ok(r.ok && r.value.value === value, `${text}: ${JSON.stringify(r)}`);
    }
    // `(B)` in a header may name a column (`Actual (B)` beside `Approved (A)`): no unit.
    assert.equal(amountUnitOf('Actual (B)'), undefined);
    for (const [text, choice] of [
      ['$(5,000)', '-$5,000'],
      ['$ (5,000)', '-$5,000'],
      ['USD (12,500)', '-USD12,500'],
    ] as const) {
      const r = readAmount(text, 'USD');
      assert.ok(!r.ok && /negative amount in brackets/.test(r.problem ?? ''), text);
      assert.deepEqual(r.choices, [choice], text);
      const fixed = readAmount(choice, 'USD');
      assert.ok(fixed.ok && fixed.value.value < 0, choice);
    }
  });

  it('reads a "Milestone Schedule" heading as the Milestones register', () => {
    const text = edits(PAYROLL, ['### Milestones\n', '### Milestone Schedule\n']);
    const found = rules(text);
    assert.deepEqual(
      found.filter((f) => /^(missing-milestones|missing-register)/.test(f)),
      [],
    );
    // Its rows are checked: a milestone slipped beyond tolerance is still reported.
    const slipped = edits(text, [
      '| 2026-12-04 | 2026-12-04 | - | M-04 | On track |',
      '| 2026-12-04 | 2027-01-08 | - | M-04 | At risk |',
    ]);
    assert.ok(
      rules(slipped).some((f) => f.startsWith('schedule-slip: Milestone M-05')),
      rules(slipped).join('\n'),
    );
  });
});
