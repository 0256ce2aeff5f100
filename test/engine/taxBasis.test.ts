/**
 * A tax basis in an amount column's header, as finance writes it in English and other languages
 * (`Approved (£k ex VAT)`, `Approved ex VAT (£k)`, `(A$k inc GST)`, `(k€ IVA esclusa)`): the
 * column is read in its unit, and columns on different bases are reported. Before, only French
 * `HT` and `TTC` were read; `Approved (£k ex VAT)` was no Approved column at all, and the fix
 * renamed it `Approved`, dropping the unit, so its amounts read a thousand times smaller.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';

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

/**
 * A tax basis after a cell's amount, as UK, Australian and French plans write it (`£120k + VAT`,
 * `£120k (inc VAT)`, `120 k€ TTC`). Before, each such cell was an `unreadable-value` that gave no
 * reason; now it is read, and a column whose cells, or whose cells and header, say different
 * bases is reported, as two columns on different bases are.
 */
describe('a tax basis after an amount in a cell', () => {
  it('reads the amount and its basis', () => {
    const cases: readonly (readonly [string, number, 'net' | 'gross', string])[] = [
      ['£120,000 + VAT', 120_000, 'net', '+ VAT'],
      ['£120k+VAT', 120_000, 'net', '+VAT'],
      ['£120k plus VAT', 120_000, 'net', 'plus VAT'],
      ['£120k, ex VAT', 120_000, 'net', 'ex VAT'],
      ['£120k (inc VAT)', 120_000, 'gross', 'inc VAT'],
      ['£120k inc. VAT', 120_000, 'gross', 'inc. VAT'],
      ['A$45k + GST', 45_000, 'net', '+ GST'],
      ['120 k€ TTC', 120_000, 'gross', 'TTC'],
    ];
    assert.ok(cases.length > 0);
    for (const [text, value, taxBasis, taxWritten] of cases) {
      const r = readAmount(text);
      assert.ok(r.ok, text);
      assert.deepEqual([r.value.value, r.value.taxBasis, r.value.taxWritten], [value, taxBasis, taxWritten], text);
    }
    assert.equal(readAmount('+ VAT').ok, false);
    assert.equal(readAmount('£120k + V').ok, false);
    // A fix writes the cell again with its basis: `120.000 € HT` is 120000 HT, or 120 HT.
    const r = readAmount('120.000 € HT', 'EUR');
    assert.ok(!r.ok && r.pointThousands === '120000 HT');
  });

  const plan = readFileSync(
    'test/fixtures/rules/table-columns/fires-tax-basis-in-english-and-a-misspelt-noted-header.plan.md',
    'utf8',
  );
  const table = (rows: string): string =>
    plan.replace(
      /\| Line \| Approved ex VAT[^\n]*\n[^\n]*\n[^\n]*\n[^\n]*\n/,
      `| Line | Approved | Actual | Forecast | Owner |\n| --- | --- | --- | --- | --- |\n${rows}\n`,
    );
  const warnings = (text: string) =>
    createPlanEngine()
      .lintDocument('p.plan.md', text, { asOf: '2026-06-01', config: DEFAULT_CONFIG })
      .findings.filter(
        (f) => f.rule === 'table-columns' || f.rule === 'unreadable-value' || f.rule === 'budget-mismatch',
      )
      .map((f) => [f.range.start.line + 1, f.message]);

  it('reads a column whose cells say one basis, and says nothing', () => {
    const text = table(
      '| Vendor services | £60k + VAT | £35k + VAT | £62k + VAT | S-03 |\n| Internal staff | £40,000 | £18,000 | £41,000 | S-02 |',
    );
    assert.notEqual(text, plan);
    assert.deepEqual(warnings(text), []);
  });

  it('reports a column whose cells say the other basis than another column', () => {
    const text = table(
      '| Vendor services | £60k + VAT | £35k | £62k inc VAT | S-03 |\n| Internal staff | £40k + VAT | £18k | £49k inc VAT | S-02 |',
    );
    assert.deepEqual(warnings(text), [
      [
        87,
        '"Forecast" is with tax (inc VAT) in its amounts, but "Approved" is before tax (+ VAT) in its amounts: the budget checks compare them as written, so the tax reads as a variance. Write every amount column on one basis.',
      ],
    ]);
  });

  it('reports a cell that says the other basis than its column, once per column', () => {
    const text = table(
      '| Vendor services | £60k + VAT | £35k | £62k | S-03 |\n| Internal staff | £40k inc VAT | £18k | £41k | S-02 |\n| Licences | £1k inc VAT | £0 | £1k | S-02 |',
    );
    const found = warnings(text).sort((a, b) => Number(a[0]) - Number(b[0]));
    assert.equal(found.length, 2, JSON.stringify(found));
    assert.equal(found[0]![0], 20, "the lines no longer approve the front matter's budget");
    assert.deepEqual(found[1], [
      90,
      '"£40k inc VAT" is with tax (inc VAT), but "£60k + VAT" above it is before tax (+ VAT): the budget checks sum them as written, so the tax reads as a variance. Write the column\'s amounts on one basis.',
    ]);
    const headed = warnings(
      table(
        '| Vendor services | £60k | £35k | £62k | S-03 |\n| Internal staff | £40k inc VAT | £18k | £41k | S-02 |',
      ).replace('| Line | Approved |', '| Line | Approved (£ ex VAT) |'),
    );
    assert.deepEqual(headed, [
      [
        90,
        '"£40k inc VAT" is with tax (inc VAT), but its column "Approved (£ ex VAT)" is before tax (ex VAT): the budget checks sum them as written, so the tax reads as a variance. Write the column\'s amounts on one basis.',
      ],
    ]);
  });
});
