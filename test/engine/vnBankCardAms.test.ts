/**
 * A planning-stage plan as the IT division (Khối CNTT) of a Vietnamese joint-stock commercial bank
 * writes it, moving the application support of its card management system to a vendor (practitioner
 * fixture vn-bank-card-ams-planning), in Vietnamese and English mixed: the dong as Vietnamese finance
 * writes it (`1.250.000.000 VNĐ`, `625.000.000 đ`, `3,6 tỷ đồng`, `500 triệu`, `45 tr.đ`, `750
 * nghìn`, `1 tỷ 250 triệu đồng`, `chưa bao gồm VAT`, `(ĐVT: triệu đồng)`), Vietnamese dates (`ngày
 * 12 tháng 3 năm 2027`, `Thứ Sáu, 28/05/2027`, `cuối tháng 3/2027`, `Quý 3/2027`), names family
 * name first with colleagues named by the given name (`Anh Khải`, `Chị Ngọc`, `a. Thắng`, `c.
 * Mai`, `Mr. An`), three Nguyễns, names told apart by their accents only, the boards (`Ban Chỉ đạo
 * dự án`, `Hội đồng Quản trị`, `Ban Điều hành`, `Hội đồng Thay đổi (CAB)`), and Vietnamese status
 * words, ratings and Met.
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
const FIXTURE = 'vn-bank-card-ams-planning.plan.md';

const LISTED = [
  '| S-01 | TS. Nguyễn Văn An | Sponsor | Khối CNTT |',
  '| S-02 | Bà Trần Thị Bích Ngọc | Service owner | Trung tâm Thẻ |',
  '| S-03 | ThS. Nguyễn Thị Hồng Nhung | Project manager | PMO Khối CNTT |',
  '| S-04 | Lê Minh Tuấn | Transition manager | Phòng Vận hành CNTT |',
  '| S-05 | Nguyễn Đức Thắng | Change manager | Phòng Vận hành CNTT |',
  '| S-06 | Phạm Thu Hà | Finance controller | Phòng Tài chính Kế toán |',
  '| S-07 | KS. Võ Quốc Huy | Security lead | Trung tâm An ninh Thông tin |',
  '| S-08 | Ông Bùi Quang Khải | Application lead | Phòng Ứng dụng Thẻ |',
];

const plan = auditPlanOf(
  {
    id: 'PNV-CNTT-KH-2027-007',
    title: 'CMS application support to SVC',
    service: 'Card Management System',
    front: [
      'sponsor: TS. Nguyễn Văn An',
      'service_owner: Trần Thị Bích Ngọc',
      'project_manager: Nguyen Thi Hong Nhung',
      'budget: { currency: VND, approved: 18500000000 }',
    ],
    risk: ['Kỹ sư CMS nghỉ việc trước khi KT xong', 'Thưởng giữ chân'],
  },
  LISTED,
);

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const amount = (t: string, unit?: string) => {
  const r = readAmount(t, 'VND', unit === undefined ? undefined : amountUnitOf(`Approved ${unit}`)?.unit);
  return r.ok ? [r.value.value, r.value.currency] : r.problem;
};

describe('a Vietnamese bank plan: card management application support to a vendor', () => {
  it('reads the dong as Vietnamese finance writes it: `VNĐ`, `đ`, `đồng`, `tỷ`, `triệu`, `tr.đ`, `nghìn`', () => {
    // Before, each but `₫` and `VND` was an unreadable amount.
    const cases: [string, number, string | undefined][] = [
      ['1.250.000.000 VNĐ', 1_250_000_000, 'VND'],
      ['625.000.000 đ', 625_000_000, 'VND'],
      ['625.000.000đ', 625_000_000, 'VND'],
      ['12.500.000.000 đồng', 12_500_000_000, 'VND'],
      ['1,25 tỷ đồng', 1_250_000_000, 'VND'],
      ['1 tỉ', 1_000_000_000, undefined],
      ['0,5 tỷ', 500_000_000, undefined],
      ['500 triệu đồng', 500_000_000, 'VND'],
      ['500 triệu VNĐ', 500_000_000, 'VND'],
      ['120 triệu', 120_000_000, undefined],
      ['500 tr', 500_000_000, undefined],
      ['45 tr.đ', 45_000_000, 'VND'],
      ['45 trđ', 45_000_000, 'VND'],
      ['750 nghìn', 750_000, undefined],
      ['750 ngàn đồng', 750_000, 'VND'],
      ['450.000.000 ₫', 450_000_000, 'VND'],
      ['VND 1.25 bn', 1_250_000_000, 'VND'],
      // An English decimal point before a Vietnamese scale: the only reading of two decimals.
      ['1.2 tỷ', 1_200_000_000, undefined],
    ];
    for (const [text, value, currency] of cases) assert.deepEqual(amount(text), [value, currency], text);
    // Where a point groups thousands, `1.250 triệu` and `1,250 tỷ` read two ways, and are asked.
    assert.match(String(amount('1.250 triệu')), /decimal point or a thousands separator/);
    assert.match(String(amount('1,250 tỷ')), /decimal comma or a thousands separator/);
  });

  it('reads an amount in groups, largest first (`1 tỷ 250 triệu đồng`), and asks about `1 tỷ 5`', () => {
    assert.deepEqual(amount('1 tỷ 250 triệu đồng'), [1_250_000_000, 'VND']);
    assert.deepEqual(amount('18 tỷ 500 triệu'), [18_500_000_000, undefined]);
    assert.deepEqual(amount('2 triệu 500 nghìn'), [2_500_000, undefined]);
    assert.deepEqual(amount('VNĐ 3 tỷ 250 nghìn'), [3_000_250_000, 'VND']);
    // `1 tỷ 5` is said for 1 tỷ 500 triệu and written for 1,000,000,005: asked, with each reading.
    for (const [text, said, written] of [
      ['1 tỷ 5', '1500000000', '1000000005'],
      ['1 tỷ 25 đồng', '1250000000', '1000000025'],
      ['2 triệu 5', '2500000', '2000005'],
    ] as const) {
      const r = readAmount(text, 'VND');
      assert.ok(!r.ok && /said for the next scale down/.test(r.problem ?? ''), text);
      assert.deepEqual(!r.ok && r.choices, [said, written], text);
    }
    // Groups that do not run largest first, or with a decimal comma, are left unread.
    for (const text of ['1 tỷ 2000 triệu', '1,5 tỷ 200 triệu', '500 triệu 2 tỷ']) {
      const r = readAmount(text, 'VND');
      assert.ok(!r.ok && r.problem === undefined && r.choices === undefined, text);
    }
  });

  it('reads VAT as Vietnamese quotes write it, and `(ĐVT: triệu đồng)` as a unit note', () => {
    const basis = (t: string) => {
      const r = readAmount(t, 'VND');
      return r.ok ? [r.value.value, r.value.taxBasis] : r.problem;
    };
    assert.deepEqual(basis('1.250.000.000 VNĐ (chưa bao gồm VAT)'), [1_250_000_000, 'net']);
    assert.deepEqual(basis('12.750.000.000 VNĐ chưa VAT'), [12_750_000_000, 'net']);
    assert.deepEqual(basis('500 triệu đồng (chưa gồm thuế GTGT)'), [500_000_000, 'net']);
    assert.deepEqual(basis('500 triệu đồng đã bao gồm VAT'), [500_000_000, 'gross']);
    assert.deepEqual(basis('1 tỷ 250 triệu (chưa VAT)'), [1_250_000_000, 'net']);
    const unit = (header: string) => {
      const u = amountUnitOf(header)?.unit;
      return u && [u.scale, u.currency, u.taxBasis];
    };
    assert.deepEqual(unit('Approved (ĐVT: triệu đồng)'), [1e6, 'VND', undefined]);
    assert.deepEqual(unit('Approved (Đơn vị: VNĐ)'), [1, 'VND', undefined]);
    assert.deepEqual(unit('Approved (tỷ đồng)'), [1e9, 'VND', undefined]);
    assert.deepEqual(unit('Approved (tr.đ)'), [1e6, 'VND', undefined]);
    assert.deepEqual(unit('Approved (triệu VNĐ, chưa VAT)'), [1e6, 'VND', 'net']);
    assert.deepEqual(amount('250', '(ĐVT: triệu đồng)'), [250_000_000, 'VND']);
    // `(TR)` alone, which may be a language's code, and `(Dong)`, which may be a name, are no unit.
    assert.equal(amountUnitOf('Status (TR)'), undefined);
    assert.equal(amountUnitOf('Owner (Dong)'), undefined);
  });

  it('reads Vietnamese dates: `ngày 12 tháng 3 năm 2027`, `Thứ Sáu, 28/05/2027`; asks about a month or a quarter', () => {
    const date = (t: string) => {
      const r = readDate(t);
      return r.ok ? r.value : [r.problem, r.suggestion ?? r.choices];
    };
    assert.equal(date('ngày 12 tháng 3 năm 2027'), '2027-03-12');
    assert.equal(date('12 tháng 3 năm 2027'), '2027-03-12');
    assert.equal(date('26 tháng 3, 2027'), '2027-03-26');
    assert.equal(date('15 tháng 12 năm 2026'), '2026-12-15');
    assert.equal(date('Thứ Sáu, ngày 28 tháng 5 năm 2027'), '2027-05-28');
    assert.equal(date('Thứ Hai, ngày 11 tháng 1 năm 2027'), '2027-01-11');
    assert.equal(date('Chủ Nhật, 14 tháng 3 năm 2027'), '2027-03-14');
    assert.match(String(date('Thứ Ba, 15 tháng 3 năm 2027')), /a Monday, not a Tuesday/);
    // A numeric date is still asked; the day's name (`Thứ 6`, the sixth day, Friday) says which.
    assert.deepEqual(date('Thứ Sáu, 28/05/2027'), ['Day/month order differs between locales.', '2027-05-28']);
    assert.deepEqual(date('Thứ 2, 07/06/2027'), [
      'Day/month order differs between locales; Monday says it is 2027-06-07.',
      '2027-06-07',
    ]);
    assert.equal(date('ngày 30 tháng 2 năm 2027')[0], 'It is not a date.');
    // A month, its end, and a quarter, as `March 2027`, `end of March 2027` and `Q2 2027` are.
    assert.deepEqual(date('tháng 3/2027'), [
      '"tháng 3/2027" names a month, not a day: write the day it is due (2027-03-31 if it is due by the end of the month).',
      ['2027-03-31'],
    ]);
    assert.match(String(date('tháng 12 năm 2026')), /names a month, not a day/);
    assert.deepEqual(date('cuối tháng 3/2027'), [
      '"cuối tháng 3/2027" is not a day: write the day it is due (2027-03-31 for the month\'s last day).',
      ['2027-03-31'],
    ]);
    assert.match(String(date('đầu tháng 4/2027')), /names part of a month, not a day/);
    assert.match(String(date('giữa tháng 4/2027')), /names part of a month, not a day/);
    for (const t of ['Quý 3/2027', 'quý II/2027', 'Quý 4 năm 2026'])
      assert.match(String(date(t)), /names part of a year, not a day/, t);
  });

  it('reads `Ông`, `Bà`, `TS.`, `ThS.` and `KS.` as titles, and a name typed without its accents', () => {
    assert.equal(whoIs('Trần Thị Bích Ngọc'), 'S-02');
    assert.equal(whoIs('Nguyễn Thị Hồng Nhung'), 'S-03');
    assert.equal(whoIs('Nguyen Thi Hong Nhung'), 'S-03');
    assert.equal(whoIs('Nguyen Van An'), 'S-01');
    assert.equal(whoIs('Võ Quốc Huy'), 'S-07');
    assert.equal(whoIs('Bùi Quang Khải'), 'S-08');
    assert.equal(whoIs('Bui Quang Khai'), 'S-08');
    assert.equal(whoIs('Bà Phạm Thu Hà'), 'S-06');
    assert.equal(whoIs('Ông Nguyễn Đức Thắng'), 'S-05');
    // The front matter names them without their titles: no core role is missing.
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
    // `Ong` and `Ba` without accents are names, not titles (`Ong Wei Ming`).
    assert.equal(whoIs('Ong Wei Ming', ['| S-01 | Wei Ming | Sponsor | IT |']), undefined);
  });

  it('offers the stakeholder a given name with a title names (`Anh Khải`, `Chị Ngọc`, `a. Thắng`, `c. Mai`), never applies it', () => {
    const offered = (ref: string) => /Did you mean ([^?]+)\?/.exec(unresolved([ref])[0] ?? '')?.[1];
    for (const [ref, meant] of [
      ['Anh An', 'TS. Nguyễn Văn An (S-01)'],
      ['Mr. An', 'TS. Nguyễn Văn An (S-01)'],
      ['Chị Ngọc', 'Bà Trần Thị Bích Ngọc (S-02)'],
      ['Bà Ngọc', 'Bà Trần Thị Bích Ngọc (S-02)'],
      ['Ms. Ngoc', 'Bà Trần Thị Bích Ngọc (S-02)'],
      ['c. Nhung', 'ThS. Nguyễn Thị Hồng Nhung (S-03)'],
      ['anh Tuấn', 'Lê Minh Tuấn (S-04)'],
      ['a. Thắng', 'Nguyễn Đức Thắng (S-05)'],
      ['Chị Hà', 'Phạm Thu Hà (S-06)'],
      ['KS. Huy', 'KS. Võ Quốc Huy (S-07)'],
      ['Ông Khải', 'Ông Bùi Quang Khải (S-08)'],
    ])
      assert.equal(offered(ref!), meant, ref);
    assert.equal(whoIs('Anh An'), undefined);
    // `A.` and `C.` in capitals are initials: no title is taken off them.
    assert.match(unresolved(['A. Huy'])[0]!, /is not in the Stakeholders table/);
  });

  it('offers a Vietnamese name as colleagues write it in English: `An Nguyen`, `Nguyen An`, `Dung Hoang`', () => {
    for (const [ref, meant] of [
      ['An Nguyen', 'S-01'],
      ['Nguyen An', 'S-01'],
      ['An Nguyen Van', 'S-01'],
      ['Nhung Nguyen', 'S-03'],
      ['Huy Vo', 'S-07'],
      ['Khai Bui', 'S-08'],
    ]) {
      assert.equal(whoIs(ref!), undefined, ref);
      assert.match(unresolved([ref!])[0]!, new RegExp(`Did you mean [^?]+\\(${meant}\\)\\?`), ref);
    }
  });

  it('asks which of three Nguyễns `Mr. Nguyen` is, never picks one', () => {
    for (const ref of ['Mr. Nguyen', 'Nguyễn', 'Anh Nguyễn']) {
      assert.equal(whoIs(ref), undefined, ref);
      assert.match(
        unresolved([ref])[0]!,
        /could be any of 3 stakeholders \(TS\. Nguyễn Văn An \(S-01\), ThS\. Nguyễn Thị Hồng Nhung \(S-03\), Nguyễn Đức Thắng \(S-05\)\)/,
        ref,
      );
    }
  });

  it('reads two names told apart only by their accents as written, and asks which one without them', () => {
    // Before, `Nguyễn Văn Ân` and `Trần Văn Hưng`, each written as listed, were read as the
    // stakeholder listed first with the same letters (S-01, S-02) without a word.
    const twins = [
      '| S-01 | Nguyễn Văn An | Sponsor | Khối CNTT |',
      '| S-02 | Trần Văn Hùng | Service owner | Trung tâm Thẻ |',
      '| S-03 | Nguyễn Văn Ân | Project manager | PMO |',
      '| S-04 | Trần Văn Hưng | Transition manager | Vận hành |',
    ];
    assert.equal(whoIs('Nguyễn Văn An', twins), 'S-01');
    assert.equal(whoIs('Nguyễn Văn Ân', twins), 'S-03');
    assert.equal(whoIs('Ông Nguyễn Văn Ân', twins), 'S-03');
    assert.equal(whoIs('Trần Văn Hùng', twins), 'S-02');
    assert.equal(whoIs('Trần Văn Hưng', twins), 'S-04');
    for (const [ref, both] of [
      ['Nguyen Van An', /could be any of 2 stakeholders \(Nguyễn Văn An \(S-01\), Nguyễn Văn Ân \(S-03\)\)/],
      ['Tran Van Hung', /could be any of 2 stakeholders \(Trần Văn Hùng \(S-02\), Trần Văn Hưng \(S-04\)\)/],
    ] as const) {
      assert.equal(whoIs(ref, twins), undefined, ref);
      assert.match(unresolved([ref], twins)[0]!, both, ref);
    }
    // One name listed twice with the same accents is that name, as before.
    const same = ['| S-01 | Nguyễn Văn An | Sponsor | IT |', '| S-02 | Nguyễn Văn An | Service owner | Ops |'];
    assert.equal(whoIs('Nguyen Van An', same), 'S-01');
  });

  it('reads the Ban Chỉ đạo dự án, Ban Điều hành, Ban Tổng Giám đốc, Hội đồng Quản trị and Hội đồng Thay đổi as boards, with or without accents', () => {
    for (const board of [
      'Ban Chỉ đạo dự án',
      'Ban Chỉ đạo',
      'Ban Điều hành',
      'Ban Tổng Giám đốc',
      'BTGĐ',
      'Ban Giám đốc',
      'Hội đồng Quản trị',
      'HĐQT',
      'Hội đồng Thay đổi',
      'Hội đồng Thay đổi (CAB)',
      'Hội đồng Quản trị (HĐQT)',
      // Typed without accents, as on a keyboard without Vietnamese input.
      'Ban Chi dao du an',
      'Hoi dong Quan tri',
      'HDQT',
    ])
      assert.equal(isBoardName(board), true, board);
    assert.equal(whoIs('Ban Chỉ đạo dự án (TS. Nguyễn Văn An)'), 'S-01');
    // A person's name with a board in brackets is no board.
    assert.equal(isBoardName('Nguyễn Văn An (Ban Chỉ đạo)'), false);
    const [board, ...more] = findings(plan([], LISTED, ['Hội đồng Quản trị']), 'unresolved-reference');
    assert.equal(more.length, 0);
    assert.match(board!.message, /"Hội đồng Quản trị" is a board.*TS\. Nguyễn Văn An \(S-01\)/);
  });

  it('offers the English for Vietnamese status words, ratings and Met, never applies it', () => {
    assert.deepEqual(
      ['Xanh', 'Vàng', 'Đỏ'].map((t) => {
        const r = readHealth(t);
        return !r.ok && r.choices;
      }),
      [['Green'], ['Amber'], ['Red']],
    );
    assert.deepEqual(
      ['Đạt', 'Không đạt', 'Đạt một phần'].map((t) => {
        const r = readMet(t);
        return !r.ok && r.choices;
      }),
      [['Yes'], ['No'], ['Partial']],
    );
    const { result } = lintedFixture(FIXTURE, AS_OF);
    const offered = result.findings
      .filter((f) => f.rule === 'unreadable-value' && /^(?:Status|Health|Met) /.test(f.message))
      .map((f) => [/"([^"]+)"/.exec(f.message)![1], f.fixes?.map((x) => x.title) ?? []]);
    assert.deepEqual(offered, [
      ['Hoàn thành', ['Write Done']],
      ['Chậm tiến độ', ['Write Late']],
      ['Chưa bắt đầu', ['Write Not started']],
      ['Đang thực hiện', ['Write On track']],
      ['Chưa bắt đầu', ['Write Not started']],
      ['Chưa bắt đầu', ['Write Not started']],
      ['Chưa bắt đầu', ['Write Not started']],
      // `Tạm dừng` (on hold) is no one status of a milestone: reported with no fix.
      ['Tạm dừng', []],
      ['Đang thực hiện', ['Write In progress']],
      ['Mở', ['Write Open']],
      ['Đang thực hiện', ['Write In progress']],
      ['Vàng', ['Write Amber']],
      ['Xanh', ['Write Green']],
      ['Xanh', ['Write Green']],
      ['Đã phê duyệt', ['Write Approved']],
      ['Đã phê duyệt', ['Write Approved']],
      ['Chờ phê duyệt', ['Write Proposed']],
      ['Đã phê duyệt', ['Write Approved']],
      ['Chưa bắt đầu', ['Write Planned']],
      ['Không đạt', ['Write No']],
      ['Đạt một phần', ['Write Partial']],
      ['Đạt', ['Write Yes']],
    ]);
  });

  it('gives the fixture its budget in dong, every line read', () => {
    const { status } = lintedFixture(FIXTURE, AS_OF);
    assert.equal(status.budget.approvedLines, 18_500_000_000);
    assert.equal(status.budget.actual, 7_245_750_000);
    assert.equal(status.budget.forecast, 18_500_000_000);
    assert.deepEqual(status.budget.unreadAmounts, []);
  });

  it('lints the fixture to the findings a practitioner agrees with, and no others', () => {
    const { result } = lintedFixture(FIXTURE, AS_OF);
    const expected: [rule: string, line: number, fragment: string][] = [
      [
        'unresolved-reference',
        59,
        '"Anh Khải" is only part of a stakeholder\'s name. Did you mean Ông Bùi Quang Khải (S-10)?',
      ],
      ['unresolved-reference', 60, '"c. Mai" is only part of a stakeholder\'s name. Did you mean Đặng Thị Mai (S-08)?'],
      ['unresolved-reference', 62, '"Mr. Nguyen" could be any of 3 stakeholders'],
      ['unresolved-reference', 63, '"Chị Hà" is only part of a stakeholder\'s name. Did you mean Phạm Thu Hà (S-06)?'],
      [
        'unresolved-reference',
        64,
        '"An Nguyen" is only part of a stakeholder\'s name. Did you mean TS. Nguyễn Văn An (S-01)?',
      ],
      ['unresolved-reference', 70, '"Ms. Hà" is only part'],
      [
        'unresolved-reference',
        71,
        '"a. Thắng" is only part of a stakeholder\'s name. Did you mean Nguyễn Đức Thắng (S-05)?',
      ],
      ['unresolved-reference', 93, '"Ms. Hà" is only part'],
      ['unreadable-value', 93, 'Actual "18/12/2026" of M-01 cannot be read. Day/month order differs between locales.'],
      ['unreadable-value', 93, '"Hoàn thành" is Done'],
      [
        'unresolved-reference',
        94,
        '"Anh Tuấn" is only part of a stakeholder\'s name. Did you mean Lê Minh Tuấn (S-04)?',
      ],
      ['unreadable-value', 94, '"Chậm tiến độ" is Late'],
      ['unreadable-value', 95, 'Baseline "16/04/2027" of M-03 cannot be read. Day/month order'],
      ['unreadable-value', 95, 'Forecast "16/04/2027" of M-03 cannot be read. Day/month order'],
      ['unreadable-value', 95, '"Chưa bắt đầu" is Not started'],
      ['unreadable-value', 96, '"cuối tháng 3/2027" is not a day'],
      ['unreadable-value', 96, '"tháng 3/2027" names a month, not a day'],
      ['unreadable-value', 96, '"Đang thực hiện" is On track'],
      [
        'unresolved-reference',
        97,
        '"Mr. An" is only part of a stakeholder\'s name. Did you mean TS. Nguyễn Văn An (S-01)?',
      ],
      ['unreadable-value', 97, 'Baseline "Thứ Sáu, 28/05/2027" of M-05 cannot be read. Day/month order'],
      ['unreadable-value', 97, '"Chưa bắt đầu" is Not started'],
      [
        'unresolved-reference',
        98,
        '"Chị Ngọc" is only part of a stakeholder\'s name. Did you mean Bà Trần Thị Bích Ngọc (S-02)?',
      ],
      ['unreadable-value', 98, '"Chưa bắt đầu" is Not started'],
      ['unreadable-value', 99, 'Baseline "Quý 3/2027" of M-07 cannot be read. "Quý 3/2027" names part of a year'],
      ['unreadable-value', 99, 'Forecast "Quý 3/2027" of M-07 cannot be read. "Quý 3/2027" names part of a year'],
      ['unreadable-value', 99, '"Chưa bắt đầu" is Not started'],
      ['unreadable-value', 100, 'Status "Tạm dừng" of M-08 cannot be read.'],
      ['unresolved-reference', 104, 'Responsibilities column "SVC" is not in the Stakeholders table'],
      ['unresolved-reference', 115, '"Anh Khải" is only part'],
      [
        'unresolved-reference',
        116,
        '"Mr. Huy" is only part of a stakeholder\'s name. Did you mean KS. Võ Quốc Huy (S-07)?',
      ],
      ['unreadable-value', 142, '"Đang thực hiện" is In progress'],
      ['unresolved-reference', 143, '"Anh Khải" is only part'],
      ['unreadable-value', 143, '"Mở" is Open'],
      ['unresolved-reference', 149, '"Mr. Huy" is only part'],
      ['unreadable-value', 149, '"Đang thực hiện" is In progress'],
      ['unreadable-value', 158, '"Vàng" is Amber'],
      ['unreadable-value', 159, '"Xanh" is Green'],
      ['unreadable-value', 160, '"Xanh" is Green'],
      ['unresolved-reference', 168, '"Mr. Nguyen" could be any of 3 stakeholders'],
      [
        'unresolved-reference',
        169,
        '"Bà Ngọc" is only part of a stakeholder\'s name. Did you mean Bà Trần Thị Bích Ngọc (S-02)?',
      ],
      [
        'unresolved-reference',
        170,
        '"Dung Hoang" is only part of a stakeholder\'s name. Did you mean Hoàng Văn Dũng (S-09)?',
      ],
      ['unresolved-reference', 176, '"Hội đồng Quản trị" is a board, not a person'],
      ['unreadable-value', 176, '"Đã phê duyệt" is Approved'],
      ['unreadable-value', 177, '"Đã phê duyệt" is Approved'],
      ['unresolved-reference', 178, '"Ban Điều hành" is a board, not a person'],
      ['unreadable-value', 178, '"Chờ phê duyệt" is Proposed'],
      ['unreadable-value', 179, '"Đã phê duyệt" is Approved'],
      ['unresolved-reference', 180, '"Hội đồng Thay đổi (CAB)" is a board, not a person'],
      ['required-handover-missing', 184, 'No handover to Event Management'],
      ['required-handover-missing', 184, 'No handover to Service Catalogue Management'],
      ['unreadable-value', 188, '"Chưa bắt đầu" is Planned'],
      ['missing-register', 194, 'Go-live readiness stands under Project Closure'],
      ['unreadable-value', 198, '"Không đạt" is No'],
      ['unreadable-value', 199, '"Đạt một phần" is Partial'],
      ['unreadable-value', 200, '"Đạt" is Yes'],
    ];
    const found = result.findings.map((f) => [f.rule, f.range.start.line + 1, f.message] as const);
    assert.equal(found.length, expected.length, found.map((f) => f.join(' ')).join('\n'));
    expected.forEach(([rule, line, fragment], i) => {
      const [r, l, message] = found[i]!;
      assert.deepEqual([r, l], [rule, line], message);
      assert.ok(message.includes(fragment), `${line} ${rule}: ${message}`);
    });
  });
});
