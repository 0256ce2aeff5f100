/**
 * A planning-stage plan as the PMO of a Polish bank's IT department writes it, taking the
 * application support of its retail-loan system back from an outsourcer (practitioner fixture
 * pl-bank-kredo-ams-planning): stakeholders listed with Polish titles (`prof. dr hab.`, `mgr inż.`,
 * `dr inż.`, `dr hab.`, `inż.`, `mgr`, `Pani`, `Pan`), referred to as colleagues and mail addresses
 * do (`Łukasz Wróbel`, `Pawel Dabrowski`, `Pani Wójcik`), the Komitet Sterujący, the Zarząd and the
 * Rada Nadzorcza as the boards, amounts as Polish finance writes them (`450 tys. zł`, `1 250 000,00
 * zł`, `(tys. zł)`), and dates with Polish month names in the genitive (`15 marca 2027 r.`).
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { parsePlan } from '../../server/src/engine/parse/plan.js';
import { planStatus } from '../../server/src/engine/status.js';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { auditPlan } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-03-10';

const LISTED = [
  '| S-01 | prof. dr hab. Łukasz Wróbel | Wiceprezes Zarządu (Sponsor) | Zarząd Banku |',
  '| S-02 | mgr inż. Małgorzata Kowalczyk | Dyrektor DUS (Service owner) | Departament Utrzymania Systemów |',
  '| S-03 | mgr Paweł Dąbrowski | Kierownik projektu (Project manager) | PMO |',
  '| S-04 | dr inż. Grzegorz Brzęczyszczykiewicz | Transition manager | Departament Utrzymania Systemów |',
  '| S-05 | Pani Agnieszka Zielińska | Kontroler finansowy | Controlling |',
  '| S-06 | dr hab. Katarzyna Lewandowska | Dyrektor Biura Compliance | Compliance |',
  '| S-07 | inż. Tomasz Nowak | Change manager | Departament Utrzymania Systemów |',
  '| S-08 | Pan Krzysztof Woźniak | Outgoing supplier manager | Vistula Data sp. z o.o. |',
];

/** A plan whose Risks register has one risk per owner given, and whose Decisions approvers are given. */
function plan(
  owners: readonly string[],
  listed: readonly string[] = LISTED,
  approvers: readonly string[] = [],
  after: readonly string[] = [],
): string {
  return auditPlan({
    id: 'DI-PMO-2027-008',
    title: 'KREDO AMS',
    service: 'KREDO application support',
    front: [
      'sponsor: Łukasz Wróbel',
      'service_owner: Malgorzata Kowalczyk',
      'project_manager: Pawel Dabrowski',
      'budget: { currency: PLN, approved: 1250000 }',
    ],
    listed,
    owners,
    risk: ['Niepełny transfer wiedzy', 'Reverse shadowing'],
    approvers,
    decision: ['Przeniesienie utrzymania KREDO do DUS', '2027-01-14'],
    after,
  });
}

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const dateOf = (t: string): string | undefined => {
  const r = readDate(t);
  return r.ok ? r.value : undefined;
};

const amountOf = (t: string): number | undefined => {
  const r = readAmount(t, 'PLN');
  return r.ok ? r.value.value : undefined;
};

/** A Resource consumption register of the tables given, each a header and its rows. */
function budget(...tables: (readonly string[])[]): string[] {
  return [
    '## Project Control',
    '',
    '### Resource consumption',
    '',
    ...tables.flatMap(([header, ...rows], i) => [
      ...(i > 0 ? ['Koszty wewnętrzne:', ''] : []),
      header!,
      header!.replace(/[^|]+/g, ' --- '),
      ...rows,
      '',
    ]),
  ];
}

describe('a Polish bank planning plan: application support taken back from an outsourcer', () => {
  it('reads Polish titles as titles: `prof. dr hab.`, `mgr inż.`, `dr inż.`, `dr hab.`, `inż.`, `mgr`, `Pani`, `Pan`', () => {
    const owners = [
      'Łukasz Wróbel',
      'Małgorzata Kowalczyk',
      'Paweł Dąbrowski',
      'Grzegorz Brzęczyszczykiewicz',
      'Agnieszka Zielińska',
      'Katarzyna Lewandowska',
      'Tomasz Nowak',
      'Krzysztof Woźniak',
      'prof. Łukasz Wróbel',
      'dr Grzegorz Brzęczyszczykiewicz',
    ];
    assert.deepEqual(unresolved(owners), []);
    // Typed without Polish letters, as mail addresses write them, and without the title.
    assert.deepEqual(unresolved(['Lukasz Wrobel', 'Grzegorz Brzeczyszczykiewicz', 'Malgorzata Kowalczyk']), []);
    // The front matter names them without their titles and letters.
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
    // Listed without a title, named with one; `inż.` typed without its letter.
    const listed = [
      '| S-01 | Łukasz Wróbel | Sponsor | Zarząd |',
      '| S-02 | Małgorzata Kowalczyk | Service owner | DUS |',
      '| S-03 | Paweł Dąbrowski | Project manager | PMO |',
    ];
    for (const [ref, id] of [
      ['prof. dr hab. inż. Łukasz Wróbel', 'S-01'],
      ['dr hab. Łukasz Wróbel', 'S-01'],
      ['mgr inz. Malgorzata Kowalczyk', 'S-02'],
      ['Pani Małgorzata Kowalczyk', 'S-02'],
      ['Pan Paweł Dąbrowski', 'S-03'],
      ['Pan mgr Paweł Dąbrowski', 'S-03'],
    ])
      assert.equal(whoIs(ref!, listed), id, ref);
  });

  it('takes `Pan` for a title only before two words or more, and `inż.` only with its point', () => {
    const listed = [
      '| S-01 | Pan Wei | Sponsor | IT |',
      '| S-02 | Inż Kowal | Service owner | Ops |',
      '| S-03 | Tomasz Nowak | Project manager | PMO |',
    ];
    // `Pan Wei` is a Chinese name, not Mr Wei.
    assert.equal(whoIs('Wei', listed), undefined);
    assert.equal(whoIs('Pan Wei', listed), 'S-01');
    assert.equal(whoIs('Inż Kowal', listed), 'S-02');
    assert.equal(whoIs('Kowal', listed), undefined);
    assert.equal(whoIs('inż. Tomasz Nowak', listed), 'S-03');
    assert.equal(whoIs('inż Tomasz Nowak', listed), undefined);
  });

  it('offers a title and a family name (`Pani Zielińska`, `dr Lewandowska`) and `Kowalczyk M.`, never applies them', () => {
    const messages = unresolved(['Pani Zielińska', 'dr Lewandowska', 'Kowalczyk M.']);
    assert.equal(messages.length, 3, messages.join('\n'));
    assert.match(messages[0]!, /Did you mean Pani Agnieszka Zielińska \(S-05\)\?/);
    assert.match(messages[1]!, /Did you mean dr hab\. Katarzyna Lewandowska \(S-06\)\?/);
    assert.match(messages[2]!, /Did you mean mgr inż\. Małgorzata Kowalczyk \(S-02\)\?/);
    assert.equal(whoIs('Pani Zielińska'), undefined);
    assert.equal(whoIs('Kowalczyk M.'), undefined);
    // `Pan` before one word may be a Chinese name (`Pan Wei`): `Pan Woźniak` names no one.
    assert.equal(whoIs('Pan Woźniak'), undefined);
  });

  it('reads the Komitet Sterujący, the Zarząd and the Rada Nadzorcza as boards: written with who answered, it is that person', () => {
    for (const board of [
      'Komitet Sterujący',
      'Komitet Sterujacy',
      'komitet sterujący',
      'Zarząd',
      'Zarzad',
      'Zarząd Banku',
      'Zarząd Spółki',
      'Rada Nadzorcza',
    ])
      assert.ok(isBoardName(board), board);
    for (const word of ['Komitet', 'Rada', 'Zarząd Dróg Miejskich', 'Rada Miasta', 'Komitet Audytu'])
      assert.equal(isBoardName(word), false, word);
    const [zarzad, rada, ...more] = findings(
      plan([], LISTED, ['Zarząd', 'Rada Nadzorcza', 'Komitet Sterujący (Łukasz Wróbel)']),
      'unresolved-reference',
    );
    assert.equal(more.length, 0);
    assert.match(zarzad!.message, /"Zarząd" is a board, not a person/);
    assert.match(rada!.message, /"Rada Nadzorcza" is a board, not a person/);
    assert.equal(whoIs('Komitet Sterujący (Łukasz Wróbel)'), 'S-01');
    assert.equal(whoIs('Zarząd Banku (prof. Łukasz Wróbel)'), 'S-01');
    assert.equal(whoIs('Zarząd: Łukasz Wróbel'), 'S-01');
  });

  it('reads a name with its title beside a board or a role after a colon, as in parentheses: `Zarząd Banku: prof. Łukasz Wróbel`', () => {
    assert.equal(whoIs('Zarząd Banku: prof. Łukasz Wróbel'), 'S-01');
    assert.equal(whoIs('Komitet Sterujący – prof. dr hab. Łukasz Wróbel'), 'S-01');
    assert.equal(whoIs('Sponsor: prof. Łukasz Wróbel'), 'S-01');
    // In English plans too.
    const listed = ['| S-01 | Jonas Feld | Sponsor | Board |', '| S-02 | Mark Evans | Service owner | Ops |'];
    assert.equal(whoIs('Project Board: Dr Jonas Feld', listed), 'S-01');
    assert.equal(whoIs('Dr Jonas Feld - Board', listed), 'S-01');
    // Two people are no one, whatever their titles.
    assert.equal(whoIs('Dr Jonas Feld - Mr Mark Evans', listed), undefined);
  });

  it('reads Polish month names in dates, in the genitive (`15 marca 2027`), with or without Polish letters', () => {
    const months = [
      ['15 stycznia 2027', '2027-01-15'],
      ['1 lutego 2027', '2027-02-01'],
      ['15 marca 2027', '2027-03-15'],
      ['1 kwietnia 2027', '2027-04-01'],
      ['14 maja 2027', '2027-05-14'],
      ['11 czerwca 2027', '2027-06-11'],
      ['5 lipca 2027', '2027-07-05'],
      ['31 sierpnia 2027', '2027-08-31'],
      ['3 września 2027', '2027-09-03'],
      ['3 wrzesnia 2027', '2027-09-03'],
      ['12 października 2027', '2027-10-12'],
      ['12 pazdziernika 2027', '2027-10-12'],
      ['30 listopada 2027', '2027-11-30'],
      ['17 grudnia 2026', '2026-12-17'],
      ['3 sty 2027', '2027-01-03'],
      ['7 kwi 2027', '2027-04-07'],
      ['1 paź 2027', '2027-10-01'],
      ['1-lip-2027', '2027-07-01'],
      ['15 MARCA 2027', '2027-03-15'],
    ] as const;
    assert.ok(months.length > 0);
    for (const [written, iso] of months) assert.equal(dateOf(written), iso, written);
    // A month alone, as its nominative names it, is a month, not a day.
    for (const month of ['marzec 2027', 'październik 2027', 'grudzien 2027']) {
      const r = readDate(month);
      assert.ok(!r.ok && /names a month, not a day/.test(r.problem ?? ''), month);
    }
    assert.equal(dateOf('31 lutego 2027'), undefined);
  });

  it('reads `r.` (roku) after the year: `5 lipca 2027 r.`; a numeric date is still asked about', () => {
    assert.equal(dateOf('5 lipca 2027 r.'), '2027-07-05');
    assert.equal(dateOf('5 lipca 2027r.'), '2027-07-05');
    const numeric = readDate('15.03.2027 r.');
    assert.ok(!numeric.ok);
    assert.equal(numeric.suggestion, '2027-03-15');
    const twoWays = readDate('03.04.2027 r.');
    assert.ok(!twoWays.ok && twoWays.suggestion === undefined);
    // Only after a year: `r.` after a day or alone is no date.
    assert.equal(dateOf('15 marca r.'), undefined);
    assert.equal(dateOf('r.'), undefined);
  });

  it('reads `tys.` as a thousand (`450 tys. zł`, `12,5 tys. zł`), and asks where it may be a thousandth', () => {
    assert.equal(amountOf('450 tys. zł'), 450000);
    assert.equal(amountOf('450 tys zł'), 450000);
    assert.equal(amountOf('12,5 tys. zł'), 12500);
    assert.equal(amountOf('1 250 tys. zł'), 1250000);
    assert.equal(amountOf('PLN 450 tys.'), 450000);
    assert.equal(amountOf('1,2 mln zł'), 1200000);
    assert.equal(amountOf('1,1 mld zł'), 1100000000);
    assert.equal(amountOf('PLN 1.250.000'), 1250000);
    // A point or a comma before three digits, with a continental scale, reads two ways.
    const point = readAmount('1.250 tys. zł', 'PLN');
    assert.ok(!point.ok);
    assert.deepEqual(point.choices, ['1250', '1250000']);
    assert.ok(!readAmount('1,250 tys. zł', 'PLN').ok);
  });

  it('reads a decimal comma after groups of three spaced digits: `1 250 000,00 zł`', () => {
    assert.equal(amountOf('1 250 000,00 zł'), 1250000);
    assert.equal(amountOf('95 000,50 zł'), 95000.5);
    assert.equal(amountOf('1\u00a0250\u00a0000,00 zł'), 1250000);
    assert.equal(amountOf('1\u202f250,5 PLN'), 1250.5);
    assert.equal(amountOf('-1 250,00 zł'), -1250);
    // Three digits after the comma may group thousands: not read, as before.
    assert.equal(amountOf('1 250,000 zł'), undefined);
    // English grouping is read as before.
    const pounds = readAmount('£1,250,000.00', 'GBP');
    assert.equal(pounds.ok && pounds.value.value, 1250000);
    assert.equal(readAmount('R 450 000', 'ZAR').ok, true);
    // A run of 20,000 groups is no number JavaScript holds (its speed is the sweep's and the
    // fuzzer's to measure, not a test's).
    const long = `1${' 234'.repeat(20000)},5 zł`;
    assert.equal(readAmount(long, 'PLN').ok, false);
  });

  it('reads unit notes as Polish finance writes them: `(tys. zł)`, `(w tys. PLN)`, `(PLN tys.)`', () => {
    for (const header of [
      'Approved (tys. zł)',
      'Approved (tys zł)',
      'Approved (w tys. zł)',
      'Approved (tys. PLN)',
      'Approved (w tys. PLN)',
      'Approved (PLN tys.)',
    ])
      assert.deepEqual(amountUnitOf(header), { name: 'Approved', unit: { scale: 1e3, currency: 'PLN' } }, header);
    assert.deepEqual(amountUnitOf('Approved (mln zł)'), { name: 'Approved', unit: { scale: 1e6, currency: 'PLN' } });
    assert.deepEqual(amountUnitOf('Approved (tys. zł netto)')?.unit, {
      scale: 1e3,
      currency: 'PLN',
      taxBasis: 'net',
      taxWritten: 'netto',
    });
    assert.equal(amountUnitOf('Approved (w)'), undefined);
  });

  it('does not read a later table of a register in another unit as more of the first: it is reported', () => {
    const external = ['| Line | Approved | Actual |', '| Vistula Data | 450 tys. zł | 112 500,00 zł |'];
    const internal = ['| Line | Approved (tys. zł) | Actual (tys. zł) |', '| Zespół DUS | 600 | 95,2 |'];
    const text = plan([], LISTED, [], budget(external, internal));
    const [split, ...more] = findings(text, 'table-columns');
    assert.equal(more.length, 0);
    assert.match(split!.message, /in another unit \("Approved \(tys\. zł\)", not "Approved"\)/);
    const parsed = parsePlan('p.plan.md', text);
    assert.equal(planStatus(parsed, { config: DEFAULT_CONFIG, asOf: AS_OF }).budget.approvedLines, 450000);
    // The same unit, however written, is one table; so are two tables with no unit note.
    const alike = ['| Line | Approved (w tys. PLN) | Actual (w tys. PLN) |', '| Szkolenia | 200 | 18,5 |'];
    const joined = plan([], LISTED, [], budget(internal, alike));
    assert.deepEqual(findings(joined, 'table-columns'), []);
    assert.equal(
      planStatus(parsePlan('p.plan.md', joined), { config: DEFAULT_CONFIG, asOf: AS_OF }).budget.approvedLines,
      800000,
    );
    const english = ['| Line | Approved | Actual |', '| Licences | 200000 | 18500 |'];
    assert.deepEqual(findings(plan([], LISTED, [], budget(external, english)), 'table-columns'), []);
    // As in any plan: `(£k)` over one table and none over the next.
    const pounds = ['| Line | Approved (£k) | Actual (£k) |', '| Supplier | 450 | 112 |'];
    const plain = ['| Line | Approved | Actual |', '| Internal | 600000 | 95000 |'];
    const [gbp] = findings(plan([], LISTED, [], budget(pounds, plain)), 'table-columns');
    assert.match(gbp?.message ?? '', /in another unit \("Approved", not "Approved \(£k\)"\)/);
  });

  it("reads the fixture's dates in Polish and its amounts in złoty; its budget in thousands is asked about, not misread", () => {
    const { status } = lintedFixture('pl-bank-kredo-ams-planning.plan.md', AS_OF);
    assert.equal(status.budget.approvedLines, 650000);
    assert.equal(status.budget.actual, 131000);
    assert.equal(status.budget.forecast, 650000);
    assert.deepEqual(status.budget.unreadAmounts, []);
    const m08 = status.milestones.find((m) => m.id === 'M-08');
    assert.deepEqual([m08?.baseline, m08?.forecast], ['2027-07-05', '2027-07-05']);
    const m02 = status.milestones.find((m) => m.id === 'M-02');
    assert.deepEqual([m02?.baseline, m02?.actual], ['2027-02-01', '2027-02-08']);
    assert.deepEqual(
      status.decisions.map((d) => [d.id, d.date, d.approvedById]),
      [
        ['D-01', '2027-01-14', 'Zarząd'],
        ['D-02', '2027-01-20', 'S-01'],
        ['D-03', '2027-02-10', 'S-01'],
        ['D-04', '2027-02-24', 'Rada Nadzorcza'],
      ],
    );
    assert.equal(status.derivedHealth, 'amber');
  });

  it('reads other plans as before: names, boards, dates and amounts', () => {
    const listed = ['| S-01 | Mr Mark Evans | Sponsor | IT |', '| S-02 | Pan Am | Service owner | Ops |'];
    assert.equal(whoIs('Mark Evans', listed), 'S-01');
    assert.equal(whoIs('Am', listed), undefined);
    assert.equal(isBoardName('Project Board'), true);
    assert.equal(isBoardName('Board'), true);
    assert.equal(dateOf('12 mar 2027'), '2027-03-12');
    assert.equal(dateOf('15 marzo 2027'), '2027-03-15');
    assert.equal(dateOf('1er avril 2027'), '2027-04-01');
    assert.equal(amountOf('1 200 000 zł'), 1200000);
    assert.equal(readAmount('€ 1.250.000,00', 'EUR').ok, true);
    assert.deepEqual(amountUnitOf('Approved (£k)'), { name: 'Approved', unit: { scale: 1e3, currency: 'GBP' } });
    assert.deepEqual(amountUnitOf('Approved (in thousands of euros)')?.unit.scale, 1e3);
  });
});
