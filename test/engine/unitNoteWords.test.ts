/**
 * A unit note with its scale and currency in words, as French, Spanish, Italian, Portuguese and
 * English finance write a cost column's header (`Approved (en milliers d'euros)`). Before, such a
 * header was no Approved column, and the fix renamed it `Approved`, reading its amounts a thousand
 * times smaller.
 */
import assert from 'node:assert/strict';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';

describe('a unit note in words', () => {
  const cases: readonly (readonly [string, number, string])[] = [
    ['Approved (in thousands of euros)', 1e3, 'EUR'],
    ['Approved (millions of euros)', 1e6, 'EUR'],
    ["Approved (en milliers d'euros)", 1e3, 'EUR'],
    ['Approved (en millions d’euros)', 1e6, 'EUR'],
    ['Approved (in migliaia di euro)', 1e3, 'EUR'],
    ['Approved (en miles de euros)', 1e3, 'EUR'],
    ['Approved (em milhares de reais)', 1e3, 'BRL'],
  ];
  it('has cases', () => assert.ok(cases.length > 0));
  for (const [header, scale, currency] of cases) {
    it(`reads "${header}"`, () => {
      assert.deepEqual(amountUnitOf(header), { name: 'Approved', unit: { scale, currency } });
    });
  }

  it('reads the scales in a cell too, and no note of only a connecting word', () => {
    assert.deepEqual(readAmount('1,2 millones €', 'EUR'), {
      ok: true,
      value: { value: 1_200_000, currency: 'EUR' },
      canonical: 'EUR 1200000',
    });
    assert.equal(amountUnitOf('Approved (de)'), undefined);
    assert.equal(amountUnitOf('Approved (of)'), undefined);
  });
});
