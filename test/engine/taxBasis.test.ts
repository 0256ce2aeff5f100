/**
 * A tax basis in an amount column's header, as finance writes it in English and other languages
 * (`Approved (£k ex VAT)`, `Approved ex VAT (£k)`, `(A$k inc GST)`, `(k€ IVA esclusa)`): the
 * column is read in its unit, and columns on different bases are reported. Before, only French
 * `HT` and `TTC` were read; `Approved (£k ex VAT)` was no Approved column at all, and the fix
 * renamed it `Approved`, dropping the unit, so its amounts read a thousand times smaller.
 */
import assert from 'node:assert/strict';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';

describe('a tax basis in an amount header', () => {
  const cases: readonly (readonly [string, string, number, string, 'net' | 'gross', string])[] = [
    ['Approved (£k ex VAT)', 'Approved', 1e3, 'GBP', 'net', 'ex VAT'],
    ['Approved (£k, excl. VAT)', 'Approved', 1e3, 'GBP', 'net', 'excl. VAT'],
    ['Approved ex VAT (£k)', 'Approved', 1e3, 'GBP', 'net', 'ex VAT'],
    ['Forecast (£000 inc VAT)', 'Forecast', 1e3, 'GBP', 'gross', 'inc VAT'],
    ['Actual (A$k inc GST)', 'Actual', 1e3, 'AUD', 'gross', 'inc GST'],
    ['Actual (S$ excluding GST)', 'Actual', 1, 'SGD', 'net', 'excluding GST'],
    ['Costo (k€ IVA esclusa)', 'Costo', 1e3, 'EUR', 'net', 'IVA esclusa'],
    ['Coste (€ sin IVA)', 'Coste', 1, 'EUR', 'net', 'sin IVA'],
    ['Kosten (T€ netto)', 'Kosten', 1e3, 'EUR', 'net', 'netto'],
    ['Kosten (T€ inkl. MwSt.)', 'Kosten', 1e3, 'EUR', 'gross', 'inkl. MwSt.'],
    ['Begroot (€ excl. btw)', 'Begroot', 1, 'EUR', 'net', 'excl. btw'],
    ['Approved (k€ HT)', 'Approved', 1e3, 'EUR', 'net', 'HT'],
    ['Actual (€ TTC)', 'Actual', 1, 'EUR', 'gross', 'TTC'],
  ];
  it('has cases', () => assert.ok(cases.length > 0));
  for (const [header, name, scale, currency, taxBasis, taxWritten] of cases) {
    it(`reads "${header}"`, () => {
      assert.deepEqual(amountUnitOf(header), { name, unit: { scale, currency, taxBasis, taxWritten } });
    });
  }

  it('reads no basis where there is no unit, nor inside a word', () => {
    assert.equal(amountUnitOf('Approved (ex VAT)'), undefined);
    assert.equal(amountUnitOf('Approved (HT)'), undefined);
    assert.deepEqual(amountUnitOf('Internet (£k)'), { name: 'Internet', unit: { scale: 1e3, currency: 'GBP' } });
    assert.deepEqual(amountUnitOf('Net (£k)'), { name: 'Net', unit: { scale: 1e3, currency: 'GBP' } });
  });
});
