/**
 * A control-stage plan as the IT PMO of a Thai commercial bank writes it, in Thai and English,
 * moving the application support of its internet-banking platform to a vendor's AMS (practitioner
 * fixture th-bank-ibanking-ams-control): years of the Buddhist Era (`12 มี.ค. 2570`, `12 มีนาคม
 * พ.ศ. 2570`, `26 ก.พ. 70`, and unmarked `2570-03-05`, `26/02/2570`, `go_live: 2570-03-12` asked,
 * never read as the year 2570), Thai month names, baht as Thai finance writes it (`1.25 ล้านบาท`,
 * `8 แสนบาท`, `5 หมื่นบาท`, `1,250,000 บาท`, `ไม่รวม VAT`, `(หน่วย: ล้านบาท)`), stakeholders listed
 * with `นาย`, `นางสาว`, `ดร.` and their names in Thai letters, named by their given name (`Khun
 * Siriporn`, `K. Somchai`, `คุณสมชาย`), the คณะกรรมการกำกับโครงการ and คณะกรรมการบริหาร as boards,
 * and Thai status words and ratings.
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { readMet } from '../../server/src/engine/values/met.js';
import { readHealth } from '../../server/src/engine/values/words.js';
import { auditPlanOf } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-01-20';
const FIXTURE = 'th-bank-ibanking-ams-control.plan.md';

const LISTED = [
  '| S-01 | ดร. Pakorn Sriwong (ปกรณ์ ศรีวงศ์) | Sponsor | สายงาน IT |',
  '| S-02 | คุณ Siriporn Tangsakul (ศิริพร ตั้งสกุล) | Service owner | Digital Banking |',
  '| S-03 | Somchai Wongsawat (สมชาย วงศ์สวัสดิ์) | Project manager | IT PMO |',
  '| S-04 | นางสาว Kanokwan Phromsiri | Transition manager | IT Operations |',
  '| S-05 | นาย Wichai Thongdee | Change manager | IT Operations |',
  '| S-06 | John Smith | Senior supplier | Nexora |',
];

const plan = auditPlanOf(
  {
    id: 'SRB-ITPMO-2569-017',
    title: 'SR iBanking AMS transition',
    service: 'SR iBanking internet banking',
    front: [
      'sponsor: Dr. Pakorn Sriwong',
      'service_owner: S-02',
      'project_manager: Somchai Wongsawat',
      'transition_manager: Kanokwan Phromsiri',
      'budget: { currency: THB, approved: 48500000 }',
    ],
    risk: ['Support engineers leave before knowledge transfer ends', 'Retention bonus'],
    decision: ['Appoint Nexora as AMS provider', '14 ธ.ค. 2569'],
  },
  LISTED,
);

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const date = (t: string) => {
  const r = readDate(t);
  return r.ok ? r.value : r.problem;
};

/** What is asked of a date not read: why, its one reading as the fix, or the choices. */
const asked = (t: string) => {
  const r = readDate(t);
  assert.ok(!r.ok, t);
  return { problem: r.problem ?? '', fix: r.suggestion, choices: r.choices ?? [] };
};

const amount = (t: string) => {
  const r = readAmount(t, 'THB');
  return r.ok ? r.value.value : r.problem;
};

describe('a Thai bank control plan: internet-banking application support to an AMS vendor', () => {
  it('reads a date with a Thai month as Thai writes it, in the Buddhist Era: `12 มี.ค. 2570` is 2027-03-12', () => {
    // Before, each of these was an unreadable value.
    const cases: [string, string][] = [
      ['12 มี.ค. 2570', '2027-03-12'],
      ['12 มีนาคม 2570', '2027-03-12'],
      ['12 มีนาคม พ.ศ. 2570', '2027-03-12'],
      ['12 มี.ค.2570', '2027-03-12'],
      ['12-มี.ค.-2570', '2027-03-12'],
      ['14 ธ.ค. 2569', '2026-12-14'],
      ['5 กุมภาพันธ์ 2570', '2027-02-05'],
      ['9 เม.ย. 2570', '2027-04-09'],
      // 2571 B.E. is 2028, a leap year: its 29 February exists.
      ['29 ก.พ. 2571', '2028-02-29'],
      // Short, as Thai writes a year: 70 is 2570 B.E.
      ['26 ก.พ. 70', '2027-02-26'],
      // A Common Era year marked as one, or with a Thai month, is that year.
      ['12 มี.ค. 2027', '2027-03-12'],
      ['12 มี.ค. ค.ศ. 2027', '2027-03-12'],
      ['12 March B.E. 2570', '2027-03-12'],
      ['12 Mar 2027', '2027-03-12'],
    ];
    for (const [text, iso] of cases) assert.equal(date(text), iso, text);
    assert.equal(date('29 ก.พ. 2570'), '29 ก.พ. 2570 is not a date.');
    // A month, its end, a range of days and a year alone are said, with the Common Era's days.
    assert.deepEqual(asked('มี.ค. 2570').choices, ['2027-03-31']);
    assert.deepEqual(asked('สิ้นเดือน มี.ค. 2570').choices, ['2027-03-31']);
    assert.deepEqual(asked('10–17 เม.ย. 2570').choices, ['2027-04-10', '2027-04-17']);
    assert.match(asked('พ.ศ. 2570').problem, /names a year \(2027\), not a day/);
    assert.match(asked('12 มี.ค.').problem, /has no year/);
  });

  it('never reads a Buddhist Era year as the Common Era’s: `2570-03-05`, `26/02/2570`, `12 Mar 2570` are asked', () => {
    // Before, `2570-03-05` was read as the year 2570 without a word: a handover due then is never overdue.
    const era = /2570 is a Buddhist Era year \(พ\.ศ\. 2570\), 2027 of the Common Era/;
    const iso = asked('2570-03-05');
    assert.match(iso.problem, era);
    assert.equal(iso.fix, '2027-03-05');
    const english = asked('12 Mar 2570');
    assert.match(english.problem, era);
    assert.equal(english.fix, '2027-03-12');
    // Before, the fixes offered for a numeric date wrote the year 2570.
    const numeric = readDate('12/04/2570');
    assert.ok(!numeric.ok && era.test(numeric.problem ?? ''));
    assert.deepEqual(!numeric.ok && [numeric.dayFirst, numeric.monthFirst], ['2027-04-12', '2027-12-04']);
    const oneReading = readDate('26/02/2570');
    assert.equal(!oneReading.ok && oneReading.suggestion, '2027-02-26');
    // A short year reads two ways where a Thai month's is before 2000, or another month's after 2042.
    assert.deepEqual(asked('12 มี.ค. 27').choices, ['2027-03-12', '1984-03-12']);
    assert.deepEqual(asked('12 Mar 70').choices, ['2070-03-12', '2027-03-12']);
    assert.equal(date('20-Nov-26'), '2026-11-20');
  });

  it('asks about a Buddhist Era year in the front matter: `go_live: 2570-03-12`, with its Common Era date as the fix', () => {
    const { result, status } = lintedFixture(FIXTURE, AS_OF);
    const [goLive, ...more] = result.findings.filter((f) => f.rule === 'front-matter-schema');
    assert.equal(more.length, 0);
    assert.match(
      goLive!.message,
      /dates\.go_live is 2570-03-12: 2570 is a Buddhist Era year.*Did you mean 2027-03-12\?/,
    );
    assert.deepEqual(
      goLive!.fixes?.map((f) => f.title),
      ['Set dates.go_live to 2027-03-12'],
    );
    // Not read as a go-live in 2570, after the close: no date-order finding, and the date is shown unread.
    assert.deepEqual(
      result.findings.filter((f) => f.rule === 'date-order'),
      [],
    );
    assert.equal(status.dates.goLive, undefined);
    // Written with a Thai month, it is read as the Common Era's date, and the fix writes it so.
    const thai = auditPlanOf(
      {
        id: 'SRB-1',
        title: 'T',
        service: 'S',
        front: ['sponsor: S-01', 'service_owner: S-02', 'project_manager: S-03', 'dates: { go_live: 12 มี.ค. 2570 }'],
        risk: ['A risk', 'A mitigation'],
      },
      LISTED,
    );
    const [written] = findings(thai([]), 'front-matter-schema');
    assert.deepEqual(
      written?.fixes?.map((f) => f.title),
      ['Set dates.go_live to 2027-03-12'],
    );
  });

  it('reads baht as Thai finance writes it: `1.25 ล้านบาท`, `48.5 ลบ.`, `8 แสนบาท`, `5 หมื่นบาท`, `1,250,000 บาท`', () => {
    // Before, each but `฿1,250,000` and `THB 1.25 mn` was an unreadable amount.
    const cases: [string, number][] = [
      ['฿1,250,000', 1_250_000],
      ['1,250,000 บาท', 1_250_000],
      ['THB 1.25 mn', 1_250_000],
      ['1.25 ล้านบาท', 1_250_000],
      ['1.25 ล้าน บาท', 1_250_000],
      ['฿1.25 ล้าน', 1_250_000],
      ['8 แสนบาท', 800_000],
      ['5 หมื่นบาท', 50_000],
      ['2 พันบาท', 2_000],
      ['0 บาท', 0],
      // `ลบ.`, ล้านบาท shortened.
      ['48.5 ลบ.', 48_500_000],
    ];
    for (const [text, value] of cases) assert.equal(amount(text), value, text);
    const r = readAmount('1,250,000 บาท', 'THB');
    assert.equal(r.ok && r.value.currency, 'THB');
    // Two scales in one amount are not read: never summed to something else.
    assert.equal(readAmount('1 ล้าน 2 แสน', 'THB').ok, false);
  });

  it('reads VAT as Thai quotes write it, and a unit note `(หน่วย: ล้านบาท)`', () => {
    const basis = (t: string) => {
      const r = readAmount(t, 'THB');
      return r.ok ? [r.value.value, r.value.taxBasis] : r.problem;
    };
    assert.deepEqual(basis('฿4,800,000 ไม่รวม VAT'), [4_800_000, 'net']);
    assert.deepEqual(basis('1,250,000 บาท ยังไม่รวม VAT'), [1_250_000, 'net']);
    assert.deepEqual(basis('8 แสนบาท ไม่รวมภาษีมูลค่าเพิ่ม'), [800_000, 'net']);
    assert.deepEqual(basis('5.35 ล้านบาท (รวม VAT)'), [5_350_000, 'gross']);
    assert.deepEqual(basis('1,250,000 บาท รวมภาษีมูลค่าเพิ่ม'), [1_250_000, 'gross']);
    assert.deepEqual(amountUnitOf('Approved (หน่วย: ล้านบาท)')?.unit, { scale: 1e6, currency: 'THB' });
    assert.deepEqual(amountUnitOf('Approved (ล้านบาท)')?.unit, { scale: 1e6, currency: 'THB' });
    assert.deepEqual(amountUnitOf('Approved (บาท)')?.unit, { scale: 1, currency: 'THB' });
    assert.equal(amountUnitOf('Approved (ล้านบาท, ไม่รวม VAT)')?.unit.taxBasis, 'net');
  });

  it('reads `นาย`, `นางสาว`, `ดร.` and `คุณ` as titles, and a name in Thai letters in brackets', () => {
    // Before, each was "only part of a stakeholder's name", and the front matter's roles were missing.
    assert.deepEqual(
      unresolved([
        'Dr. Pakorn Sriwong',
        'ดร. Pakorn Sriwong',
        'Kanokwan Phromsiri',
        'น.ส. Kanokwan Phromsiri',
        'Wichai Thongdee',
      ]),
      [],
    );
    assert.equal(whoIs('สมชาย วงศ์สวัสดิ์'), 'S-03');
    assert.equal(whoIs('ดร.ปกรณ์ ศรีวงศ์'), 'S-01');
    assert.equal(whoIs('Siriporn Tangsakul'), 'S-02');
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
  });

  it('offers whom `Khun Siriporn`, `K. Somchai` and `คุณสมชาย` name by their given name, never applies it', () => {
    const [khun, k, thai, smith] = unresolved(['Khun Siriporn', 'K. Somchai', 'คุณสมชาย', 'K. Smith']);
    assert.match(khun!, /only part of.*Did you mean คุณ Siriporn Tangsakul \(ศิริพร ตั้งสกุล\) \(S-02\)\?/);
    assert.match(k!, /only part of.*Did you mean Somchai Wongsawat \(สมชาย วงศ์สวัสดิ์\) \(S-03\)\?/);
    assert.match(thai!, /only part of.*Did you mean Somchai Wongsawat \(สมชาย วงศ์สวัสดิ์\) \(S-03\)\?/);
    // `K.` before a family name is an initial: `K. Smith` is not John Smith.
    assert.doesNotMatch(smith!, /John Smith/);
  });

  it('reads the คณะกรรมการกำกับโครงการ, คณะกรรมการบริหาร and the IT Steering Committee as boards', () => {
    for (const board of [
      'คณะกรรมการกำกับโครงการ',
      'คณะกรรมการบริหาร',
      'คณะกรรมการธนาคาร',
      'คณะกรรมการไอที',
      'IT Steering Committee',
      'Steering Committee (คณะกรรมการกำกับโครงการ)',
    ]) {
      assert.equal(isBoardName(board), true, board);
    }
    assert.equal(whoIs('คณะกรรมการกำกับโครงการ (ดร. Pakorn Sriwong)'), 'S-01');
    const [board, ...more] = findings(plan([], LISTED, ['คณะกรรมการบริหาร']), 'unresolved-reference');
    assert.equal(more.length, 0);
    assert.match(board!.message, /is a board.*ดร\. Pakorn Sriwong \(ปกรณ์ ศรีวงศ์\) \(S-01\)/);
  });

  it('asks about status words and ratings in Thai, with the English word as the fix', () => {
    const health = readHealth('เหลือง');
    assert.deepEqual(!health.ok && health.choices, ['Amber']);
    for (const [said, english] of [
      ['ใช่', 'Yes'],
      ['ไม่ผ่าน', 'No'],
      ['บางส่วน', 'Partial'],
    ]) {
      const met = readMet(said!);
      assert.deepEqual(!met.ok && met.choices, [english], said);
    }
  });

  it('lints the whole plan to the findings a Thai PMO agrees with', () => {
    const { result, status } = lintedFixture(FIXTURE, AS_OF);
    // Every baht amount is read, on its tax basis.
    assert.equal(status.budget.approvedLines, 48_500_000);
    assert.equal(status.budget.actual, 22_912_500);
    assert.deepEqual(status.budget.unreadAmounts, []);
    const expected: [string, number, string][] = [
      [
        'missing-core-role',
        10,
        '"Khun Siriporn" is only part of a stakeholder\'s name. Did you mean "คุณ Siriporn Tangsakul',
      ],
      ['front-matter-schema', 15, 'Did you mean 2027-03-12?'],
      ['unresolved-reference', 60, '"Khun Siriporn" is only part'],
      ['unresolved-reference', 61, '"P\'Nok" is not in the Stakeholders table'],
      ['unreadable-value', 62, 'Did you mean 2027-02-26?'],
      [
        'unresolved-reference',
        63,
        '"K. Somchai" is only part of a stakeholder\'s name. Did you mean Somchai Wongsawat',
      ],
      ['unreadable-value', 92, '"เสร็จสิ้น" is Done'],
      ['unreadable-value', 93, '"ล่าช้า" is Late'],
      ['unresolved-reference', 94, '"K. Somchai" is only part'],
      ['unreadable-value', 94, '"กำลังดำเนินการ" is On track'],
      ['unreadable-value', 95, '"กำลังดำเนินการ" is On track'],
      ['unreadable-value', 96, '"ยังไม่เริ่ม" is Not started'],
      ['unresolved-reference', 97, '"Khun Siriporn" is only part'],
      ['unreadable-value', 97, '"ยังไม่เริ่ม" is Not started'],
      ['unreadable-value', 98, '"12/04/2570" of M-07 cannot be read. Day/month order differs'],
      ['unreadable-value', 98, '"12/04/2570" of M-07 cannot be read. Day/month order differs'],
      ['unreadable-value', 98, '"ยังไม่เริ่ม" is Not started'],
      ['unreadable-value', 99, '"ยกเลิก" is Descoped'],
      ['unreadable-value', 100, '"พ.ศ. 2570" names a year (2027), not a day'],
      ['unreadable-value', 100, '"ยังไม่เริ่ม" is Not started'],
      ['unresolved-reference', 104, 'column "Nexora" is not in the Stakeholders table'],
      ['unresolved-reference', 114, '"คุณวิชัย" is not in the Stakeholders table'],
      [
        'unresolved-reference',
        115,
        '"Khun Apinya" is only part of a stakeholder\'s name. Did you mean นาง Apinya Saelim (S-10)?',
      ],
      ['unresolved-reference', 130, '"Khun Siriporn" is only part'],
      ['unreadable-value', 140, '"กำลังดำเนินการ" is In progress'],
      ['unresolved-reference', 156, '"Khun Siriporn" is only part'],
      ['unreadable-value', 157, '"บางส่วน" is Partial'],
      ['unreadable-value', 170, '"เหลือง" is Amber'],
      ['unreadable-value', 171, '"เขียว" is Green'],
      ['unreadable-value', 172, '"เขียว" is Green'],
      [
        'unresolved-reference',
        180,
        '"คุณ Kanokwan" is only part of a stakeholder\'s name. Did you mean นางสาว Kanokwan Phromsiri (S-04)?',
      ],
      ['unresolved-reference', 186, '"คณะกรรมการบริหาร" is a board, not a person'],
      ['unreadable-value', 186, '"อนุมัติ" is Approved'],
      ['unreadable-value', 187, '"อนุมัติ" is Approved'],
      ['required-handover-missing', 191, 'No handover to Event Management'],
      ['required-handover-missing', 191, 'No handover to Service Catalogue Management'],
      ['unreadable-value', 195, '"ยังไม่เริ่ม" is Planned'],
      ['unresolved-reference', 198, '"Khun Siriporn" is only part'],
      ['unreadable-value', 199, '"2570-03-05" of H-05 cannot be read. 2570 is a Buddhist Era year'],
    ];
    const got = result.findings
      .map((f) => ({ rule: f.rule, line: f.range.start.line + 1, message: f.message }))
      .sort((a, b) => a.line - b.line);
    assert.equal(got.length, expected.length, got.map((f) => `${f.line} ${f.rule}: ${f.message}`).join('\n'));
    const unmatched = expected.filter(
      ([rule, line, fragment]) => !got.some((f) => f.rule === rule && f.line === line && f.message.includes(fragment)),
    );
    assert.deepEqual(unmatched, []);
  });
});
