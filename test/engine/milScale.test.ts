/**
 * `mil` as a scale: a thousand in Brazil, Portugal and Spanish-speaking countries (`R$ 450 mil`,
 * `$750 mil` in pesos), a million in English and in Malaysia (`$2.5 mil`, `(£ mil)`, `RM1.2mil`).
 * Before, it was read as a thousand in every currency but the ringgit, so `$2.5 mil` in a plan
 * budgeted in dollars was read as $2,500, and a Resource consumption table headed `Budget ($ mil)`
 * was read in thousands: the budget check then reported the lines approving $2,400 of $2.4m.
 * `mill`, a million in every language that writes it, is read.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { amountUnitOf, milNoteReadings } from '../../server/src/engine/values/amountUnit.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';

const value = (text: string, expected?: string, header?: string) => {
  const r = readAmount(text, expected, header ? amountUnitOf(header)?.unit : undefined);
  return r.ok ? r.value.value : undefined;
};

describe('`mil` and `mill` as scales', () => {
  it('reads `mil` as a thousand in the currencies of countries that write it so', () => {
    assert.equal(value('R$ 450 mil'), 450_000);
    assert.equal(value('$750 mil', 'MXN'), 750_000);
    assert.equal(value('€ 250 mil', 'EUR'), 250_000);
    assert.equal(value('COP 900 mil'), 900_000);
    assert.equal(value('120', 'BRL', 'Aprovado (R$ mil)'), 120_000);
  });

  it('asks about `mil` in any other currency, or in none, with both readings as fixes', () => {
    const cases: readonly (readonly [string, string | undefined, string | undefined, readonly string[]])[] = [
      ['$2.5 mil', 'USD', undefined, ['2500000', '2500']],
      ['US$ 250 mil', 'USD', undefined, ['250000000', '250000']],
      ['£1.2 mil', 'GBP', undefined, ['1200000', '1200']],
      ['RM1.2mil', 'MYR', undefined, ['1200000', '1200']],
      ['RM1.2mil', undefined, undefined, ['MYR 1200000', 'MYR 1200']],
      ['2.5 mil', undefined, undefined, ['2500000', '2500']],
      // In the column's unit: `$2.5 mil` under `($k)` is 2,500 or 2.5 thousand.
      ['$2.5 mil', 'USD', 'Approved ($k)', ['2500', '2.5']],
    ];
    assert.ok(cases.length > 0);
    for (const [text, expected, header, choices] of cases) {
      const r = readAmount(text, expected, header ? amountUnitOf(header)?.unit : undefined);
      assert.ok(!r.ok, text);
      assert.match(
        r.problem ?? '',
        /`mil` is a thousand in Brazil, Portugal and Spanish-speaking countries and a million in English/,
      );
      assert.deepEqual(r.choices, choices, text);
      assert.deepEqual(r.choiceNotes, ['mil a million', 'mil a thousand'], text);
    }
    // In another currency than the budget's, that is what is reported, with no reading offered.
    const other = readAmount('€ 2.5 mil', 'GBP');
    assert.ok(!other.ok && other.choices === undefined && /in EUR/.test(other.problem ?? ''));
  });

  it('reads `mill` and `mill.` as a million', () => {
    assert.equal(value('$1.2 mill', 'USD'), 1_200_000);
    assert.equal(value('NOK 3 mill.', 'NOK'), 3_000_000);
    assert.deepEqual(amountUnitOf('Approved ($ mill)'), {
      name: 'Approved',
      unit: { scale: 1e6, currency: 'USD', symbol: '$' },
    });
  });

  it('reads a unit note in `mil` only in those currencies, and offers both for any other', () => {
    assert.deepEqual(amountUnitOf('Aprovado (R$ mil)')?.unit, { scale: 1e3, currency: 'BRL' });
    for (const header of [
      'Approved ($ mil)',
      'Approved ($mil)',
      'Approved (US$ mil)',
      'Approved (£ mil)',
      'Approved (RM mil)',
    ]) {
      assert.equal(amountUnitOf(header), undefined, header);
    }
    assert.deepEqual(milNoteReadings('Budget ($ mil)'), ['Budget ($ m)', 'Budget ($ k)']);
    assert.deepEqual(milNoteReadings('Budget (RM mil)'), ['Budget (RM m)', 'Budget (RM k)']);
    assert.equal(milNoteReadings('Aprovado (R$ mil)'), undefined);
    assert.equal(milNoteReadings('Approved (in 万)'), undefined);
  });

  it('reports an amount column whose note is no unit it reads, once, and never offers to drop the note', () => {
    const text = readFileSync(
      'test/fixtures/rules/table-columns/fires-amount-columns-in-mil-of-dollars.plan.md',
      'utf8',
    );
    const engine = createPlanEngine();
    const lint = (t: string) =>
      engine
        .lintDocument('p.plan.md', t, { asOf: '2026-06-01', config: DEFAULT_CONFIG })
        .findings.filter((f) => f.rule === 'table-columns' || f.rule === 'budget-mismatch');
    const before = lint(text);
    assert.deepEqual(
      before.map((f) => f.message.slice(0, f.message.indexOf(' is read'))),
      [
        'The Resource consumption table\'s column "Budget ($ mil)"',
        'The Resource consumption table\'s column "Actuals ($ mil)"',
        'The Resource consumption table\'s column "EAC ($ mil)"',
      ],
    );
    for (const f of before) {
      assert.deepEqual(
        f.fixes?.map((x) => x.isPreferred),
        [false, false],
      );
      assert.ok(
        f.fixes?.every((x) => x.edits[0]!.newText.includes('($ ')),
        'the note is kept',
      );
    }
    // In millions, the lines approve the front matter's 100,000: no finding is left.
    assert.deepEqual(lint(text.replaceAll('($ mil)', '($ m)')), []);
    // In thousands, the budget does not add up, and says so.
    assert.deepEqual(
      lint(text.replaceAll('($ mil)', '($ k)')).map((f) => f.rule),
      ['budget-mismatch'],
    );
    // Another note on an amount column is said to be no unit, with no fix.
    const noted = lint(text.replace('Budget ($ mil)', 'Budget (in 万)')).find((f) => f.message.includes('万'));
    assert.match(noted?.message ?? '', /does not read "\(in 万\)" as a unit/);
    assert.equal(noted?.fixes, undefined);
  });
});
