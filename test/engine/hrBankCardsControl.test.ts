/**
 * A control-stage plan as the IT PMO of a Croatian bank writes it, moving card management to an
 * outside processor (practitioner fixture hr-bank-cards-processor-control): dates with Croatian
 * month names and a point after the year (`12. ožujka 2027.`, `subota, 16. listopada 2027.`,
 * `12. 3. 2027.`, `kraj ožujka 2027.`), where `listopada` is October, not Polish November;
 * stakeholders listed with `mr. sc.`, `dr. sc.`, `gđa`, `g.` before the name and `mag. ing. el.`,
 * `univ. spec. oec.` after it, referred to without their letters (`Djurdja Horvat`); the Uprava,
 * Nadzorni odbor and Upravljački odbor projekta as boards; amounts in euros (`750 tis. EUR`,
 * `bez PDV-a`) with a line still in kunas, never summed as euros.
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { parsePlan } from '../../server/src/engine/parse/plan.js';
import { readingOf } from '../../server/src/engine/valueCells.js';
import { cellValue } from '../../server/src/engine/values.js';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { readMet } from '../../server/src/engine/values/met.js';
import { auditPlan, auditPlanOf } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-03-15';

const LISTED = [
  '| S-01 | mr. sc. Đurđa Horvat | Sponsor | Uprava |',
  '| S-02 | Ivan Ivančić, dipl. ing. | Service owner | Sektor kartičnog poslovanja |',
  '| S-03 | Ana Kovačević, mag. oec. | Project manager | PMO |',
  '| S-04 | Marko Babić, mag. ing. el. | Transition manager | Sektor informatike |',
  '| S-05 | gđa Snježana Marić | Finance controller | Kontroling |',
  '| S-06 | dr. sc. Tomislav Jurić | Compliance | Ured usklađenosti |',
  '| S-07 | Krešimir Perić, univ. spec. oec. | Procurement | Služba nabave |',
  '| S-08 | g. Dražen Pavlović | Incoming supplier | Adria Card Processing d.o.o. |',
];

const plan = auditPlanOf(
  {
    id: 'JB-PMO-2027-011',
    title: 'CardSys to Adria Card Processing',
    service: 'Card management',
    front: [
      'sponsor: Đurđa Horvat',
      'service_owner: Ivan Ivančić',
      'project_manager: Ana Kovačević',
      'transition_manager: Marko Babić',
      'budget: { currency: EUR, approved: 1250000 }',
    ],
    risk: ['Token migration fails in the first wave', 'Licence in kunas over plan'],
    decision: ['Outsource card management to ACP', '2026-11-02'],
  },
  LISTED,
);

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const date = (t: string) => {
  const r = readDate(t);
  return r.ok ? r.value : [r.problem, r.choices];
};
const amount = (t: string) => {
  const r = readAmount(t, 'EUR');
  return r.ok ? [r.value.value, r.value.currency, r.value.taxBasis] : r.problem;
};

describe('a Croatian bank control plan: card management moved to a processor', () => {
  it('reads `15. listopada 2027.` as 15 October, as Croatian writes it, not Polish November', () => {
    // Before, `15. listopada 2027` was read as 15 November without a word, and `15. listopada 2027.` not at all.
    assert.equal(date('15. listopada 2027.'), '2027-10-15');
    assert.equal(date('15. listopada 2027'), '2027-10-15');
    assert.equal(date('subota, 16. listopada 2027.'), '2027-10-16');
    // Polish `r.` after the year says Polish: November, as before.
    assert.equal(date('15 listopada 2027 r.'), '2027-11-15');
    assert.equal(date('5 lipca 2027 r.'), '2027-07-05');
  });

  it('keeps `15 listopada 2027` alone (no plan) Polish, with the Croatian reading for a plan to settle', () => {
    const r = readDate('15 listopada 2027');
    assert.ok(r.ok && r.value === '2027-11-15' && r.twoWay);
    assert.deepEqual(
      [...r.twoWay.byLanguage].map(([language, x]) => [language, x.ok && x.value]),
      [
        ['Croatian', '2027-10-15'],
        ['Polish', '2027-11-15'],
      ],
    );
    const asked = r.twoWay.otherwise;
    assert.ok(!asked.ok);
    assert.match(asked.problem!, /"listopada" is October in Croatian and November in Polish/);
    assert.deepEqual(asked.choices, ['2027-10-15', '2027-11-15']);
    assert.deepEqual(asked.choiceNotes, ['October, as Croatian names it', 'November, as Polish names it']);
    // The month alone: its last day in each language, unless the point after the year says Croatian.
    assert.deepEqual(date('listopad 2027')[1], ['2027-10-31', '2027-11-30']);
    assert.deepEqual(date('listopad 2027.')[1], ['2027-10-31']);
    // June and July do not collide: Croatian `lipnja` is June, Polish `lipca` July.
    assert.equal(date('15. lipnja 2027.'), '2027-06-15');
    assert.equal(date('15 lipca 2027'), '2027-07-15');
  });

  it('reads `15 listopada 2027`, with no point, in the language of the plan’s other month names, else asks', () => {
    const decided = (after: readonly string[]) =>
      auditPlan({
        id: 'X-1',
        title: 'Cards',
        service: 'Cards',
        listed: LISTED,
        owners: [],
        risk: ['-', '-'],
        approvers: ['Đurđa Horvat'],
        decision: ['Cut-over date', '15 listopada 2027'],
        after,
      });
    const on = (after: readonly string[]) =>
      cellValue(parsePlan('p.plan.md', decided(after)).rows('decisions')[0]!, 'date', readDate);
    // A plan that writes Croatian month names: October. Before, 15 November without a word.
    assert.equal(on(['Sjednica Upravljačkog odbora: 12. ožujka 2027.']), '2027-10-15');
    assert.equal(on(['Sjednica: 12. ozujka 2027.']), '2027-10-15');
    // One that writes Polish ones: November, as before.
    assert.equal(on(['Posiedzenie Komitetu Sterującego w dniu 17 marca 2027 r.']), '2027-11-15');
    // One that writes neither, or both: asked, with a fix for each reading, none preferred.
    for (const after of [[], ['12. ožujka 2027. / 17 marca 2027 r.']]) {
      const [asked, ...more] = findings(decided(after), 'unreadable-value');
      assert.equal(more.length, 0);
      assert.match(asked!.message, /"listopada" is October in Croatian and November in Polish/);
      assert.deepEqual(
        asked!.fixes?.map((f) => [f.title, f.isPreferred]),
        [
          ['Write 2027-10-15 (October, as Croatian names it)', undefined],
          ['Write 2027-11-15 (November, as Polish names it)', undefined],
        ],
      );
    }
    // A hover says what the plan reads.
    const croatian = decided(['Sjednica: 12. ožujka 2027.']);
    assert.equal(readingOf('date', '15 listopada 2027', undefined, undefined, croatian)?.reads, '2027-10-15, a Friday');
    assert.equal(readingOf('date', '15 listopada 2027', undefined, undefined, decided([])), undefined);
    // `maja` is a Croatian given name as well as Polish May's genitive: no evidence either way.
    assert.equal(findings(decided(['Maja Đurić, DPO']), 'unreadable-value').length, 1);
  });

  it('reads Croatian month names, day names and the point after the year', () => {
    const cases: [string, string][] = [
      ['12. siječnja 2027.', '2027-01-12'],
      ['26. veljače 2027.', '2027-02-26'],
      ['12. ožujka 2027.', '2027-03-12'],
      ['12. ozujka 2027.', '2027-03-12'],
      ['15. travnja 2027.', '2027-04-15'],
      ['31. svibnja 2027.', '2027-05-31'],
      ['2. srpnja 2027.', '2027-07-02'],
      ['27. kolovoza 2027.', '2027-08-27'],
      ['24. rujna 2027.', '2027-09-24'],
      ['13. studenoga 2027.', '2027-11-13'],
      ['13. studenog 2027.', '2027-11-13'],
      ['31. prosinca 2027.', '2027-12-31'],
      ['petak, 26. veljače 2027.', '2027-02-26'],
      ['ponedjeljak, 15. ožujka 2027.', '2027-03-15'],
    ];
    for (const [text, iso] of cases) assert.equal(date(text), iso, text);
    assert.match(String(date('utorak, 15. ožujka 2027.')[0]), /is a Monday, not a Tuesday/);
    // The end of a month is the month's last day, offered; numeric dates are asked, as ever.
    assert.deepEqual(date('kraj ožujka 2027.')[1], ['2027-03-31']);
    assert.deepEqual(date('krajem listopada 2027.')[1], ['2027-10-31']);
    const numeric = readDate('12. 3. 2027.');
    assert.ok(!numeric.ok && numeric.dayFirst === '2027-03-12' && numeric.monthFirst === '2027-12-03');
    const one = readDate('15. 3. 2027.');
    assert.ok(!one.ok && one.suggestion === '2027-03-15');
  });

  it('reads euros as Croatian finance writes them, and never sums kunas as euros', () => {
    assert.deepEqual(amount('1.250.000,00 EUR'), [1_250_000, 'EUR', undefined]);
    assert.deepEqual(amount('750 tis. EUR'), [750_000, 'EUR', undefined]);
    assert.deepEqual(amount('2 milijuna EUR'), [2_000_000, 'EUR', undefined]);
    assert.deepEqual(amount('1,2 milijarde €'), [1_200_000_000, 'EUR', undefined]);
    assert.deepEqual(amount('85.000,00 EUR bez PDV-a'), [85_000, 'EUR', 'net']);
    assert.deepEqual(amount('85.000,00 EUR + PDV'), [85_000, 'EUR', 'net']);
    assert.deepEqual(amount('85.000,00 EUR s PDV-om'), [85_000, 'EUR', 'gross']);
    assert.deepEqual(amount('85.000,00 EUR uključen PDV'), [85_000, 'EUR', 'gross']);
    // `mil` alone is a thousand in euros, as Spain and Portugal write it, and a million in Croatia:
    // the plan's month names settle it (below); alone, it reads as before, with Croatia's reading kept.
    const mil = readAmount('0,25 mil. EUR', 'EUR');
    assert.ok(mil.ok && mil.value.value === 250 && mil.twoWay);
    const croatian = mil.twoWay.byLanguage.get('Croatian');
    assert.ok(croatian?.ok && croatian.value.value === 250_000);
    const net = readAmount('0,25 mil EUR bez PDV-a', 'EUR');
    const netCroatian = net.ok ? net.twoWay?.byLanguage.get('Croatian') : undefined;
    assert.ok(netCroatian?.ok && netCroatian.value.value === 250_000 && netCroatian.value.taxBasis === 'net');
    assert.deepEqual(amount('€ 250 mil'), [250_000, 'EUR', undefined]);
    // The unit note `(u tis. EUR)`: in thousands of euros.
    assert.deepEqual(amountUnitOf('Approved (u tis. EUR)')?.unit, { scale: 1000, currency: 'EUR' });
    assert.match(String(amount('640.000,00 kn')), /in HRK/);
    assert.match(String(amount('640.000,00 HRK')), /in HRK/);
    // The kuna and the euro by their Croatian names: before, `kuna` was read as `k` and a currency
    // "UNA", and `eura` was no currency.
    assert.match(String(amount('640.000,00 kuna')), /in HRK/);
    assert.match(String(amount('3.000,00 kune')), /in HRK/);
    assert.deepEqual(amount('1,2 milijuna eura'), [1_200_000, 'EUR', undefined]);
    assert.deepEqual(amount('750 tisuća eura'), [750_000, 'EUR', undefined]);
  });

  it('reads `mr. sc.`, `dr. sc.`, `gđa`, `g.` as titles and `mag. ing. el.`, `univ. spec. oec.` as degrees', () => {
    assert.deepEqual(
      unresolved(['Đurđa Horvat', 'Tomislav Jurić', 'Snježana Marić', 'Dražen Pavlović', 'Marko Babić']),
      [],
    );
    assert.deepEqual(
      unresolved(['Ana Kovačević', 'Krešimir Perić', 'gospođa Snježana Marić', 'gospodin Dražen Pavlović']),
      [],
    );
    assert.equal(whoIs('Marko Babić'), 'S-04');
    assert.equal(whoIs('gđa Snježana Marić'), 'S-05');
    // Typed without č ć đ š ž: `Djurdja` is `Đurđa`.
    assert.equal(whoIs('Djurdja Horvat'), 'S-01');
    assert.equal(whoIs('Ivan Ivancic'), 'S-02');
    assert.equal(whoIs('Kresimir Peric'), 'S-07');
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
    // The family name first with an initial is offered, never applied.
    assert.match(unresolved(['Ivančić I.'])[0]!, /Did you mean Ivan Ivančić, dipl\. ing\. \(S-02\)\?/);
  });

  it('reads the Uprava, the Nadzorni odbor and the Upravljački odbor projekta as boards', () => {
    for (const board of [
      'Uprava',
      'Uprava Banke',
      'Nadzorni odbor',
      'Upravljački odbor projekta',
      'Upravljacki odbor',
      'Projektni odbor',
    ]) {
      assert.equal(isBoardName(board), true, board);
    }
    assert.equal(whoIs('Projektni odbor (Đurđa Horvat)'), 'S-01');
    const [board, ...more] = findings(plan([], LISTED, ['Nadzorni odbor']), 'unresolved-reference');
    assert.equal(more.length, 0);
    assert.match(board!.message, /is a board, not a person/);
  });

  it('asks about status words, ratings and Met written in Croatian, with the English word as the fix', () => {
    const met = (t: string) => {
      const r = readMet(t);
      return r.ok ? r.value : r.choices;
    };
    assert.deepEqual(met('Da'), ['Yes']);
    assert.deepEqual(met('Ne'), ['No']);
    assert.deepEqual(met('Djelomično'), ['Partial']);
  });

  it('lints the whole plan: dates read, kunas kept out of the euro totals, and its true gaps', () => {
    const { result, status } = lintedFixture('hr-bank-cards-processor-control.plan.md', AS_OF);
    const got = result.findings.map((f) => `${f.range.start.line + 1} ${f.rule}`);
    assert.deepEqual(got, [
      '71 unreadable-value', // kraj ožujka 2027.: a month's end, not a day
      ...[102, 103, 104, 105, 106, 107, 108, 109, 110, 111].map((l) => `${l} unreadable-value`), // Croatian milestone status
      '131 exit-criteria-unmet',
      '142 unreadable-value', // 640.000,00 kn
      '147 table-columns',
      '157 unreadable-value',
      '158 unreadable-value',
      '170 unreadable-value',
      '171 unreadable-value',
      '172 unreadable-value',
      '184 unreadable-value',
      '185 unreadable-value',
      '186 unreadable-value', // 12. 2. 2027.: both orders are dates
      '186 unreadable-value',
      '201 unresolved-reference', // Uprava, a team of one
      '204 unresolved-reference', // Nadzorni odbor alone
      ...Array<string>(4).fill('208 required-handover-missing'),
      '215 unresolved-reference', // Ivančić I.
      '221 unreadable-value',
      '222 unreadable-value',
    ]);
    const message = (line: number) =>
      result.findings
        .filter((f) => f.range.start.line + 1 === line)
        .map((f) => f.message)
        .join('\n');
    assert.match(message(142), /"640\.000,00 kn".*in HRK/);
    assert.match(message(106), /"Kasni" is Late/);
    assert.match(message(184), /"žuto" is Amber/);
    // The second budget table is in `(u tis. EUR)`: said to be in another unit than the first.
    assert.match(message(147), /in another unit \("Approved \(u tis\. EUR\)", not "Approved"\)/);
    // The cut-over is read as 16 October, the day go_live says.
    const m08 = status.milestones.find((m) => m.id === 'M-08');
    assert.equal(m08?.baseline, '2027-10-16');
    assert.equal(status.milestones.find((m) => m.id === 'M-09')?.forecast, '2027-11-13');
    // H-03's `29 listopada 2027`, with no point, is October: the plan writes Croatian month names.
    assert.equal(status.handovers.find((h) => h.id === 'H-03')?.planned, '2027-10-29');
    assert.deepEqual(
      status.budget.unreadAmounts.map((u) => u.text),
      ['640.000,00 kn'],
    );
    // `0,25 mil. EUR` is a quarter of a million in a plan whose month names are Croatian:
    // 650.000,00 + 250.000 + 85.000,00 EUR. Before, it was not read.
    assert.equal(status.budget.approvedLines, 985_000);
    // The internal costs' table, in another unit, is not read: no total is compared without it.
    assert.deepEqual(
      result.findings.filter((f) => f.rule === 'budget-mismatch' || f.rule === 'cost-overrun'),
      [],
    );
  });
});
