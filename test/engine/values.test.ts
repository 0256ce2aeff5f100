/**
 * The value reader (contract §3.1): every accepted form of every kind reads as its canonical
 * value, and the forms that are not accepted are unreadable, with a suggestion only where
 * exactly one reading exists.
 */
import assert from 'node:assert/strict';
import {
  amountUnitOf,
  cellValue,
  readAmount,
  readDate,
  readCovers,
  readHealth,
  readLevel,
  readMet,
  readStatus,
  UNREADABLE,
  wordsOf,
  type Reading,
  type WordList,
} from '../../server/src/engine/values.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { columnKeyFor, registerSpec } from '../../server/src/engine/schema.js';
import { isEmptyValue } from '../../server/src/engine/emptyValues.js';
import { amountGrouping } from '../../server/src/engine/values/amounts.js';
import { currencyMeant } from '../../server/src/engine/values/currencies.js';
import { planText } from './planText.js';

function accepts<T>(reader: (t: string) => Reading<T>, cases: readonly (readonly [string, T])[]): void {
  assert.ok(cases.length > 0);
  for (const [text, value] of cases) {
    const r = reader(text);
    assert.ok(r.ok, `${JSON.stringify(text)} should read`);
    assert.deepEqual(r.value, value, JSON.stringify(text));
    // The canonical form reads as the same value.
    const again = reader(r.canonical);
    assert.ok(again.ok && JSON.stringify(again.value) === JSON.stringify(value), `canonical ${r.canonical}`);
  }
}

function rejects<T>(
  reader: (t: string) => Reading<T>,
  cases: readonly (readonly [string, string | undefined])[],
): void {
  assert.ok(cases.length > 0);
  for (const [text, suggestion] of cases) {
    const r = reader(text);
    assert.ok(!r.ok, `${JSON.stringify(text)} should not read`);
    assert.ok(r.accepted.length > 0);
    assert.equal(r.suggestion, suggestion, JSON.stringify(text));
  }
}

/** Each text is not read, and is said to be what `problem` says, with these choices (and the loop has cases). */
function reported<T>(
  reader: (t: string) => Reading<T>,
  cases: readonly (readonly [string, RegExp, readonly string[] | undefined])[],
): void {
  assert.ok(cases.length > 0);
  for (const [text, problem, choices] of cases) {
    const r = reader(text);
    assert.ok(!r.ok, `${JSON.stringify(text)} should not read`);
    assert.match(r.problem ?? '', problem, text);
    assert.deepEqual(r.choices, choices, text);
  }
}

/** Each text reads as its canonical word in its list (and the loop has cases). */
function readsAs(cases: readonly (readonly [WordList, string, string])[]): void {
  assert.ok(cases.length > 0);
  for (const [list, text, canonical] of cases) {
    const r = readStatus(list, text);
    assert.ok(r.ok && r.value === canonical, `${list} ${text}`);
  }
}

describe('values', () => {
  it('reads levels as 1–5', () => {
    accepts(readLevel, [
      ['1', 1],
      ['5', 5],
      // As a spreadsheet writes a whole number with decimals.
      ['3.0', 3],
      ['5.00', 5],
      ['Very low', 1],
      ['very-low', 1],
      ['VL', 1],
      ['Low', 2],
      ['L', 2],
      ['Lo', 2],
      ['Medium', 3],
      ['Med', 3],
      ['M', 3],
      ['High', 4],
      ['H', 4],
      ['Hi', 4],
      ['hi', 4],
      ['Very High', 5],
      ['VH', 5],
      // Written both ways, as registers print them: read when the number and the word agree.
      ['3 (Medium)', 3],
      ['Medium (3)', 3],
      ['3 - Medium', 3],
      ['3 – Med', 3],
      ['4: High', 4],
      ['High - 4', 4],
      ['2 Low', 2],
      ['5 (Very high)', 5],
      ['Very low (1)', 1],
      ['M (3)', 3],
      // The scales of the usual 5 × 5 risk matrix: likelihood, then impact.
      ['Rare', 1],
      ['Unlikely', 2],
      ['Possible', 3],
      ['Likely', 4],
      ['Almost certain', 5],
      ['4 (Likely)', 4],
      ['Insignificant', 1],
      ['Negligible', 1],
      ['Minor', 2],
      ['Moderate', 3],
      ['Major', 4],
      ['Catastrophic', 5],
    ]);
    rejects(readLevel, [
      ['0', undefined],
      ['6', undefined],
      ['3.5', undefined],
      ['6.0', undefined],
      // Severe, Significant and Critical stand for 4 in some scales and 5 in others: not guessed.
      ['Severe', undefined],
      ['Significant', undefined],
      ['Critical', undefined],
      ['3/5', undefined],
      ['High-ish', undefined],
      ['3 (High)', undefined],
      ['High (3)', undefined],
      ['3 (5)', undefined],
      ['35', undefined],
      ['6 (Very high)', undefined],
      ['3 (Severe)', undefined],
      // Too long to be a level written twice: not tried (the patterns would backtrack on it).
      [`3 (Medium${' '.repeat(40)})`, undefined],
    ]);
    accepts(readLevel, [
      ['Very unlikely', 1],
      ['Very likely', 5],
    ]);
    // Two levels where one goes: said, the higher offered first, each as written.
    const higher = (h: string): RegExp =>
      new RegExp(`names two levels, and a level is one: .*in doubt, the higher: ${h}\\)`);
    reported(readLevel, [
      ['Med-High', higher('High'), ['High', 'Med']],
      ['Medium/High', higher('High'), ['High', 'Medium']],
      ['M/H', higher('H'), ['H', 'M']],
      ['Medium-high', higher('High'), ['High', 'Medium']],
      ['High / Very high', higher('Very high'), ['Very high', 'High']],
      ['Low to medium', higher('Medium'), ['Medium', 'Low']],
      ['Likely/Almost certain', higher('Almost certain'), ['Almost certain', 'Likely']],
      // A range of numbers, as risk workshops leave one.
      ['3-4', higher('4'), ['4', '3']],
      ['4 to 2', higher('4'), ['4', '2']],
    ]);
    for (const text of ['High/High', '3-3', '3-7', 'Foo/High']) {
      const r = readLevel(text);
      assert.ok(!r.ok && r.choices === undefined, text);
    }
    const disagree = readLevel('3 (High)');
    assert.ok(!disagree.ok && disagree.problem === '3 is Medium, but High is 4.', JSON.stringify(disagree));
    // A probability or an amount where a level goes: said, never banded by a guess.
    const said: [string, RegExp][] = [
      ['40%', /^"40%" is a probability: write the level it falls in on your risk matrix/],
      ['12.5 %', /is a probability/],
      ['£50k', /^"£50k" is an amount: write the level your risk matrix gives it/],
      ['EUR 20,000', /is an amount/],
      ['2m', /is an amount/],
    ];
    for (const [text, problem] of said) {
      const r = readLevel(text);
      assert.ok(!r.ok, text);
      assert.match(r.problem ?? '', problem, text);
    }
  });

  it('says a date with a time of day as it says the day', () => {
    const ambiguous = readDate('03/04/2026 10:00');
    assert.ok(!ambiguous.ok && /both readings are dates/.test(ambiguous.problem ?? ''));
    const one = readDate('24/11/2026 09:30');
    assert.ok(!one.ok && one.suggestion === '2026-11-24');
    assert.ok(!readDate('10:00').ok);
  });

  it('says a frequency where a date goes says how often, not when', () => {
    for (const text of ['Monthly', 'every 2 weeks', 'Bi-weekly', 'Quarterly']) {
      const r = readDate(text);
      assert.ok(!r.ok && /says how often, not when/.test(r.problem ?? ''), text);
    }
    assert.ok(!/how often/.test((readDate('Month end') as { problem?: string }).problem ?? ''));
  });

  it("says a spreadsheet's day number is one, with the date it stands for", () => {
    for (const [text, date] of [
      ['46360', '2026-12-04'],
      ['45658', '2025-01-01'],
      ['36526', '2000-01-01'],
    ] as const) {
      const r = readDate(text);
      assert.ok(!r.ok && r.suggestion === date && /spreadsheet's number for a day/.test(r.problem ?? ''), text);
    }
    // Outside 2000–2099, or not five digits: no guess.
    for (const text of ['12345', '73051', '4636', '463600']) {
      const r = readDate(text);
      assert.ok(!r.ok && r.suggestion === undefined, text);
    }
  });

  it('reads dates as ISO', () => {
    accepts(readDate, [
      ['2026-11-20', '2026-11-20'],
      ['20 Nov 2026', '2026-11-20'],
      ['20 November 2026', '2026-11-20'],
      ['Nov 20, 2026', '2026-11-20'],
      ['November 20, 2026', '2026-11-20'],
      ['18 Dec 2026', '2026-12-18'],
      ['1 Sept 2026', '2026-09-01'],
      ['29 Feb 2028', '2028-02-29'],
      // As spreadsheets write it, and after the day's name as calendars copy it.
      ['20-Nov-2026', '2026-11-20'],
      ['01-Dec-2026', '2026-12-01'],
      ['Fri 20 Nov 2026', '2026-11-20'],
      ['Friday, 20 November 2026', '2026-11-20'],
      ['Fri, Nov 20, 2026', '2026-11-20'],
      ['Tues. 1 Dec 2026', '2026-12-01'],
      ['Thurs 3 Dec 2026', '2026-12-03'],
      ['Fri 2026-11-20', '2026-11-20'],
      // Excel's dd-mmm-yy: a two-digit year is this century's.
      ['20-Nov-26', '2026-11-20'],
      ['20 Nov 26', '2026-11-20'],
      // Jira's dd/Mon/yy, and a time of day after a date, as trackers and calendars export them.
      ['02/Dec/26', '2026-12-02'],
      ['02/Dec/26 10:00 AM', '2026-12-02'],
      ['2026-12-04T10:00:00Z', '2026-12-04'],
      ['2026-12-02T10:00:00.000+0000', '2026-12-02'],
      ['2026-12-02 10:00', '2026-12-02'],
      ['Dec 2, 2026 10:00 AM', '2026-12-02'],
      // A note in parentheses is only a note.
      ['2026-12-07 (moved from 30 Nov)', '2026-12-07'],
      ['Mon 7 Dec 2026 (TBC)', '2026-12-07'],
      // A day marked as approximate is that day.
      ['~2027-01-15', '2027-01-15'],
      ['c. 15 Jan 2027', '2027-01-15'],
      ['approx. 15 January 2027', '2027-01-15'],
      ['est. 2027-01-15', '2027-01-15'],
      ['15 Jan 2027?', '2027-01-15'],
      ['2027-01-15*', '2027-01-15'],
      // A range of one day is that day.
      ['2027-01-15 – 2027-01-15', '2027-01-15'],
      // A week by its last day, as weekly reports date themselves: that day.
      ['w/e 27 Nov 2026', '2026-11-27'],
      ['W/E Fri 27 Nov 2026', '2026-11-27'],
      ['week ending 27 November 2026', '2026-11-27'],
      ['w.e. 2026-11-27', '2026-11-27'],
    ]);
    rejects(readDate, [
      ['20/11/2026', '2026-11-20'],
      ['11/20/2026', '2026-11-20'],
      ['20.11.2026', '2026-11-20'],
      ['2026/11/20', '2026-11-20'],
      ['03/04/2026', undefined],
      ['2026-02-30', undefined],
      ['30 Feb 2026', undefined],
      ['20/11/26', undefined],
      ['next week', undefined],
      ['Q3 2026', undefined],
      ['Mon 20 Nov 2026', undefined],
      ['Fri 31 Nov 2026', undefined],
      ['Fri 20/11/2026', '2026-11-20'],
      // Both orders are dates: the day's name says which (11 Dec 2026 is a Friday, 12 Nov a Thursday).
      ['Fri 11/12/2026', '2026-12-11'],
      ['Thu 11/12/2026', '2026-11-12'],
      ['Mon 11/12/2026', undefined],
      // The one reading falls on another day.
      ['Fri 13/12/2026', undefined],
      ['Friday', undefined],
      ['Nov-26', undefined],
      ['(2026-12-07)', undefined],
      ['31-Feb-26', undefined],
    ]);
    const wrongDay = readDate('Mon 20 Nov 2026');
    assert.ok(!wrongDay.ok && wrongDay.problem === '20 Nov 2026 is a Friday, not a Monday.', JSON.stringify(wrongDay));
  });

  it("says a month or a quarter is not a day, offering the month's last day where it means the end", () => {
    const periods: [string, RegExp, string[] | undefined][] = [
      [
        'March 2027',
        /^"March 2027" names a month, not a day: .*\(2027-03-31 if it is due by the end of the month\)/,
        ['2027-03-31'],
      ],
      ['Feb 2028', /2028-02-29/, ['2028-02-29']],
      ['December 2026', /2026-12-31/, ['2026-12-31']],
      ['Mar-2027', /names a month/, ['2027-03-31']],
      [
        'end of Sept 2027',
        /^"end of Sept 2027" is not a day: .*\(2027-09-30 for the month's last day\)/,
        ['2027-09-30'],
      ],
      ['mid-March 2027', /names part of a month, not a day/, undefined],
      ['early April 2027', /names part of a month/, undefined],
      ['Q1 2027', /names part of a year, not a day: .*quarters and halves are not the calendar's/, undefined],
      ['FY2027 Q2', /names part of a year/, undefined],
      ['H2 2027', /names part of a year/, undefined],
    ];
    for (const [text, problem, choices] of periods) {
      const r = readDate(text);
      assert.ok(!r.ok, text);
      assert.match(r.problem ?? '', problem, text);
      assert.deepEqual(r.choices, choices, text);
      assert.equal(r.suggestion, undefined, `${text}: a choice, not the one reading`);
    }
    // A week by its first day is not of that day: the day it names, and for a Monday its Friday.
    const weeks: [string, string[]][] = [
      ['w/c 23 Nov 2026', ['2026-11-23', '2026-11-27']],
      ['Week commencing 23 November 2026', ['2026-11-23', '2026-11-27']],
      ['wk of 23 Nov 2026', ['2026-11-23', '2026-11-27']],
      ['week beginning 25 Nov 2026', ['2026-11-25']],
    ];
    for (const [text, choices] of weeks) {
      const r = readDate(text);
      assert.ok(!r.ok, text);
      assert.match(r.problem ?? '', /^It names the week starting 2026-11-2\d, not a day/, text);
      assert.deepEqual(r.choices, choices, text);
    }
    // A week by its ISO number: its Monday and Friday (week 1 holds the year's first Thursday).
    const week = (text: string, monday: string): RegExp =>
      new RegExp(`^"${text}" names the week starting ${monday}, not a day`);
    reported(readDate, [
      ['2027-W03', week('2027-W03', '2027-01-18'), ['2027-01-18', '2027-01-22']],
      ['W03 2027', week('W03 2027', '2027-01-18'), ['2027-01-18', '2027-01-22']],
      ['Week 3, 2027', week('Week 3, 2027', '2027-01-18'), ['2027-01-18', '2027-01-22']],
      ['wk 3 of 2027', week('wk 3 of 2027', '2027-01-18'), ['2027-01-18', '2027-01-22']],
      ['KW 3/2027', week('KW 3/2027', '2027-01-18'), ['2027-01-18', '2027-01-22']],
      ['CW01-2026', week('CW01-2026', '2025-12-29'), ['2025-12-29', '2026-01-02']],
      ['W53 2026', week('W53 2026', '2026-12-28'), ['2026-12-28', '2027-01-01']],
    ]);
    // A range of days: its first and its last day.
    const range = /names a range of days, not a day: .*if it is due by the end of the range/;
    reported(readDate, [
      ['2027-01-15 – 2027-01-22', range, ['2027-01-15', '2027-01-22']],
      ['2027-01-15 - 2027-01-22', range, ['2027-01-15', '2027-01-22']],
      ['2027-01-15→2027-01-22', range, ['2027-01-15', '2027-01-22']],
      ['15–22 Jan 2027', range, ['2027-01-15', '2027-01-22']],
      ['15th to 22nd January 2027', range, ['2027-01-15', '2027-01-22']],
      ['28 Jan – 3 Feb 2027', range, ['2027-01-28', '2027-02-03']],
      ['Mon 18 Jan 2027 until Fri 22 Jan 2027', range, ['2027-01-18', '2027-01-22']],
    ]);
    // A month in numbers: ISO 8601's, and as plans write it (`03/2027`).
    for (const [text, lastDay] of [
      ['2027-03', '2027-03-31'],
      ['03/2027', '2027-03-31'],
      ['2.2028', '2028-02-29'],
    ] as const) {
      const r = readDate(text);
      assert.ok(
        !r.ok &&
          r.problem ===
            `"${text}" names a month, not a day: write the day it is due (${lastDay} if it is due by the end of the month).`,
        text,
      );
      assert.deepEqual(r.choices, [lastDay], text);
    }
    for (const text of ['2027-13', '13/2027', '0/2027']) {
      const r = readDate(text);
      assert.ok(!r.ok && r.choices === undefined, text);
    }
    // What is said of a day without the note after it, with the note kept by its choices.
    const noted = readDate('Jan 2027 (TBC)');
    assert.ok(!noted.ok && /^"Jan 2027" names a month/.test(noted.problem ?? ''), JSON.stringify(noted));
    assert.deepEqual(noted.choices, ['2027-01-31 (TBC)']);
    const numericNoted = readDate('20/11/2026 (moved)');
    assert.ok(!numericNoted.ok && numericNoted.suggestion === '2026-11-20 (moved)', JSON.stringify(numericNoted));
    // A day or a week without its year: said, and the year is not guessed.
    for (const [text, problem] of [
      ['15 Jan', /^"15 Jan" has no year/],
      ['15th January', /has no year/],
      ['Jan 15th', /has no year/],
      ['Fri 15 Jan', /^"15 Jan" has no year/],
      ['Week 3', /^"Week 3" names a week without its year/],
      ['27/11', /^"27\/11" has no year, and day\/month order differs between locales/],
      ['27.11.', /has no year/],
      ['W60 2027', /^2027 has no week 60\./],
      ['W53 2027', /^2027 has no week 53\./],
    ] as const) {
      const r = readDate(text);
      assert.ok(!r.ok && r.choices === undefined, text);
      assert.match(r.problem ?? '', problem, text);
    }
    // Not a range: the end is before the start, or a side is no day.
    for (const text of ['2027-01-22 – 2027-01-15', '2026-12-07 - moved', '15 Jan - 2027']) {
      const r = readDate(text);
      assert.ok(!r.ok && r.choices === undefined, text);
    }
    // A word that is no month, and a month without its year, say nothing more than "not a date".
    for (const text of ['Foo 2027', 'March 27', 'Spring 2027']) {
      const r = readDate(text);
      assert.ok(!r.ok && r.problem === undefined && r.choices === undefined, text);
    }
  });

  it('reads a unit note in a header, and the amounts under it in that unit', () => {
    const units: [string, string, number, string | undefined][] = [
      ['Approved (£k)', 'Approved', 1e3, 'GBP'],
      ['Actual (£000)', 'Actual', 1e3, 'GBP'],
      ["Forecast (£'000)", 'Forecast', 1e3, 'GBP'],
      ['Approved (EUR m)', 'Approved', 1e6, 'EUR'],
      ['Cost [k]', 'Cost', 1e3, undefined],
      ['Budget (in GBP thousands)', 'Budget', 1e3, 'GBP'],
      ['Actual (USD, thousands)', 'Actual', 1e3, 'USD'],
      ['Approved (GBP)', 'Approved', 1, 'GBP'],
    ];
    for (const [header, name, scale, currency] of units) {
      assert.deepEqual(amountUnitOf(header), { name, unit: { scale, currency } }, header);
    }
    // The scale after the currency, and German plans' Tausend and Millionen.
    for (const [header, scale, currency] of [
      ['Approved (k£)', 1e3, 'GBP'],
      ['Approved (k€)', 1e3, 'EUR'],
      ['Approved (T€)', 1e3, 'EUR'],
      ['Approved (TEUR)', 1e3, 'EUR'],
      ['Approved (Tsd. €)', 1e3, 'EUR'],
      ['Forecast (Mio. €)', 1e6, 'EUR'],
      // Nordic plans' scale letter before the code, and Indian plans' lakhs and crores.
      ['Approved (MSEK)', 1e6, 'SEK'],
      ['Approved (kEUR)', 1e3, 'EUR'],
      ['Approved (INR lakh)', 1e5, 'INR'],
      ['Approved (₹ in lakhs)', 1e5, 'INR'],
      ['Actual (INR Cr)', 1e7, 'INR'],
      ['Actual (in lakh)', 1e5, undefined],
      ['Approved (RM)', 1, 'MYR'],
      ['Cost (₦m)', 1e6, 'NGN'],
      ['Cost (zł)', 1, 'PLN'],
      ['Approved (USD billion)', 1e9, 'USD'],
      ['Actual (₹ Cr.)', 1e7, 'INR'],
    ] as const) {
      assert.deepEqual(amountUnitOf(header)?.unit, { scale, currency }, header);
    }
    // A scale read in a cell is read in a header's note too, as the same number (one table).
    const scales = ['k', 'm', 'mm', 'mn', 'mln', 'Mio.', 'bn', 'Mrd.', 'Tsd.', 'thousand', 'millions', 'billion'];
    for (const written of [...scales, 'lakh', 'lakhs', 'lac', 'lacs', 'crore', 'crores', 'Cr', 'Cr.']) {
      const cell = readAmount(`2 ${written} EUR`);
      assert.ok(cell.ok, written);
      assert.deepEqual(
        amountUnitOf(`Approved (EUR ${written})`)?.unit,
        { scale: cell.value.value / 2, currency: 'EUR' },
        written,
      );
    }
    // Rs, as $, is several countries' rupee: the plan's own where it is one of them.
    assert.deepEqual(amountUnitOf('Approved (Rs lakh)')?.unit, { scale: 1e5, currency: 'INR', symbol: 'rs' });
    assert.equal(amountUnitOf('Weight (t)'), undefined, 'a t alone may be tonnes');
    // Indian grouping groups with commas: a point-grouped amount in the same plan is then questioned.
    assert.equal(amountGrouping('₹ 12,50,000'), 'commas');
    // A note that names no unit is part of the name.
    for (const header of ['Owner (new)', 'Approved', 'Approved (XYZ)', '(£k)', 'Status (RAG)']) {
      assert.equal(amountUnitOf(header), undefined, header);
    }
    // A date format after a header is for the reader, whatever the column.
    assert.equal(columnKeyFor(registerSpec('milestones'), 'Baseline (dd/mm/yyyy)'), 'baseline');
    assert.equal(columnKeyFor(registerSpec('milestones'), 'Actual [YYYY-MM-DD]'), 'actual');
    // Any other note is no part of the name either, but a unit on another column, or a note on an
    // amount that may be a unit Handoff does not know, keeps the header unread.
    assert.equal(columnKeyFor(registerSpec('milestones'), 'Baseline (TBC)'), 'baseline');
    assert.equal(columnKeyFor(registerSpec('milestones'), 'Forecast (updated 2026-11-20)'), 'forecast');
    assert.equal(columnKeyFor(registerSpec('milestones'), 'Forecast (TT.MM.JJJJ)'), 'forecast');
    assert.equal(columnKeyFor(registerSpec('risks'), 'Review [monthly]'), 'review');
    // A register's rating headers, the current one where an inherent one stands beside it.
    for (const [header, key] of [
      ['Likelihood rating', 'likelihood'],
      ['Current likelihood', 'likelihood'],
      ['Impact score', 'impact'],
      ['Current impact', 'impact'],
      // The inherent rating, or the residual one the mitigation aims at, is not the risk as it stands.
      ['Inherent likelihood', undefined],
      ['Residual impact', undefined],
    ] as const) {
      assert.equal(columnKeyFor(registerSpec('risks'), header), key, header);
    }
    assert.equal(columnKeyFor(registerSpec('resourceConsumption'), 'Approved (k£)'), 'approved');
    assert.equal(columnKeyFor(registerSpec('resourceConsumption'), 'Approved (in lakh)'), 'approved');
    assert.equal(columnKeyFor(registerSpec('resourceConsumption'), 'Approved (in 万)'), undefined);
    // Headers named after the register's entry, as spreadsheets name them.
    for (const [kind, header, key] of [
      ['risks', 'Risk ID', 'id'],
      ['risks', 'Risk Description', 'risk'],
      ['risks', 'Risk Status', 'status'],
      ['risks', 'Risk Owner (accountable)', 'owner'],
      ['milestones', 'Milestone ID', 'id'],
      ['milestones', 'Milestone Name', 'milestone'],
      ['milestones', 'Milestone Owner', 'owner'],
      ['issues', 'Issue Owner', 'owner'],
      ['correctiveActions', 'Action Owner', 'owner'],
      ['correctiveActions', 'Corrective action ID', 'id'],
      ['stakeholders', 'Stakeholder Name', 'name'],
      ['handovers', 'Handover Status', 'status'],
      ['risks', 'Risk Level', undefined],
      ['risks', 'Risk', 'risk'],
    ] as const) {
      assert.equal(columnKeyFor(registerSpec(kind), header), key, `${kind}: ${header}`);
    }
    // A re-baselined milestone's two baselines.
    assert.equal(columnKeyFor(registerSpec('milestones'), 'Original baseline'), 'baseline');
    assert.equal(columnKeyFor(registerSpec('milestones'), 'Current baseline'), 'rebaseline');
    // The names plans give a forecast and a contingency.
    for (const header of ['ETA', 'Re-forecast', 'Current forecast', 'Revised forecast']) {
      assert.equal(columnKeyFor(registerSpec('milestones'), header), 'forecast', header);
    }
    for (const header of [
      'Contingency / Fallback',
      'Fallback plan',
      'Contingency (if it happens)',
      'Contingency actions',
      'Contingency plans',
      'Contingency arrangements',
      'Contingency / Fallback plan',
      'Fallback position',
      'Plan B',
    ]) {
      assert.equal(columnKeyFor(registerSpec('risks'), header), 'contingency', header);
    }
    // Only an amount column takes a unit note: `Impact (GBP k)` is no Impact level.
    assert.equal(columnKeyFor(registerSpec('resourceConsumption'), 'Approved (£k)'), 'approved');
    assert.equal(columnKeyFor(registerSpec('resourceConsumption'), "Forecast (£'000)"), 'forecast');
    assert.equal(columnKeyFor(registerSpec('risks'), 'Impact (GBP k)'), undefined);
    // Nor is a column in percent a level: a 5 under `Probability (%)` is 5 %, not Very high.
    for (const header of [
      'Probability (%)',
      'Probability %',
      'Risk Probability (%)',
      'P [in %]',
      'Likelihood (percent)',
    ]) {
      assert.equal(columnKeyFor(registerSpec('risks'), header), undefined, header);
    }
    assert.equal(columnKeyFor(registerSpec('risks'), 'Likelihood (1-5)'), 'likelihood');
    const thousands = { scale: 1e3, currency: 'GBP' };
    const read = (text: string, unit = thousands) => readAmount(text, 'GBP', unit);
    assert.deepEqual(read('180'), { ok: true, value: { value: 180000, currency: 'GBP' }, canonical: 'GBP 180000' });
    assert.equal((read('1,234.5') as { value: { value: number } }).value.value, 1234500);
    // What a cell writes itself comes before the note: no scale twice.
    assert.equal((read('180k') as { value: { value: number } }).value.value, 180000);
    assert.equal((read('£1.2m') as { value: { value: number } }).value.value, 1200000);
    const foreign = readAmount('60', 'EUR', thousands);
    assert.ok(!foreign.ok);
    assert.match(foreign.problem ?? '', /^Its column's header says it is in GBP/);
  });

  it('reads amounts, with their currency', () => {
    accepts(
      (t) => readAmount(t),
      [
        ['180000', { value: 180000, currency: undefined }],
        ['180,000', { value: 180000, currency: undefined }],
        ['180 000', { value: 180000, currency: undefined }],
        ['180k', { value: 180000, currency: undefined }],
        ['1.2m', { value: 1200000, currency: undefined }],
        ['£180k', { value: 180000, currency: 'GBP' }],
        ['EUR 180,000', { value: 180000, currency: 'EUR' }],
        ['180,000 EUR', { value: 180000, currency: 'EUR' }],
        ['€ 30 000', { value: 30000, currency: 'EUR' }],
        ['1,234.50', { value: 1234.5, currency: undefined }],
        // Whole numbers take a shorter way: leading zeros and padding read as the pattern reads them.
        ['007', { value: 7, currency: undefined }],
        [' 14800 ', { value: 14800, currency: undefined }],
        ['0', { value: 0, currency: undefined }],
        // An estimate says so before the amount, and is read as the amount it approximates.
        ['about 10k', { value: 10000, currency: undefined }],
        ['~180k', { value: 180000, currency: undefined }],
        ['≈ £180k', { value: 180000, currency: 'GBP' }],
        ['c. £180k', { value: 180000, currency: 'GBP' }],
        ['ca. 180,000', { value: 180000, currency: undefined }],
        ['approx. 1.2m', { value: 1200000, currency: undefined }],
        ['est. EUR 90k', { value: 90000, currency: 'EUR' }],
        // A minus sign before or after the currency.
        ['-£5,000', { value: -5000, currency: 'GBP' }],
        ['£-5,000', { value: -5000, currency: 'GBP' }],
        // A point before a scale or after a zero is a decimal point.
        ['£0.178m', { value: 178000, currency: 'GBP' }],
        ['EUR 1.234m', { value: 1234000, currency: 'EUR' }],
        // Grouped with points, as much of Europe writes it, where that is the only reading.
        ['€1.178.000', { value: 1178000, currency: 'EUR' }],
        ['1.178.000,00 €', { value: 1178000, currency: 'EUR' }],
        ['1.234,56', { value: 1234.56, currency: undefined }],
        // Grouped as India writes it, in rupees, lakhs and crores.
        ['12,50,000', { value: 1250000, currency: undefined }],
        ['₹ 1,25,00,000', { value: 12500000, currency: 'INR' }],
        ['Rs. 4,75,000.50', { value: 475000.5, currency: 'INR' }],
        ['Rs 90,000', { value: 90000, currency: 'INR' }],
        ['12.5 lakh', { value: 1250000, currency: undefined }],
        ['₹3 lakhs', { value: 300000, currency: 'INR' }],
        ['INR 1.2 Cr', { value: 12000000, currency: 'INR' }],
        ['2 crore', { value: 20000000, currency: undefined }],
        ['₹1.8 crs', { value: 18000000, currency: 'INR' }],
        // A lakh's letter, in rupees; `/-` closing a whole amount, as Indian invoices write it.
        ['₹45 L', { value: 4500000, currency: 'INR' }],
        ['Rs 45.5L', { value: 4550000, currency: 'INR' }],
        ['Rs. 1,80,00,000/-', { value: 18000000, currency: 'INR' }],
        ['₹ 12,50,000/-', { value: 1250000, currency: 'INR' }],
        // A scale's letter before a currency code, as Nordic and German finance write it.
        ['1,2 MSEK', { value: 1200000, currency: 'SEK' }],
        ['450 kEUR', { value: 450000, currency: 'EUR' }],
        ['450 TEUR', { value: 450000, currency: 'EUR' }],
        ['450 T€', { value: 450000, currency: 'EUR' }],
        ['450 Tsd. €', { value: 450000, currency: 'EUR' }],
        ['1,1 Mrd. €', { value: 1100000000, currency: 'EUR' }],
        // A scale written out, and South Africa's rand.
        ['£1.2 million', { value: 1200000, currency: 'GBP' }],
        ['EUR 250 thousand', { value: 250000, currency: 'EUR' }],
        ['R 450 000', { value: 450000, currency: 'ZAR' }],
        ['R1.2m', { value: 1200000, currency: 'ZAR' }],
        ['R 1,5m', { value: 1500000, currency: 'ZAR' }],
        // Signs and letters other currencies write, before or after the amount.
        ['RM 1.2 million', { value: 1200000, currency: 'MYR' }],
        ['Rp 1.500.000.000', { value: 1500000000, currency: 'IDR' }],
        ['R$ 1.200.000,00', { value: 1200000, currency: 'BRL' }],
        ['KSh 4,500,000', { value: 4500000, currency: 'KES' }],
        ['1 200 000 zł', { value: 1200000, currency: 'PLN' }],
        ['450 000 Kč', { value: 450000, currency: 'CZK' }],
        ['₦ 25,000,000', { value: 25000000, currency: 'NGN' }],
        ['₱2.5M', { value: 2500000, currency: 'PHP' }],
        ['฿ 3,000,000', { value: 3000000, currency: 'THB' }],
      ],
    );
    // Brackets make an amount negative in accounts: said, with the minus sign as a fix.
    const bracketed = readAmount('(£5,000)');
    assert.ok(!bracketed.ok && /negative amount in brackets/.test(bracketed.problem ?? ''));
    assert.deepEqual(bracketed.choices, ['-£5,000']);
    // Effort written where money goes is said to be effort, not a currency that cannot be summed.
    for (const [text, expected] of [
      ['2 FTE', 'GBP'],
      ['3 fte', undefined],
    ] as const) {
      const effort = readAmount(text, expected);
      assert.ok(!effort.ok, text);
      assert.match(effort.problem ?? '', /^It is effort \(FTE\), not money: write what it costs/, text);
      assert.doesNotMatch(effort.problem ?? '', /currenc/, text);
    }
    assert.deepStrictEqual(readAmount('14800'), {
      ok: true,
      value: { value: 14800, currency: undefined },
      canonical: '14800',
    });
    rejects(
      (t) => readAmount(t),
      [
        ['1,2', undefined],
        // Parentheses are a negative amount in accounts: not guessed.
        ['(178000)', undefined],
        ['~', undefined],
        ['c 180k', undefined],
        ['1.200', undefined],
        ['--5', undefined],
        ['-£-5', undefined],
        ['10 to 20k', undefined],
        ['£', undefined],
        ['9'.repeat(400), undefined],
        // Groups of two only before a last group of three; a T (a trillion, or tonnes) only before a currency.
        ['1,2,000', undefined],
        ['12,5,000', undefined],
        ['12,50,00', undefined],
        ['450 T', undefined],
        // `/-` only after the amount's number.
        ['/- 450', undefined],
        ['450 /- GBP', undefined],
      ],
    );
    // `L` is a lakh only in rupees: the plan's own (an INR or PKR budget), or the cell's.
    const lakhs = readAmount('180.00 L', 'INR');
    assert.equal(lakhs.ok && lakhs.value.value, 18000000);
    assert.ok(readAmount('45 L', 'PKR').ok);
    for (const [text, expected] of [
      ['45 L', undefined],
      ['45 L', 'EUR'],
      ['£45 L', undefined],
    ] as const) {
      const r = readAmount(text, expected);
      assert.ok(!r.ok && /`L` is a lakh only in rupees/.test(r.problem ?? ''), text);
    }
    // In a header, `(L)` is litres, not a lakh.
    assert.equal(amountUnitOf('Volume (L)'), undefined);
  });

  it('reads the UAE dirham as Gulf finance writes it: `Dhs 450,000`, `AED 1.2M`, `AED 450K`', () => {
    accepts(
      (t) => readAmount(t, 'AED'),
      [
        ['Dhs 450,000', { value: 450000, currency: 'AED' }],
        ['Dhs. 380,000', { value: 380000, currency: 'AED' }],
        ['Dh 1.2m', { value: 1200000, currency: 'AED' }],
        ['450,000 Dhs', { value: 450000, currency: 'AED' }],
        ['DHS 1,500,000', { value: 1500000, currency: 'AED' }],
        ['AED 1.2M', { value: 1200000, currency: 'AED' }],
        ['AED 450K', { value: 450000, currency: 'AED' }],
        ['1,250,000 AED', { value: 1250000, currency: 'AED' }],
        ['AED 1.6 Mn', { value: 1600000, currency: 'AED' }],
      ],
    );
    // Morocco writes its dirham so too: in a plan budgeted in MAD, Dh is MAD; in a plan in
    // another currency, a dirham amount is reported, never read as that currency.
    const mad = readAmount('DH 450,000', 'MAD');
    assert.deepEqual(mad.ok && mad.value, { value: 450000, currency: 'MAD' });
    const foreign = readAmount('Dhs 450,000', 'USD');
    assert.ok(!foreign.ok && /AED/.test(foreign.problem ?? ''));
    // In a header's unit note, and as a budget.currency: the code is offered, never applied
    // (UAE or Morocco).
    assert.deepEqual(amountUnitOf('Approved (Dhs)')?.unit.currency, 'AED');
    assert.deepEqual(currencyMeant('Dhs'), { code: 'AED', what: 'a currency symbol', safe: false });
  });

  it('reports an amount in a currency other than the budget one', () => {
    assert.ok(readAmount('£180k', 'GBP').ok);
    assert.ok(readAmount('180k', 'GBP').ok);
    const r = readAmount('EUR 180,000', 'GBP');
    assert.ok(!r.ok && /EUR/.test(r.problem ?? ''));
  });

  it('reads health', () => {
    accepts(readHealth, [
      ['Green', 'green'],
      ['G', 'green'],
      ['🟢', 'green'],
      ['🟢 Green', 'green'],
      ['Amber', 'amber'],
      ['A', 'amber'],
      ['Yellow', 'amber'],
      ['🟡', 'amber'],
      ['🟠', 'amber'],
      ['Red', 'red'],
      ['r', 'red'],
      ['🔴', 'red'],
      // With a note, in parentheses or after a spaced dash.
      ['Amber (improving)', 'amber'],
      ['Red – escalated to the board', 'red'],
      ['Green (on track)', 'green'],
      // A rating that moved since the last report: the one after the arrow holds.
      ['Amber → Green', 'green'],
      ['A->G', 'green'],
      ['G => R', 'red'],
      ['🟡 ➡️ 🟢', 'green'],
      ['Green → Amber (payroll risk)', 'amber'],
      // A trend after the rating, without brackets: the rating holds now.
      ['Amber trending green', 'amber'],
      ['Amber ↗ improving', 'amber'],
      ['🟡 Amber trending green', 'amber'],
      ['Green stable', 'green'],
      // A trend after a comma and a label, or as an arrow.
      ['Amber, trend: down', 'amber'],
      ['Red; trend stable', 'red'],
      ['Green, trend: up', 'green'],
      ['Amber ↓', 'amber'],
      ['Amber ⬇️', 'amber'],
      ['Green ↑', 'green'],
    ]);
    rejects(readHealth, [
      ['Amber → improving', undefined],
      ['A → G → R', undefined],
      ['→'.repeat(50_000), undefined],
      ['Amber → Green with concerns', undefined],
      ['Green with concerns', undefined],
      ['Green (with concerns)', undefined],
      ['Green - at risk', undefined],
      // A green going the wrong way is a green with a concern.
      ['Green deteriorating', undefined],
      ['Green trending amber', undefined],
      ['Green, trend: down', undefined],
      ['Green (trend down)', undefined],
      ['Green ↓', undefined],
      ['🟢 ↘', undefined],
      ['🟢 Red', undefined],
      ['Amber/Red', undefined],
      ['OK', undefined],
    ]);
    // Two ratings, or a status word, where one rating goes: said, with the ratings it may be.
    const said: [string, RegExp, string[]][] = [
      // Amber/Red and Amber/Green are one rating each on the five-point delivery confidence scale.
      [
        'Amber/Red',
        /^"Amber\/Red" is a rating of the five-point delivery confidence scale .*\(in doubt, the worse: Red\)/,
        ['Red', 'Amber'],
      ],
      [
        'Amber/Green',
        /^"Amber\/Green" is a rating of the five-point .*takes three: Green, Amber or Red/,
        ['Amber', 'Green'],
      ],
      ['Amber to Green', /^"Amber to Green" names two ratings/, ['Amber', 'Green']],
      ['G/A', /the worse: Amber/, ['Amber', 'Green']],
      ['Green-Amber', /names two ratings/, ['Amber', 'Green']],
      ['On track', /^Health is a RAG rating: Green when on track, Amber at risk, Red off track\.$/, ['Green']],
      ['At risk', /RAG rating/, ['Amber']],
      // After an arrow, what holds now is said as if written alone.
      ['Amber -> Green/Red', /^"Green\/Red" names two ratings/, ['Red', 'Green']],
      // A green with a concern may be an amber: that, its note kept (Green is the author's to keep).
      ['Green (with concerns)', /^The note "with concerns" changes what Green says/, ['Amber (with concerns)']],
      ['Green – at risk', /^The note "at risk" changes what Green says/, ['Amber (at risk)']],
    ];
    for (const [text, problem, choices] of said) {
      const r = readHealth(text);
      assert.ok(!r.ok, text);
      assert.match(r.problem ?? '', problem, text);
      assert.deepEqual(r.choices, choices, text);
    }
    const ok = readHealth('OK');
    assert.ok(!ok.ok && ok.problem === undefined && ok.choices === undefined);
  });

  it('reads each register’s status words and their other spellings', () => {
    const cases: [WordList, string, string][] = [
      ['risks', 'Active', 'Open'],
      ['risks', 'Realised', 'Occurred'],
      ['risks', 'escalated', 'Escalated'],
      ['riskResponse', 'Mitigate', 'Reduce'],
      ['milestones', 'Complete', 'Done'],
      ['milestones', 'Completed', 'Done'],
      ['milestones', 'In progress', 'On track'],
      ['milestones', 'not-started', 'Not started'],
      ['issues', 'Resolved', 'Done'],
      ['correctiveActions', 'Closed', 'Done'],
      // Handed to the process that will run the service: done for the project.
      ['issues', 'Known error', 'Done'],
      ['correctiveActions', 'Transferred', 'Done'],
      ['handovers', 'Signed off', 'Accepted'],
      ['milestoneType', 'Post-closure', 'Post-closure'],
      // The words plans use besides the canonical ones.
      ['milestones', 'Achieved', 'Done'],
      ['milestones', 'Planned', 'Not started'],
      ['milestones', 'Delayed', 'Late'],
      ['milestones', 'Cancelled', 'Descoped'],
      ['issues', 'New', 'Open'],
      ['issues', 'Ongoing', 'In progress'],
      ['correctiveActions', 'Not started', 'Open'],
      ['decisions', 'Agreed', 'Approved'],
      ['decisions', 'Draft', 'Proposed'],
      ['signOff', 'Signed off', 'Approved'],
      ['signOff', 'Awaiting', 'Pending'],
      ['signOff', 'Y', 'Approved'],
      ['risks', 'Live', 'Open'],
      ['handovers', 'Not started', 'Planned'],
      ['handovers', 'Ready for acceptance', 'Ready'],
      ['handovers', 'In acceptance', 'Ready'],
      ['handovers', 'Awaiting sign-off', 'Ready'],
      ['issues', 'On hold', 'Open'],
      ['issues', 'Escalated', 'Open'],
      // Jira's default statuses.
      ['milestones', 'To Do', 'Not started'],
      ['issues', 'To Do', 'Open'],
      ['issues', 'In Review', 'In progress'],
      ['issues', "Won't Fix", 'Cancelled'],
      ['correctiveActions', "Won't Do", 'Cancelled'],
      ['milestones', "Won't do", 'Descoped'],
      // Handed to the process that will own it: done, for the project.
      ['issues', 'Transferred', 'Done'],
      ['issues', 'Handed over', 'Done'],
      ['correctiveActions', 'Blocked', 'Open'],
      ['milestones', 'Ongoing', 'On track'],
      ['milestones', 'WIP', 'On track'],
      ['milestones', 'Not yet due', 'Not started'],
      ['milestones', 'Scheduled', 'Not started'],
      ['milestones', 'Not due', 'Not started'],
      ['milestones', 'Underway', 'On track'],
      ['milestones', 'Behind schedule', 'Late'],
      ['milestones', 'Slipped', 'Late'],
      ['milestones', 'Met', 'Done'],
      // The UK Orange Book's four Ts, and the noun of Mitigate.
      ['riskResponse', 'Terminate', 'Avoid'],
      ['riskResponse', 'Treat', 'Reduce'],
      ['riskResponse', 'Mitigation', 'Reduce'],
      ['riskResponse', 'Tolerate', 'Accept'],
      ['riskResponse', 'Contingency', 'Fallback'],
      ['riskResponse', 'Prepare contingent plans', 'Fallback'],
    ];
    readsAs(cases);
    // A handover done or handed over is not yet accepted by its owner.
    for (const text of ['Done', 'Complete', 'Handed over']) assert.ok(!readStatus('handovers', text).ok, text);
    // Registers' other common words: a risk monitored is open, one retired closed; a go-live
    // decision and a tolerance exception are the decision types they say.
    readsAs([
      ['risks', 'Monitoring', 'Open'],
      ['risks', 'Retired', 'Closed'],
      ['decisionType', 'Go-live decision', 'Go/No-go'],
      ['decisionType', 'Tolerance exception', 'Exception'],
      ['decisionType', 'Exception report', 'Exception'],
      // PRINCE2's stage boundary: the board authorises the next stage.
      ['decisionType', 'Stage gate', 'Other'],
      ['decisionType', 'End-stage assessment', 'Other'],
      ['decisionType', 'Scope change', 'Scope'],
      // PRINCE2's board approves an Exception Plan; a risk no longer relevant is withdrawn or
      // cancelled; a handover being prepared is To do or In progress in a tracker's export.
      ['decisionType', 'Exception Plan', 'Exception'],
      ['risks', 'Cancelled', 'Closed'],
      ['risks', 'Withdrawn', 'Closed'],
      ['handovers', 'TO DO', 'Planned'],
      ['handovers', 'IN PROGRESS', 'Planned'],
    ]);
    // An Exception's Covers: milestone IDs, schedule or cost, also in PRINCE2's words; anything
    // else is read as nothing, and said.
    const covers = readCovers('time and budget, m-03');
    assert.ok(covers.ok);
    assert.deepEqual(covers.value, { schedule: true, cost: true, milestones: ['M-03'] });
    assert.equal(covers.canonical, 'schedule, cost, M-03');
    const vague = readCovers('the vendor delay');
    assert.ok(!vague.ok && /names no milestone, schedule or cost/.test(vague.problem ?? ''));
    assert.equal(!vague.ok && vague.until, 'Until then the decision covers no breach.');
    // Notes around what it names are notes: `Schedule (M-05 +18 days)`, `M-05 slippage`, `Time and scope`.
    for (const [text, canonical] of [
      ['Schedule (M-05 +18 days)', 'schedule, M-05'],
      ['Schedule – M-05', 'schedule, M-05'],
      ['M-05 slippage', 'M-05'],
      ['Time and scope', 'schedule'],
      ['Cost overrun', 'cost'],
      // A range names every milestone in it.
      ['M-05 to M-07', 'M-05, M-06, M-07'],
      ['M-05-M-07 slippage', 'M-05, M-06, M-07'],
    ] as const) {
      const r = readCovers(text);
      assert.ok(r.ok && r.canonical === canonical, text);
    }
    const pending = readStatus('milestones', 'Pending');
    assert.ok(!pending.ok);
    assert.deepEqual(pending.choices, ['Not started', 'On track', 'At risk', 'Late']);
    const deferred = readStatus('decisions', 'Deferred');
    assert.ok(!deferred.ok && /not taken yet: it is Proposed/.test(deferred.problem ?? ''));
    assert.deepEqual(deferred.choices, ['Proposed (deferred)']);
    // A check mark alone ticks a row off where that says one thing; a handover's may be Ready or Accepted.
    readsAs([
      ['milestones', '✅', 'Done'],
      ['milestones', '✔️', 'Done'],
      ['issues', '☑', 'Done'],
      ['correctiveActions', '✓', 'Done'],
      ['signOff', '✅', 'Approved'],
    ]);
    const tickedHandover = readStatus('handovers', '✅');
    assert.ok(!tickedHandover.ok && /Accepted only when/.test(tickedHandover.problem ?? ''));
    assert.deepEqual(tickedHandover.choices, ['Ready', 'Accepted']);
    for (const text of ['✅✅', '❌', '✅ ?']) assert.ok(!readStatus('milestones', text).ok, text);
    assert.ok(!readStatus('risks', '✅').ok, 'a ticked risk may be closed or only mitigated');
    // A percentage complete: none and all are statuses; in between, an issue is in progress, and a
    // milestone's status says more than its progress.
    readsAs([
      ['milestones', '0%', 'Not started'],
      ['milestones', '100%', 'Done'],
      ['milestones', '100 % complete', 'Done'],
      ['issues', '40% done', 'In progress'],
      ['correctiveActions', '0%', 'Open'],
    ]);
    const part = readStatus('milestones', '60%');
    assert.ok(!part.ok && /how much is done, not where the milestone stands/.test(part.problem ?? ''));
    assert.deepEqual(part.choices, ['On track (60%)', 'At risk (60%)', 'Late (60%)']);
    for (const c of part.choices) assert.ok(readStatus('milestones', c).ok, `${c} reads`);
    for (const [list, text] of [
      ['milestones', '150%'],
      ['handovers', '50%'],
      ['risks', '50%'],
    ] as const) {
      assert.ok(!readStatus(list, text).ok, `${list} ${text}`);
    }
    for (const list of ['risks', 'milestones', 'issues', 'handovers'] as const) {
      for (const w of wordsOf(list)) assert.ok(readStatus(list, w).ok, `${list} ${w}`);
      const r = readStatus(list, 'Pending review');
      assert.ok(!r.ok && r.accepted.includes(wordsOf(list)[0]!));
    }
  });

  it('reads a word with a note as the word, unless the note changes a word that settles the row', () => {
    const read: [WordList, string, string][] = [
      ['risks', 'Closed (2026-07-10)', 'Closed'],
      ['risks', 'Open – reviewed weekly', 'Open'],
      ['milestones', 'Complete (2026-11-10)', 'Done'],
      ['milestones', 'Late (now 2026-12-15)', 'Late'],
      // A note that would qualify a settled word is only a note on one that is not settled.
      ['milestones', 'Not started (awaiting budget)', 'Not started'],
      ['issues', 'Closed - see CA-02', 'Done'],
      ['handovers', 'Accepted (email 12 Nov)', 'Accepted'],
      ['handovers', 'Ready (CAB 12 Dec)', 'Ready'],
    ];
    readsAs(read);
    const unread: [WordList, string, RegExp][] = [
      ['milestones', 'Done (partial)', /The note "partial" changes what Done says/],
      ['handovers', 'Accepted (conditionally)', /changes what Accepted says/],
      ['risks', 'Closed (not yet)', /changes what Closed says/],
      ['risks', 'Foo (bar)', /^$/],
      ['risks', 'Mitigated', /Open while it can still happen .* Closed once it cannot/],
      ['risks', 'Accepted', /Accepted is a response \(write Accept in the Response column\): the risk stays Open/],
      ['risks', 'Tolerated', /Tolerated is a response/],
      ['handovers', 'Handed over', /Accepted only when its receiving owner has accepted it/],
      ['milestones', 'On hold', /At risk while its forecast can still be met, and Late once it cannot/],
      ['milestones', 'Blocked', /At risk \(blocked: …\)/],
      ['milestones', 'Deferred', /keeps its Baseline and gets a new Forecast/],
      ['milestones', 'Amber', /On track \(green\), At risk \(amber\) or Late \(red\)/],
      ['milestones', 'Pending', /not reached/],
      ['milestones', 'Closed', /Done when it was reached, and Descoped when it will not be/],
      // A note that leaves a settled word in doubt, or the word asked as a question.
      ['milestones', 'Complete (to be confirmed)', /The note "to be confirmed" changes what Complete says/],
      ['milestones', 'Complete (unconfirmed)', /changes what Complete says/],
      ['milestones', 'Done (mostly)', /changes what Done says/],
      ['milestones', 'Done (bar reconciliation)', /changes what Done says/],
      ['handovers', 'Accepted (apart from runbooks)', /changes what Accepted says/],
      ['handovers', 'Signed off (bar KB articles)', /changes what Signed off says/],
      ['decisions', 'Approved - to be ratified', /changes what Approved says/],
      ['milestones', 'Done?', /"Done\?" asks whether it is Done, so it is not read as Done/],
      ['handovers', 'Accepted?', /asks whether it is Accepted/],
      ['risks', 'Closed??', /asks whether it is Closed/],
      ['decisions', 'Approved ?', /asks whether it is Approved/],
    ];
    for (const [list, text, problem] of unread) {
      const r = readStatus(list, text);
      assert.ok(!r.ok, `${list} ${text}`);
      assert.match(r.problem ?? '', problem, `${list} ${text}`);
    }
    // A note after "by", "on" or "with": who or when, read as a note; one that qualifies a settled word is not.
    readsAs([
      ['decisions', 'Approved by the board', 'Approved'],
      ['handovers', 'Accepted on 12 Dec 2026', 'Accepted'],
      ['signOff', 'Signed off by Helen Marsh', 'Approved'],
      ['milestones', 'Done on 2026-11-10', 'Done'],
      ['milestones', 'On track with minor issues', 'On track'],
      ['risks', 'Closed by CAB', 'Closed'],
    ]);
    for (const [list, text] of [
      ['signOff', 'Approved with conditions'],
      ['milestones', 'Done with exceptions'],
    ] as const) {
      const r = readStatus(list, text);
      assert.ok(!r.ok && /The note "with exceptions?|conditions" changes what/.test(r.problem ?? ''), text);
    }
    // A note after "to": where an item went. A share of the work is not the work done.
    readsAs([
      ['issues', 'Transferred to Problem Management (PRB-1022)', 'Done'],
      ['issues', 'Escalated to the board', 'Open'],
      ['risks', 'Transferred to the vendor', 'Transferred'],
    ]);
    assert.ok(!readStatus('milestones', 'Done to 80%').ok);
    // A question on a word that settles nothing, or a note that does not doubt it, is still read.
    readsAs([
      ['milestones', 'On track?', 'On track'],
      ['risks', 'Open?', 'Open'],
      ['milestones', 'Late (bar chart)', 'Late'],
      ['milestones', 'Done (no outstanding actions)', 'Done'],
      ['milestones', 'Done – nothing outstanding', 'Done'],
      ['milestones', 'Done (see bar chart)', 'Done'],
      ['milestones', 'Done (nearly two weeks early)', 'Done'],
      ['milestones', 'Done (almost a week early)', 'Done'],
      ['handovers', 'Accepted (draft runbook replaced by v2)', 'Accepted'],
      ['decisions', 'Approved (nearly unanimous)', 'Approved'],
      ['decisions', 'Approved (at the go/no-go meeting)', 'Approved'],
      ['decisions', 'Approved (Go/No-Go board)', 'Approved'],
      ['milestones', 'Done (https://jira.example/browse/PAY-12?focusedCommentId=9)', 'Done'],
    ]);
    for (const [list, text] of [
      ['milestones', 'Done (bar one)'],
      ['milestones', 'Done (all but one)'],
      ['milestones', 'Done (2 items outstanding)'],
      ['decisions', 'Approved (draft)'],
      ['decisions', 'Approved (No-Go)'],
      ['decisions', 'Approved (?)'],
    ] as const) {
      assert.ok(!readStatus(list, text).ok, text);
    }
    // A handover accepted with conditions is Ready until they are met; one no longer needed goes.
    for (const text of ['Accepted with conditions', 'Conditionally accepted', 'Partially accepted']) {
      const r = readStatus('handovers', text);
      assert.ok(!r.ok && /Ready until its receiving owner confirms they are met/.test(r.problem ?? ''), text);
      assert.deepEqual(r.choices, [`Ready (${text.toLowerCase()})`, 'Accepted'], text);
      for (const c of r.choices!) assert.ok(readStatus('handovers', c).ok, c);
    }
    for (const text of ['Cancelled', 'Not required', 'Withdrawn']) {
      const r = readStatus('handovers', text);
      assert.ok(!r.ok && /taken out of the Handovers table/.test(r.problem ?? ''), text);
      assert.deepEqual(r.choices, [], text);
    }
    const met = readMet('No – CAB pending');
    assert.ok(met.ok && met.value === 'no');
    const partly = readMet('Yes (partially)');
    assert.ok(!partly.ok && /changes what Yes says/.test(partly.problem ?? ''));
    // Not yet sure it is met: a gate must not pass on it.
    for (const text of ['Yes - to be confirmed', 'Yes (bar CAB minutes)', 'Yes?']) {
      const r = readMet(text);
      assert.ok(!r.ok && /changes what Yes says|asks whether it is Yes/.test(r.problem ?? ''), text);
    }
    // Work counted short of the whole, or not over yet, is not met; the whole counted is.
    for (const text of ['Yes - 9 of 11 live, 2 in review', 'Yes – 4 of 6 weeks so far', 'Yes (2 of 3 sites)']) {
      const r = readMet(text);
      assert.ok(!r.ok && /changes what Yes says/.test(r.problem ?? ''), text);
    }
    assert.ok(readMet('Yes (12 of 12 runbooks)').ok);
    // Waived, or let off, is not met: the waiver is a Waivers row.
    for (const text of ['Yes - waived by sponsor', 'Yes (exempt)', 'Yes – not required for the pilot']) {
      const r = readMet(text);
      assert.ok(
        !r.ok && /changes what Yes says.* a Waivers row with the criterion as its Target/.test(r.problem ?? ''),
        text,
      );
      assert.doesNotMatch(r.problem ?? '', /Put the note in another column/, text);
    }
    assert.ok(readMet('Yes – signed off by S-04').ok);
    // A count of something else, or against a target, and "remaining" said of nothing, leave it.
    assert.ok(readMet('yes – 13 of 14 analysts (target 80%)').ok);
    assert.ok(readStatus('issues', 'Closed – fixed in sprint 4 of 6').ok);
    assert.ok(readStatus('issues', 'Closed (no actions remaining)').ok);
    assert.ok(readStatus('handovers', 'Accepted (remaining minor defects logged as known errors)').ok);
    assert.ok(readStatus('decisions', 'Approved (3 of 4 board members; Senior supplier abstained)').ok);
    assert.ok(readMet('Yes – 1,200 of 1,200 users').ok);
    const verified = readStatus('handovers', 'Accepted – 310 of 412 CIs verified');
    assert.ok(!verified.ok && /changes what Accepted says/.test(verified.problem ?? ''));
    assert.ok(readStatus('handovers', 'Accepted (412 of 412 CIs verified)').ok);
    // A health's note says how the work goes: a count does not doubt the rating.
    assert.ok(readHealth('Green (2 of 3 handovers accepted)').ok);
    assert.ok(readHealth('Amber – 2 of 6 runbooks in review').ok);
    assert.ok(readMet('No?').ok, 'a doubted No is still not met');
    assert.ok(readMet('Yes (evidence: KB-12?)').ok, 'a question in the evidence doubts the evidence');
  });

  it('reads Met', () => {
    accepts(readMet, [
      ['yes', 'yes'],
      ['Y', 'yes'],
      ['✓', 'yes'],
      ['true', 'yes'],
      ['no', 'no'],
      ['n', 'no'],
      ['✗', 'no'],
      ['FALSE', 'no'],
      ['Not yet', 'no'],
      ['Met', 'yes'],
      ['Not met', 'no'],
      ['Achieved', 'yes'],
      ['partial', 'partial'],
    ]);
    rejects(readMet, [
      ['mostly', undefined],
      ['n/a yet', undefined],
    ]);
    // A ticked or empty box, and a spreadsheet's checkbox exported as 1 or 0.
    accepts(readMet, [
      ['✔\uFE0F', 'yes'],
      ['☑\uFE0F', 'yes'],
      ['☑', 'yes'],
      ['☐', 'no'],
      ['☒', 'no'],
      ['1', 'yes'],
      ['0', 'no'],
    ]);
    // A criterion written as a task: done is met, one not done yet is not.
    accepts(readMet, [
      ['Done', 'yes'],
      ['Completed', 'yes'],
      ['In progress', 'no'],
      ['Pending', 'no'],
      ['Not started', 'no'],
    ]);
    // One that does not apply is said to be removed or waived, not read as not met.
    for (const text of ['Not applicable', 'Waived', 'Out of scope']) {
      const r = readMet(text);
      assert.ok(!r.ok && /removed from the table, or, where a rule requires it .*waived/.test(r.problem ?? ''), text);
    }
  });

  it('counts the ways of saying "not known yet" as empty, and nothing longer', () => {
    const empty = ['', '  ', '-', '–', '—', 'n/a', 'N/A', 'na', 'TBD', 'tba', 'TBC', ' tbc '];
    // With a note on why or when: still not known.
    empty.push('TBC (Jan 2027)', 'TBD – vendor to confirm', 'tba: after the CAB', 'N/A (descoped)');
    // Or with when or by whom, without punctuation, as a half-finished lessons list writes it.
    empty.push('TBC at PIR workshop', 'TBD by the vendor', 'tbc in January', 'TBA once the CAB meets');
    // Nobody or nothing yet, as trackers and other languages' plans write it.
    empty.push('?', 'None', 'Unassigned', 'N.N.', 'To be assigned', 'to be confirmed');
    // A post not filled yet, as resource plans write an owner or a stakeholder's Name.
    empty.push('Vacant', 'To be appointed', 'to be named', 'Not yet appointed', 'To be appointed by the CIO');
    // Nothing there, said in words: a contingency `None identified` is no contingency.
    empty.push('Nil', 'none yet', 'None identified', 'Not yet defined', 'To be agreed', 'to be defined');
    // "To be" done later, with when or by whom.
    empty.push('To be captured at the PIR workshop', 'To be agreed with the vendor', 'to be confirmed by the CAB');
    // A spreadsheet's formula with no value, pasted with its table.
    empty.push('#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#n/a');
    for (const text of empty) assert.equal(isEmptyValue(text), true, JSON.stringify(text));
    for (const text of [
      'TBC 2027',
      'TBC by 5 Mar 2027',
      'TBCs',
      '0',
      'n/a yet',
      'None of the above',
      // Met's own hint says what to do with a criterion that does not apply.
      'Not applicable',
      'Not yet defined by the vendor',
      'Nothing to report',
      // Text that only starts with "to be": a lesson, a mitigation.
      'To be effective, train the desk before cutover',
      'To be safe, keep the old system read-only for a month',
      'TBD-vendor',
      'Tbd soon',
      '(TBC)',
      'Nonet',
      'Vacancies filled',
      'u',
      '?!',
      '#1',
      '#REF',
      '#N/A (see tab 2)',
    ]) {
      assert.equal(isEmptyValue(text), false, JSON.stringify(text));
    }
  });

  /** A plan of one milestone whose Forecast cell holds `cell`. */
  const milestoneForecast = (cell: string): string =>
    planText({
      section: 'Project Planning and Coordination',
      register: 'Milestones',
      lines: [
        '| ID | Milestone | Owner | Baseline | Forecast | Status |',
        '| --- | --- | --- | --- | --- | --- |',
        `| M-01 | Go live | S-01 | 2027-03-01 | ${cell} | Not started |`,
      ],
    });

  it('reads a milestone forecast of TBC as no forecast, not as an unreadable date', () => {
    const text = milestoneForecast('TBC');
    const findings = createPlanEngine().lintDocument('p.plan.md', text, { asOf: '2026-11-25' }).findings;
    assert.deepEqual(
      findings.filter((f) => f.rule === 'unreadable-value'),
      [],
    );
  });

  it('reads "to be confirmed" with the day it will probably be as that day, and TBC with any other note as empty', () => {
    const forecast = (cell: string) => {
      const row = createPlanEngine().parse('p.plan.md', milestoneForecast(cell)).rows('milestones')[0]!;
      return cellValue(row, 'forecast', readDate);
    };
    assert.equal(forecast('TBC (2027-03-05)'), '2027-03-05');
    assert.equal(forecast('TBC – 5 Mar 2027'), '2027-03-05');
    assert.equal(forecast('tbd: 2027-03-05'), '2027-03-05');
    // A note that is no day leaves the cell empty (contract §3), not unreadable.
    assert.equal(forecast('TBC (Jan 2027)'), undefined);
    assert.equal(forecast('TBC – vendor to confirm'), undefined);
    assert.equal(forecast('TBC'), undefined);
    // A numeric day that reads two ways after TBC is unreadable, as it is alone (§3.1).
    assert.equal(forecast('TBA (05/03/2027)'), UNREADABLE);
    assert.equal(forecast('TBC – 13/03/2027'), UNREADABLE);
  });

  it('says a numeric day after TBC that reads two ways, with fixes that keep the TBC', () => {
    const r = readDate('TBA (05/03/2027)');
    assert.ok(!r.ok);
    assert.match(r.problem ?? '', /Day\/month order differs/);
    assert.deepEqual(r.choices, ['TBA (2027-03-05)', 'TBA (2027-05-03)']);
    const one = readDate('TBC – 13/03/2027');
    assert.ok(!one.ok);
    assert.equal(one.suggestion, 'TBC – 2027-03-13');
  });

  it("reads GitHub's emoji shortcodes as the marks they show", () => {
    const text = planText({
      section: 'Project Planning and Coordination',
      register: 'Milestones',
      lines: [
        '| ID | Milestone | Owner | Baseline | Forecast | Actual | Status |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| M-01 | Design approved | S-01 | 2026-03-01 | 2026-03-01 | 2026-03-01 | :white_check_mark: |',
        '| M-02 | Go live | S-01 | 2027-03-01 | 2027-03-01 | - | :construction: |',
      ],
    });
    const engine = createPlanEngine();
    const result = engine.lintDocument('p.plan.md', text, { asOf: '2026-11-25' });
    const unread = result.findings.filter((f) => f.rule === 'unreadable-value');
    // ✅ is Done; a shortcode of no mark Handoff reads stays as written, and is reported.
    assert.deepEqual(
      unread.map((f) => f.range.start.line),
      [text.split('\n').findIndex((l) => l.startsWith('| M-02'))],
    );
    const status = engine.status(result.plan!, { asOf: '2026-11-25' });
    assert.equal(status.milestones.find((m) => m.id === 'M-01')?.done, true);
  });

  it('suggests the word a typo stands for, one edit or one swap away, and never a guess between two', () => {
    // Status words, as their list spells them.
    const status: [WordList, string, string | undefined][] = [
      ['risks', 'Opne', 'Open'],
      ['risks', 'Closd', 'Closed'],
      ['milestones', 'Not strated', 'Not started'],
      ['milestones', 'On trak', 'On track'],
      ['decisions', 'Propsed', 'Proposed'],
      ['handovers', 'Acepted', 'Accepted'],
      // An Issues list reads Closed as Done: the spelling near the typo is the one offered.
      ['issues', 'Clsoed', 'Closed'],
      // Two edits away, or too short to tell: no guess.
      ['risks', 'Opnd', undefined],
      ['milestones', 'Dn', undefined],
    ];
    assert.ok(status.length > 0);
    for (const [list, text, suggestion] of status) {
      const r = readStatus(list, text);
      assert.ok(!r.ok, `${list} ${text}`);
      assert.equal(r.suggestion, suggestion, `${list} ${text}`);
      assert.equal(r.typo, suggestion === undefined ? undefined : true, `${list} ${text}`);
    }
    rejects(readHealth, [
      ['Gren', 'Green'],
      ['Amebr', 'Amber'],
      ['Grey', undefined],
    ]);
    rejects(readLevel, [
      ['Hgh', 'High'],
      ['Meduim', 'Medium'],
      ['Very hgh', 'Very high'],
      // Two edits from Insignificant, and a word of its own: never Very low.
      ['Significant', undefined],
    ]);
  });

  it("offers a typo's word as a quick fix that is not preferred, and says it", () => {
    const text = planText({
      section: 'Project Initiation',
      register: 'Risks',
      lines: [
        '| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| R-01 | Data is duplicated | Hgh | 3 | S-01 | Dedupe | Opne |',
      ],
    });
    const findings = createPlanEngine()
      .lintDocument('p.plan.md', text, { asOf: '2026-11-25' })
      .findings.filter((f) => f.rule === 'unreadable-value');
    assert.deepEqual(
      findings.map((f) => [
        /Did you mean (\w+)\?/.exec(f.message)?.[1],
        f.fixes?.[0]?.title,
        f.fixes?.[0]?.isPreferred,
      ]),
      [
        ['High', 'Write High', false],
        ['Open', 'Write Open', false],
      ],
    );
  });
});
