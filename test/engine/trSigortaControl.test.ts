/**
 * A control-stage plan as the IT PMO of a Turkish insurer in İstanbul writes it, moving the
 * application support of its policy and claims system from a supplier to its own new operations
 * team (practitioner fixture tr-sigorta-police-ams-control): stakeholders listed with Turkish
 * titles (`Prof. Dr.`, `Doç. Dr.`, `Av.`, `Müh.`) and surnames in capitals (`Ayşe YILMAZ`, `İlker
 * IŞIK`), referred to as colleagues do (`Ahmet Bey`, `Ayşe Hanım`, `Zeynep Çelik'e`), the
 * Yönlendirme Komitesi and the Yönetim Kurulu as the boards, amounts as Turkish finance writes them
 * (`4.250.000 TL + KDV`, `750 bin TL`, `4,9 milyon TL`, `(bin TL)`), and dates with Turkish month
 * and day names (`7 Haziran 2027 Pazartesi`).
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { readMet } from '../../server/src/engine/values/met.js';
import { readHealth } from '../../server/src/engine/values/words.js';
import { auditPlan } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-05-14';

const LISTED = [
  '| S-01 | Prof. Dr. Ahmet DEMİR | Sponsor | İcra Kurulu |',
  '| S-02 | Ayşe YILMAZ | Service owner | BT Operasyon |',
  '| S-03 | Mehmet ŞAHİN | Project manager | BT Proje Yönetim Ofisi |',
  '| S-04 | İlker IŞIK | Transition manager | BT Operasyon |',
  '| S-05 | Doç. Dr. Elif KAYA | Risk Yönetimi Direktörü | Risk Yönetimi |',
  '| S-06 | Av. Zeynep ÇELİK | Hukuk Müşaviri | Hukuk Müşavirliği |',
  '| S-07 | Müh. Kerem AYDIN | Change manager | BT Operasyon |',
  '| S-08 | Işıl ÖZTÜRK | Mali Kontrol Uzmanı | Mali İşler |',
];

/** A plan whose Risks register has one risk per owner given, and whose Decisions approvers are given. */
function plan(
  owners: readonly string[],
  listed: readonly string[] = LISTED,
  approvers: readonly string[] = [],
  front: readonly string[] = [],
  after: readonly string[] = [],
): string {
  return auditPlan({
    id: 'BT-PMO-2027-017',
    title: 'POLİSAN AMS',
    service: 'POLİSAN uygulama desteği',
    front: [
      'sponsor: Prof. Dr. Ahmet DEMİR',
      'service_owner: Ayşe Yılmaz',
      'project_manager: Mehmet Şahin',
      ...(front.length > 0 ? front : ['budget: { currency: TRY, approved: 17000000 }']),
    ],
    listed,
    owners,
    risk: ['Eksik bilgi transferi', 'Ters gölge çalışma'],
    approvers,
    decision: ['POLİSAN desteğinin devri', '2026-12-17'],
    after,
  });
}

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const dateOf = (t: string): string | undefined => {
  const r = readDate(t);
  return r.ok ? r.value : undefined;
};

const amountOf = (t: string): number | undefined => {
  const r = readAmount(t, 'TRY');
  return r.ok ? r.value.value : undefined;
};

describe('a Turkish insurer control plan: application support moved to its own operations team', () => {
  it('matches names whatever their capitals, Turkish `İ`/`i` and `I`/`ı` included: `AYŞE YILMAZ`, `Ilker Isik`', () => {
    for (const [ref, id] of [
      ['Ahmet Demir', 'S-01'],
      ['AHMET DEMİR', 'S-01'],
      ['Ayşe Yılmaz', 'S-02'],
      ['AYŞE YILMAZ', 'S-02'],
      ['Ayse Yilmaz', 'S-02'],
      ['Mehmet Şahin', 'S-03'],
      ['MEHMET ŞAHİN', 'S-03'],
      ['İlker Işık', 'S-04'],
      ['İLKER IŞIK', 'S-04'],
      ['Ilker Isik', 'S-04'],
      ['Işıl Öztürk', 'S-08'],
      ['ISIL OZTURK', 'S-08'],
    ])
      assert.equal(whoIs(ref!), id, ref);
  });

  it('reads `Sayın`, `Doç.`, `Av.` and `Müh.` as titles: `Doç. Dr. Elif KAYA` is `Elif Kaya`', () => {
    // Before, `Elif Kaya`, `Zeynep Çelik` and `Kerem Aydın` were only part of a listed name.
    assert.deepEqual(
      unresolved([
        'Elif Kaya',
        'Dr. Elif Kaya',
        'Doc. Dr. Elif Kaya',
        'Zeynep Çelik',
        'Kerem Aydın',
        'Muh. Kerem Aydin',
        'Sayın Ahmet Demir',
        'SAYIN Ahmet DEMİR',
      ]),
      [],
    );
    assert.equal(whoIs('Sayın Prof. Dr. Ahmet Demir'), 'S-01');
    // Listed without a title, named with one.
    const listed = ['| S-01 | Elif Kaya | Sponsor | Risk |', '| S-02 | Kerem Aydın | Service owner | BT |'];
    assert.equal(whoIs('Doç. Dr. Elif Kaya', listed), 'S-01');
    assert.equal(whoIs('Müh. Kerem Aydın', listed), 'S-02');
    // Only with their point: `Av` and `Doc` alone begin no name here.
    assert.equal(whoIs('Av Kerem Aydın', listed), undefined);
  });

  it('reads a case ending after an apostrophe, and `Bey` or `Hanım` after a whole name, as no part of it', () => {
    for (const [ref, id] of [
      ["Mehmet Şahin'e", 'S-03'],
      ["Ayşe YILMAZ'ın", 'S-02'],
      ["AYŞE YILMAZ'IN", 'S-02'],
      ["Zeynep Çelik'ten", 'S-06'],
      ["İlker Işık'la", 'S-04'],
      ['Ahmet Demir Bey', 'S-01'],
      ["Ayşe Yılmaz Hanım'a", 'S-02'],
    ])
      assert.equal(whoIs(ref!), id, ref);
    // A capital after the apostrophe is part of the name.
    const irish = ["| S-01 | Sean O'Neil | Sponsor | IT |", "| S-02 | Ana D'Souza | Service owner | Ops |"];
    assert.equal(whoIs("Sean O'Neil", irish), 'S-01');
    assert.equal(whoIs('Sean O', irish), undefined);
    assert.equal(whoIs("Ana D'Souza", irish), 'S-02');
  });

  it("offers `Ahmet Bey`, `Ayşe Hanım` and `Kerem'e` (a given name with an honorific) as the stakeholder, never applies them", () => {
    const messages = unresolved(['Ahmet Bey', 'Ayşe Hanım', "Mehmet Bey'e", "Kerem'e"]);
    assert.equal(messages.length, 4, messages.join('\n'));
    assert.match(messages[0]!, /Did you mean Prof\. Dr\. Ahmet DEMİR \(S-01\)\?/);
    assert.match(messages[1]!, /Did you mean Ayşe YILMAZ \(S-02\)\?/);
    assert.match(messages[2]!, /Did you mean Mehmet ŞAHİN \(S-03\)\?/);
    assert.match(messages[3]!, /Did you mean Müh\. Kerem AYDIN \(S-07\)\?/);
    assert.equal(whoIs('Ahmet Bey'), undefined);
    assert.equal(whoIs("Kerem'e"), undefined);
  });

  it('reads the Yönlendirme Komitesi, Yönetim Kurulu, İcra Kurulu and Değişiklik Danışma Kurulu as boards', () => {
    for (const board of [
      'Yönlendirme Komitesi',
      'Proje Yönlendirme Komitesi',
      'BT Yönlendirme Komitesi',
      'YÖNLENDİRME KOMİTESİ',
      'Yonlendirme Komitesi',
      'Proje Yürütme Kurulu',
      'Yönetim Kurulu',
      'İcra Kurulu',
      'İCRA KURULU',
      'Değişiklik Danışma Kurulu',
      'Degisiklik Danisma Kurulu',
      'Değişiklik Danışma Kurulu (DDK)',
    ])
      assert.ok(isBoardName(board), board);
    for (const word of ['Komite', 'Kurulu', 'Denetim Komitesi', 'Yönetim'])
      assert.equal(isBoardName(word), false, word);
    const [board, ...more] = findings(plan([], LISTED, ['Yönetim Kurulu']), 'unresolved-reference');
    assert.equal(more.length, 0);
    assert.match(board!.message, /"Yönetim Kurulu" is a board, not a person.*Prof\. Dr\. Ahmet DEMİR \(S-01\)/);
    assert.equal(whoIs('Yönlendirme Komitesi (Prof. Dr. Ahmet DEMİR)'), 'S-01');
    assert.equal(whoIs('İcra Kurulu: Ahmet Demir'), 'S-01');
  });

  it('reads lira as Turkish finance writes it: `1.250.000 TL`, `750 bin TL`, `1,25 milyon TL`, `1,2 milyar TL`, `5 Mn TL`', () => {
    // Before, each but `₺1.250.000,00` and `TRY 1.250.000` was an unreadable amount.
    for (const [written, value] of [
      ['₺1.250.000,00', 1_250_000],
      ['1.250.000 TL', 1_250_000],
      ['1.250.000,00 TL', 1_250_000],
      ['TL 1.250.000', 1_250_000],
      ['TRY 1.250.000', 1_250_000],
      ['750 bin TL', 750_000],
      ['300 Bin TL', 300_000],
      ['1,25 milyon TL', 1_250_000],
      ['₺1,25 milyon', 1_250_000],
      ['1,2 milyar TL', 1_200_000_000],
      ['5 Mn TL', 5_000_000],
      ['1,5 M TL', 1_500_000],
    ] as const)
      assert.equal(amountOf(written), value, written);
    // A point or a comma before three digits, with a Turkish scale, reads two ways.
    const point = readAmount('1.250 bin TL', 'TRY');
    assert.ok(!point.ok);
    assert.deepEqual(point.choices, ['1250', '1250000']);
    assert.ok(!readAmount('1,250 milyon TL', 'TRY').ok);
    // One point before three digits is asked, as in euros, with the thousands as the suggestion.
    const one = readAmount('412.500 TL', 'TRY');
    assert.ok(!one.ok && /point could be a decimal point/.test(one.problem ?? ''));
    // `TL` names the lira, so it is another currency in a plan budgeted in euros.
    const euros = readAmount('1.250.000 TL', 'EUR');
    assert.ok(!euros.ok && /It is in TRY/.test(euros.problem ?? ''));
  });

  it("reads KDV, Turkey's VAT, as a tax basis: `KDV hariç`, `+KDV`, `KDV dahil`", () => {
    const basis = (t: string) => {
      const r = readAmount(t, 'TRY');
      return r.ok ? [r.value.value, r.value.taxBasis] : r.problem;
    };
    assert.deepEqual(basis('1.250.000 TL KDV hariç'), [1_250_000, 'net']);
    assert.deepEqual(basis('1.250.000 TL (KDV hariç)'), [1_250_000, 'net']);
    assert.deepEqual(basis('4.250.000 TL + KDV'), [4_250_000, 'net']);
    assert.deepEqual(basis('4.250.000 TL +KDV'), [4_250_000, 'net']);
    assert.deepEqual(basis("750 bin TL KDV'siz"), [750_000, 'net']);
    assert.deepEqual(basis('1.250.000 TL KDV dahil'), [1_250_000, 'gross']);
    assert.deepEqual(basis('1.250.000 TL (KDV dâhil)'), [1_250_000, 'gross']);
  });

  it('reads unit notes as Turkish finance writes them: `(bin TL)`, `(milyon TL)`, `(TL, KDV hariç)`', () => {
    for (const header of ['Approved (bin TL)', 'Approved (Bin TL)', 'Approved (TL bin)', 'Approved (bin ₺)'])
      assert.deepEqual(amountUnitOf(header), { name: 'Approved', unit: { scale: 1e3, currency: 'TRY' } }, header);
    assert.deepEqual(amountUnitOf('Approved (milyon TL)')?.unit, { scale: 1e6, currency: 'TRY' });
    assert.deepEqual(amountUnitOf('Approved (TL)')?.unit, { scale: 1, currency: 'TRY' });
    assert.deepEqual(amountUnitOf('Approved (TL, KDV hariç)')?.unit, {
      scale: 1,
      currency: 'TRY',
      taxBasis: 'net',
      taxWritten: 'KDV hariç',
    });
    assert.equal(amountUnitOf('Approved (bin)'), undefined);
  });

  it('reads Turkish month names, also without their letters and in capitals: `14 Mayıs 2027`, `14 MAYIS 2027`, `1 NİSAN 2027`', () => {
    const months = [
      ['15 Ocak 2027', '2027-01-15'],
      ['1 Şubat 2027', '2027-02-01'],
      ['1 Subat 2027', '2027-02-01'],
      ['17 Mart 2027', '2027-03-17'],
      ['16 Nisan 2027', '2027-04-16'],
      ['14 Mayıs 2027', '2027-05-14'],
      ['14 Mayis 2027', '2027-05-14'],
      ['7 Haziran 2027', '2027-06-07'],
      ['2 Temmuz 2027', '2027-07-02'],
      ['31 Ağustos 2027', '2027-08-31'],
      ['3 Eylül 2027', '2027-09-03'],
      ['12 Ekim 2027', '2027-10-12'],
      ['30 Kasım 2027', '2027-11-30'],
      ['30 Kasim 2027', '2027-11-30'],
      ['17 Aralık 2026', '2026-12-17'],
      ['14 MAYIS 2027', '2027-05-14'],
      ['1 NİSAN 2027', '2027-04-01'],
      ['12 EKİM 2027', '2027-10-12'],
      ['31 ARALIK 2026', '2026-12-31'],
      ['3 Oca 2027', '2027-01-03'],
      ['12 Şub 2027', '2027-02-12'],
      ['1 Eki 2027', '2027-10-01'],
      ['12 Kas 2027', '2027-11-12'],
    ] as const;
    assert.ok(months.length > 0);
    for (const [written, iso] of months) assert.equal(dateOf(written), iso, written);
    // A month alone is a month, not a day; its end and its beginning are written after the year.
    const r = readDate('Mart 2027 sonu');
    assert.ok(!r.ok && /not a day/.test(r.problem ?? ''));
    assert.deepEqual(!r.ok && r.choices, ['2027-03-31']);
    const start = readDate('Haziran 2027 başı');
    assert.ok(!start.ok && /names part of a month/.test(start.problem ?? ''));
    const april = readDate('NİSAN 2027');
    assert.ok(!april.ok && /names a month, not a day/.test(april.problem ?? ''));
    // A numeric date is still asked about, as everywhere.
    const numeric = readDate('12.03.2027');
    assert.ok(!numeric.ok && /Day\/month order/.test(numeric.problem ?? ''));
  });

  it("reads the day's name after the date, as Turkish writes it: `7 Haziran 2027 Pazartesi`; a wrong one is reported", () => {
    assert.equal(dateOf('7 Haziran 2027 Pazartesi'), '2027-06-07');
    assert.equal(dateOf('12 Mart 2027 Cuma'), '2027-03-12');
    assert.equal(dateOf('12 Mart 2027, Cuma'), '2027-03-12');
    assert.equal(dateOf('22 Nisan 2027 Perşembe'), '2027-04-22');
    assert.equal(dateOf('19 Mayıs 2027 Çarşamba'), '2027-05-19');
    assert.equal(dateOf('20 Nisan 2027 SALI'), '2027-04-20');
    assert.equal(dateOf('Pazartesi, 15 Mart 2027'), '2027-03-15');
    // In English too.
    assert.equal(dateOf('1 Dec 2026 Tue'), '2026-12-01');
    const wrong = readDate('12 Mart 2027 Pazar');
    assert.ok(!wrong.ok && /is a Friday, not a Sunday/.test(wrong.problem ?? ''));
    // The day's name says which order a numeric date is in.
    const numeric = readDate('05.03.2027 Cuma');
    assert.equal(!numeric.ok && numeric.suggestion, '2027-03-05');
    // After a date only: a day's name after a word is no date.
    assert.equal(dateOf('every Monday'), undefined);
  });

  it('asks about status words, ratings and Met in Turkish, with the English word as the fix', () => {
    for (const [said, english] of [
      ['Yeşil', 'Green'],
      ['Sarı', 'Amber'],
      ['Kırmızı', 'Red'],
      ['KIRMIZI', 'Red'],
    ]) {
      const health = readHealth(said!);
      assert.deepEqual(!health.ok && health.choices, [english], said);
    }
    for (const [said, english] of [
      ['Evet', 'Yes'],
      ['Hayır', 'No'],
      ['Hayir', 'No'],
      ['Kısmen', 'Partial'],
    ]) {
      const met = readMet(said!);
      assert.deepEqual(!met.ok && met.choices, [english], said);
    }
    const words = (status: string) =>
      findings(plan([], LISTED, ['S-01'], [], []).replace('| Approved |\n', `| ${status} |\n`), 'unreadable-value').map(
        (f) => f.message,
      );
    assert.match(words('Onaylandı')[0] ?? '', /"Onaylandı" is Approved/);
    assert.match(words('Reddedildi')[0] ?? '', /"Reddedildi" is Rejected/);
    const risks = (status: string) =>
      findings(plan(['S-01']).replace('| Open |\n', `| ${status} |\n`), 'unreadable-value').map((f) => f.message);
    assert.match(risks('Açık')[0] ?? '', /"Açık" is Open/);
    assert.match(risks('Kapatıldı')[0] ?? '', /"Kapatıldı" is Closed/);
    assert.match(risks('Gerçekleşti')[0] ?? '', /"Gerçekleşti" is Occurred/);
  });

  it('makes up no budget total when a table of the lines is not read: budget-mismatch is silent, table-columns speaks', () => {
    const lines = (second: readonly string[]) => [
      '## Project Control',
      '',
      '### Resource consumption',
      '',
      '| Line | Approved | Actual | Forecast |',
      '| --- | --- | --- | --- |',
      '| Pusula çıkış hizmetleri | 4.250.000 TL | 2.980.000 TL | 4,9 milyon TL |',
      '',
      ...second,
      '',
    ];
    const inThousands = [
      '| Line | Approved (bin TL) | Actual (bin TL) | Forecast (bin TL) |',
      '| --- | --- | --- | --- |',
    ];
    const control = (text: string) => text.replace('stage: initiation', 'stage: control');
    const split = control(plan([], LISTED, [], [], lines([...inThousands, '| Ekip | 12.750 | 3.920,5 | 13.100 |'])));
    assert.deepEqual(findings(split, 'budget-mismatch'), []);
    assert.equal(findings(split, 'table-columns').length, 1);
    // One table that approves less than the budget is reported, as before.
    const one = control(plan([], LISTED, [], [], lines([])));
    const [mismatch] = findings(one, 'budget-mismatch');
    assert.match(
      mismatch?.message ?? '',
      /budget\.approved is TRY 17,000,000 but the Resource consumption lines approve TRY 4,250,000/,
    );
  });

  it("reads the fixture's dates, names and lira; what is left are the plan's true gaps", () => {
    const { result, status } = lintedFixture('tr-sigorta-police-ams-control.plan.md', AS_OF);
    assert.deepEqual(
      result.findings.map((f) => [f.rule, f.range.start.line + 1]),
      [
        ['schedule-slip', 108],
        ['unreadable-value', 144],
        ['table-columns', 149],
        ['unreadable-value', 157],
        ['unreadable-value', 164],
        ['unreadable-value', 171],
        ['unreadable-value', 174],
        ['unreadable-value', 187],
        ['unresolved-reference', 203],
        ['unresolved-reference', 206],
        ['required-handover-missing', 210],
        ['required-handover-missing', 210],
        ['unreadable-value', 218],
        ['unresolved-reference', 219],
        ['unreadable-value', 219],
      ],
    );
    const said = result.findings.map((f) => f.message);
    for (const [i, fragment] of [
      [0, 'M-05 (Ters gölge çalışma tamamlandı; the new team runs the night batch alone) is forecast 14 days late'],
      [1, 'Actual "412.500 TL" of Resource consumption row 2 cannot be read. The point could be'],
      [2, 'in another unit ("Approved (bin TL)", not "Approved")'],
      [3, '"Devam ediyor" is In progress'],
      [4, '"Tamamlandı" is Done'],
      [5, '"Hayır" is No'],
      [6, '"Kısmen" is Partial'],
      [7, '"Sarı" is Amber'],
      [8, '"Yönetim Kurulu" is a board, not a person'],
      [9, '"Ahmet Bey" is only part of a stakeholder\'s name. Did you mean Prof. Dr. Ahmet DEMİR (S-01)?'],
      [10, 'No handover to Event Management'],
      [11, 'No handover to Service Catalogue Management'],
      [12, '"Hazır" is Ready'],
      [13, '"Ayşe Hanım" is only part of a stakeholder\'s name. Did you mean Ayşe YILMAZ (S-02)?'],
      [14, '"Haziran 2027 başı" names part of a month, not a day'],
    ] as const)
      assert.ok(said[i]!.includes(fragment), `${i}: ${said[i]}`);
    // The lira of the first table are read, `412.500 TL` is asked; the table in thousands is reported, not misread.
    assert.equal(status.budget.approvedLines, 6_250_000);
    assert.equal(status.budget.forecast, 6_900_000);
    assert.deepEqual(
      status.budget.unreadAmounts.map((u) => u.text),
      ['412.500 TL'],
    );
    const dates = (id: string) => {
      const m = status.milestones.find((x) => x.id === id);
      return [m?.baseline, m?.forecast, m?.actual];
    };
    assert.deepEqual(dates('M-02'), ['2027-02-01', '2027-02-01', '2027-02-08']);
    assert.deepEqual(dates('M-05'), ['2027-05-14', '2027-05-28', undefined]);
    assert.deepEqual(dates('M-08'), ['2027-06-07', '2027-06-07', undefined]);
    assert.deepEqual(
      status.decisions.map((d) => [d.id, d.date, d.approvedById]),
      [
        ['D-01', '2026-12-17', 'Yönetim Kurulu'],
        ['D-02', '2027-01-20', 'S-01'],
        ['D-03', '2027-04-22', 'S-01'],
        ['D-04', '2027-05-19', 'Ahmet Bey'],
      ],
    );
    assert.equal(status.derivedHealth, 'red');
  });

  it('reads other plans as before: names, boards, dates and amounts', () => {
    const listed = ['| S-01 | Mr Mark Evans | Sponsor | IT |', '| S-02 | Pan Am | Service owner | Ops |'];
    assert.equal(whoIs('Mark Evans', listed), 'S-01');
    assert.equal(isBoardName('Project Board'), true);
    assert.equal(dateOf('12 mar 2027'), '2027-03-12');
    assert.equal(dateOf('17 Mei 2027'), '2027-05-17');
    assert.equal(dateOf('Tue 1 Dec 2026'), '2026-12-01');
    assert.equal(readAmount('€ 1.250.000,00', 'EUR').ok, true);
    assert.deepEqual(amountUnitOf('Approved (£k)'), { name: 'Approved', unit: { scale: 1e3, currency: 'GBP' } });
  });
});
