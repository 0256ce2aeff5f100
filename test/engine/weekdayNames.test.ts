/**
 * A date after its day's name in the languages whose month names Handoff reads, as teams copy it
 * from a calendar (`viernes, 12 de marzo de 2027`, `venerdì 12 marzo 2027`, `Freitag, 12. März
 * 2027`). Before, each was unreadable with no reason given, where `Friday, 12 March 2027` was read.
 */
import assert from 'node:assert/strict';
import { readDate } from '../../server/src/engine/values.js';
import { weekdayOf } from '../../server/src/engine/values/weekdayNames.js';

const day = (text: string) => {
  const r = readDate(text);
  return r.ok ? r.value : undefined;
};
const problem = (text: string) => {
  const r = readDate(text);
  return r.ok ? undefined : r.problem;
};

describe("a date after its day's name in other languages", () => {
  // 12 March 2027 is a Friday.
  const fridays = [
    'viernes, 12 de marzo de 2027',
    'vendredi 12 mars 2027',
    'venerdì 12 marzo 2027',
    'venerdi 12 marzo 2027',
    'Freitag, 12. März 2027',
    'sexta-feira, 12 de março de 2027',
    'vrijdag 12 maart 2027',
    'piątek, 12 marca 2027',
    'piatek 12 marca 2027',
  ];
  it('has cases', () => assert.ok(fridays.length > 0));
  for (const text of fridays) it(`reads "${text}"`, () => assert.equal(day(text), '2027-03-12'));

  it('says when the day named is not the date’s, as in English', () => {
    assert.equal(problem('jueves, 12 de marzo de 2027'), '12 de marzo de 2027 is a Friday, not a Thursday.');
    assert.equal(problem('Donnerstag, 12. März 2027'), '12. März 2027 is a Friday, not a Thursday.');
    assert.equal(problem('Thurs, 12 March 2027'), '12 March 2027 is a Friday, not a Thursday.');
  });

  it('names each day once, in every language, and leaves out short forms that differ between them', () => {
    assert.equal(weekdayOf('domingo'), 0);
    assert.equal(weekdayOf('sabado'), 6);
    assert.equal(weekdayOf('sonnabend'), 6);
    assert.equal(weekdayOf('środa'), 3);
    assert.equal(weekdayOf('tues'), 2);
    // `ma` is Monday in Dutch and Tuesday in Spanish; `mar` is March.
    assert.equal(weekdayOf('ma'), undefined);
    assert.equal(weekdayOf('mar'), undefined);
  });

  it('reads other dates as before', () => {
    assert.equal(day('Mar 12, 2027'), '2027-03-12');
    assert.equal(day('Fri 12 Mar 2027'), '2027-03-12');
    assert.match(problem('Mitte März 2027') ?? '', /names part of a month/);
    assert.match(problem('début mars 2027') ?? '', /names part of a month/);
  });
});
