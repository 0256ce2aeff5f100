/**
 * What a practitioner writes around an amount: an estimate said after it in brackets (`£62k
 * (est.)`, `£62k (TBC)`), a footnote's mark (`£62k*`). Before, each was an `unreadable-value`
 * that gave no reason, and the cost checks skipped the line; the same said before the amount
 * (`~£62k`, `est. £62k`) was read already.
 */
import assert from 'node:assert/strict';
import { readAmount } from '../../server/src/engine/values/amounts.js';

describe('an amount with an estimate or a footnote after it', () => {
  it('reads the amount', () => {
    const cases: readonly (readonly [string, number])[] = [
      ['£62k (est.)', 62_000],
      ['£62k (estimated)', 62_000],
      ['£62k (approx.)', 62_000],
      ['£62k (Indicative)', 62_000],
      ['£62k (provisional)', 62_000],
      ['£62k (TBC)', 62_000],
      ['£62k (to be confirmed)', 62_000],
      ['£62k*', 62_000],
      ['£62k **', 62_000],
      ['£62k †', 62_000],
      ['~£62k (est.)', 62_000],
      ['£62k + VAT (est.)', 62_000],
    ];
    assert.ok(cases.length > 0);
    for (const [text, value] of cases) {
      const r = readAmount(text, 'GBP');
      assert.ok(r.ok && r.value.value === value, `${text}: ${JSON.stringify(r)}`);
    }
  });

  it('reads no other note, and no note alone', () => {
    for (const text of ['£62k (was £58k)', '£62k (k)', '(est.)', '*', '£62k (estimate of Q3)']) {
      assert.equal(readAmount(text, 'GBP').ok, false, text);
    }
    // Brackets around what is no amount say nothing of a negative amount.
    const r = readAmount('(est.)', 'GBP');
    assert.ok(!r.ok && r.problem === undefined && r.choices === undefined);
  });
});
