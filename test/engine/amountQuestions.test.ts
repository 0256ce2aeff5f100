/**
 * Amounts that read two ways are asked about with both readings as fixes: a separator before a
 * scale continental Europe writes (`€ 1,250 mln`, `1.150 TEUR`), and a cell that writes its own
 * currency and a whole amount under a column in thousands (`EUR 141,500` under `Cost (TEUR)`),
 * which was read as 141.5 million.
 */
import assert from 'node:assert/strict';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';

const unitOf = (header: string) => {
  const unit = amountUnitOf(header)?.unit;
  assert.ok(unit, header);
  return unit;
};

function asked(text: string, currency: string | undefined, header?: string) {
  const r = readAmount(text, currency, header === undefined ? undefined : unitOf(header));
  assert.equal(r.ok, false, `${text} was read`);
  return r.ok ? { problem: '', choices: [] } : { problem: r.problem ?? '', choices: r.choices ?? [] };
}

const value = (text: string, currency: string | undefined, header?: string) => {
  const r = readAmount(text, currency, header === undefined ? undefined : unitOf(header));
  return r.ok ? r.value.value : undefined;
};

describe('amounts that read two ways', () => {
  it('offers both readings of a separator before a continental scale, in the column’s unit', () => {
    assert.deepEqual(asked('€ 1,250 mln', 'EUR'), {
      problem: 'The comma could be a decimal comma or a thousands separator.',
      choices: ['1250000', '1250000000'],
    });
    assert.deepEqual(asked('-€ 1,250 mln', 'EUR').choices, ['-1250000', '-1250000000']);
    assert.deepEqual(asked('1.150 TEUR', 'EUR').choices, ['1150', '1150000']);
    // Under a column in thousands, the readings are in thousands.
    assert.deepEqual(asked('0,049 Mio. €', 'EUR', 'Forecast (TEUR)').choices, ['49', '49000']);
    // With no budget currency, the cell's own currency is kept.
    assert.deepEqual(asked('€ 1,250 mln', undefined).choices, ['EUR 1250000', 'EUR 1250000000']);
    // In another currency than the budget's, no reading is offered.
    assert.deepEqual(asked('R$ 1,250 mi', 'EUR').choices, []);
    // Each reading is read back as the value it names.
    assert.equal(value('1250000', 'EUR'), 1_250_000);
    assert.equal(value('49', 'EUR', 'Forecast (TEUR)'), 49_000);
  });

  it('asks about a whole amount with its own currency under a column in thousands', () => {
    for (const text of ['EUR 141,500', '€141,500', '141500 EUR']) {
      assert.deepEqual(
        asked(text, 'EUR', 'Actual (TEUR)'),
        {
          problem:
            'Its column is in thousands, and the cell writes its own currency: it may be the amount in full or in thousands.',
          choices: ['141.5', '141500'],
        },
        text,
      );
    }
    assert.match(asked('$1,500', 'USD', 'Cost ($m)').problem, /in millions/);
    assert.deepEqual(asked('-EUR 141,500', 'EUR', 'Actual (TEUR)').choices, ['-141.5', '-141500']);
    // A reading a fix would write as `1.234` (a point before three digits) is not offered.
    assert.deepEqual(asked('EUR 1,234', 'EUR', 'Actual (TEUR)').choices, ['1234']);
    // Without a budget currency, the full reading keeps the cell's currency.
    assert.deepEqual(asked('EUR 141,500', undefined, 'Actual (TEUR)').choices, ['EUR 141.5', '141500']);
    // Under a scale but less than a thousand, or with its own scale, it reads as before.
    assert.equal(value('€ 120', 'EUR', 'Actual (TEUR)'), 120_000);
    assert.equal(value('EUR 1.2m', 'EUR', 'Actual (TEUR)'), 1_200_000);
    assert.equal(value('141,500', 'EUR', 'Actual (TEUR)'), 141_500_000);
    assert.equal(value('EUR 141,500', 'EUR'), 141_500);
    // Another currency is reported as such.
    assert.match(asked('USD 141,500', 'EUR', 'Actual (TEUR)').problem, /It is in USD/);
  });
});

describe('the fixes for an amount that reads two ways', () => {
  it('say which reading each writes', () => {
    const notes = (text: string, header?: string) => {
      const r = readAmount(text, 'EUR', header === undefined ? undefined : unitOf(header));
      return r.ok ? [] : r.choiceNotes;
    };
    assert.deepEqual(notes('€ 1,250 mln'), ['the comma a decimal comma', 'the comma a thousands separator']);
    assert.deepEqual(notes('1.150 TEUR'), ['the point a decimal point', 'the point a thousands separator']);
    assert.deepEqual(notes('EUR 141,500', 'Actual (TEUR)'), ['the amount in full', 'in thousands']);
    assert.deepEqual(notes('EUR 1,234', 'Actual (TEUR)'), ['in thousands']);
  });
});

describe('the euro by its name', () => {
  it('reads `Euro 250.000,00` and `250.000,00 euros` as euros, and reports them in a plan in another currency', () => {
    assert.equal(value('Euro 250.000,00', 'EUR'), 250_000);
    assert.equal(value('250.000,00 euros', 'EUR'), 250_000);
    assert.equal(value('1,2 mln euro', 'EUR'), 1_200_000);
    assert.equal(value('1.250 Euro', 'EUR', 'Costo (euro)'), undefined);
    assert.match(asked('250,000 euros', 'GBP').problem, /It is in EUR/);
  });
});
