/**
 * Dates with German, Portuguese and Dutch month names (`15. März 2027`, `15 de março de 2027`,
 * `15 maart 2027`), and a month's end as the languages Handoff reads write it (`Ende März 2027`,
 * `fin mars 2027`, `fine maggio 2027`). Before, each was unreadable, the month's end with no
 * problem named and no fix.
 */
import assert from 'node:assert/strict';
import { readDate } from '../../server/src/engine/values.js';

const day = (text: string) => {
  const r = readDate(text);
  return r.ok ? r.value : undefined;
};

describe('month names in German, Portuguese and Dutch', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['15. März 2027', '2027-03-15'],
    ['15 März 2027', '2027-03-15'],
    ['15. Maerz 2027', '2027-03-15'],
    ['3. Jänner 2027', '2027-01-03'],
    ['1. Okt. 2027', '2027-10-01'],
    ['24. Dezember 2027', '2027-12-24'],
    ['15 de março de 2027', '2027-03-15'],
    ['15 de marco de 2027', '2027-03-15'],
    ['2 de outubro de 2027', '2027-10-02'],
    ['15 maart 2027', '2027-03-15'],
    ['1 mrt 2027', '2027-03-01'],
    ['31 mei 2027', '2027-05-31'],
  ];
  it('has cases', () => assert.ok(cases.length > 0));
  for (const [text, iso] of cases) it(`reads "${text}"`, () => assert.equal(day(text), iso));

  it('reads other dates as before', () => {
    assert.equal(day('20th Nov 2026'), '2026-11-20');
    assert.equal(day('1er avril 2027'), '2027-04-01');
    assert.equal(day('15 marca 2027'), '2027-03-15');
    assert.equal(day('30 febbraio 2027'), undefined);
    // A numeric date is still asked about; a point after a day needs the space after it.
    assert.equal(day('15.03.2027'), undefined);
    assert.equal(day('15.März 2027'), undefined);
  });
});

describe("a month's end, as other languages write it", () => {
  for (const text of [
    'fin mars 2027',
    'fin de marzo de 2027',
    'finales de marzo de 2027',
    'Ende März 2027',
    'final de março de 2027',
    'eind maart 2027',
    'koniec marca 2027',
    'end of March 2027',
  ]) {
    it(`asks about "${text}", with the month's last day as a fix`, () => {
      const r = readDate(text);
      assert.ok(!r.ok && /is not a day/.test(r.problem ?? ''), JSON.stringify(r));
      assert.deepEqual(r.choices, ['2027-03-31']);
    });
  }
  it('asks about the beginning or the middle of a month in those languages, with no day guessed', () => {
    const parts = [
      'début mars 2027',
      'mi-mars 2027',
      'principios de marzo de 2027',
      'mediados de marzo de 2027',
      'inizio marzo 2027',
      'metà marzo 2027',
      'Anfang März 2027',
      'Mitte März 2027',
      'início de março de 2027',
      'meados de março de 2027',
      'begin maart 2027',
      'half maart 2027',
      'początek marca 2027',
      'połowa marca 2027',
    ];
    assert.ok(parts.length > 0);
    for (const text of parts) {
      const r = readDate(text);
      assert.ok(!r.ok && r.problem === `"${text}" names part of a month, not a day: write the day it is due.`, text);
      assert.equal(r.choices, undefined, text);
    }
  });

  it('asks about a month alone written with `de`', () => {
    const r = readDate('marzo de 2027');
    assert.ok(!r.ok && /names a month, not a day/.test(r.problem ?? ''));
    assert.deepEqual(r.choices, ['2027-03-31']);
  });
});
