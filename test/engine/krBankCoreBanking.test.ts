/**
 * A control-stage plan as the IT PMO of a Korean bank writes it in English for its partner and
 * auditors, moving core banking operations to an SI partner's managed service (practitioner
 * fixture kr-bank-corebanking-ams-control): amounts in won as Korean finance writes them
 * (`12억 원`, `3,500만원`, `1억 2천만 원`, `(단위: 백만원)`, `(부가세 별도)`, `VAT excluded`), dates
 * with the year, month and day named (`2027년 3월 12일`, `2027年3月12日`) and Korea's spaced numeric
 * date (`2027. 3. 22.`), names as Korean registers write them (`KIM Min-su (김민수)`, `Lee Ji-eun`,
 * referred to as `Lee Jieun`, `Jieun Lee`, `김민수`, with a job title after them: `CHOI Dong-hyun
 * 부장`, `Park Jun-ho, Director`), and the boards (`Steering Committee (운영위원회)`, `이사회`).
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { auditPlanOf } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-03-15';

const LISTED = [
  '| S-01 | KIM Min-su (김민수) | Sponsor | IT Division |',
  '| S-02 | Lee Ji-eun (팀장) | Service owner | Core Banking Operations |',
  '| S-03 | Park Jun-ho, Director | Project manager | IT PMO |',
  '| S-04 | Kim Seo-yeon | Transition manager | ITSM |',
  '| S-05 | CHOI Dong-hyun 부장 | Information security lead | CISO office |',
  '| S-06 | Kang Tae-woo 차장 | Service desk manager | IT Service Desk |',
];

const plan = auditPlanOf(
  {
    id: 'HB-ITPMO-2027-004',
    title: 'NCB operations transfer',
    service: 'NCB operations',
    risk: ['Incumbent operators leave before KT', 'Retention bonus'],
  },
  LISTED,
);

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const amount = (t: string, unit?: string) => {
  const r = readAmount(t, 'KRW', unit === undefined ? undefined : amountUnitOf(`Approved ${unit}`)?.unit);
  return r.ok ? [r.value.value, r.value.currency] : r.problem;
};

describe('a Korean bank plan: core banking operations to an SI partner managed service', () => {
  it('reads won in myriads exactly: `12억 원`, `3,500만원`, `1억 2천만 원`, `1.2억`, `1조 2,000억 원`', () => {
    const cases: [string, number, string | undefined][] = [
      ['12억 원', 1_200_000_000, 'KRW'],
      ['12억원', 1_200_000_000, 'KRW'],
      ['3,500만원', 35_000_000, 'KRW'],
      ['₩3,500만', 35_000_000, 'KRW'],
      ['1억 2천만 원', 120_000_000, 'KRW'],
      ['5천만 원', 50_000_000, 'KRW'],
      ['1조 2,000억 원', 1_200_000_000_000, 'KRW'],
      ['KRW 12억', 1_200_000_000, 'KRW'],
      ['1.2억', 120_000_000, undefined],
      ['1,200,000,000원', 1_200_000_000, 'KRW'],
    ];
    for (const [text, value, currency] of cases) assert.deepEqual(amount(text), [value, currency], text);
    // An amount that writes its own myriad is not scaled again by its column's unit note.
    assert.deepEqual(amount('12억 원', '(단위: 백만원)'), [1_200_000_000, 'KRW']);
    assert.deepEqual(amount('1.2억', '(KRW mn)'), [120_000_000, 'KRW']);
    // After 만, the won: `3만 5천 원` is 35,000 however it is read.
    assert.deepEqual(amount('3만 5천 원'), [35_000, 'KRW']);
    // `1억 5천` is said for 1억 5천만 and written for 100,005,000: asked, never guessed.
    const asked = readAmount('1억 5천 원', 'KRW');
    assert.ok(!asked.ok && asked.suggestion === undefined, JSON.stringify(asked));
    assert.deepEqual(asked.choices, ['150,000,000 원', '100,005,000 원']);
    // In a column in millions, each reading in millions.
    const inMillions = readAmount('1억 5천', 'KRW', amountUnitOf('Approved (단위: 백만원)')?.unit);
    assert.deepEqual(!inMillions.ok && inMillions.choices, ['150', '100.005']);
    // Won in a plan budgeted in another currency are reported as such.
    const usd = readAmount('12억 원', 'USD');
    assert.ok(!usd.ok && /KRW/.test(usd.problem ?? ''), JSON.stringify(usd));
  });

  it('reads a unit note in won as Korean tables head it: `(단위: 백만원)`, `(천원)`, `(억원)`, `(Unit: KRW million)`', () => {
    const unit = (note: string) => {
      const u = amountUnitOf(`Approved ${note}`)?.unit;
      return u && [u.scale, u.currency];
    };
    assert.deepEqual(unit('(단위: 백만원)'), [1e6, 'KRW']);
    assert.deepEqual(unit('(백만원)'), [1e6, 'KRW']);
    assert.deepEqual(unit('(단위: 천원)'), [1e3, 'KRW']);
    assert.deepEqual(unit('(억원)'), [1e8, 'KRW']);
    assert.deepEqual(unit('(Unit: KRW million)'), [1e6, 'KRW']);
    assert.deepEqual(amount('1,200', '(단위: 백만원)'), [1_200_000_000, 'KRW']);
  });

  it('reads a tax basis as Korean quotes write it: `(부가세 별도)`, `VAT excluded`, `(VAT 포함)`', () => {
    const basis = (t: string) => {
      const r = readAmount(t, 'KRW');
      return r.ok ? [r.value.value, r.value.taxBasis] : r.problem;
    };
    assert.deepEqual(basis('₩185,000,000 (부가세 별도)'), [185_000_000, 'net']);
    assert.deepEqual(basis('₩185,000,000 VAT 별도'), [185_000_000, 'net']);
    assert.deepEqual(basis('₩ 185,000,000 (VAT excluded)'), [185_000_000, 'net']);
    assert.deepEqual(basis('KRW 185 million, VAT excl.'), [185_000_000, 'net']);
    assert.deepEqual(basis('₩185,000,000 (VAT 포함)'), [185_000_000, 'gross']);
    assert.deepEqual(basis('1억 8,500만 원 (부가세 포함)'), [185_000_000, 'gross']);
    assert.equal(amountUnitOf('Approved (KRW mn, VAT excluded)')?.unit.taxBasis, 'net');
  });

  it('reads a date with its year, month and day named, and asks about `2027. 3. 22.` as a numeric date', () => {
    assert.deepEqual(readDate('2027년 3월 12일'), { ok: true, value: '2027-03-12', canonical: '2027-03-12' });
    assert.deepEqual(readDate('2027年3月12日'), { ok: true, value: '2027-03-12', canonical: '2027-03-12' });
    assert.equal(readDate('2027년 2월 30일').ok, false);
    // Year first and numeric: reported, as `2027.03.22` is, with the one day it can be as the fix.
    for (const t of ['2027. 3. 22.', '2027.3.22', '2027.03.22']) {
      const r = readDate(t);
      assert.ok(!r.ok && r.suggestion === '2027-03-22', `${t}: ${JSON.stringify(r)}`);
    }
  });

  it('reads a board with its Korean name after it as a board: `Steering Committee (운영위원회)`, `이사회`', () => {
    for (const name of [
      'Steering Committee (운영위원회)',
      'Board of Directors (이사회)',
      '이사회',
      '운영위원회',
      'IT Committee',
    ])
      assert.ok(isBoardName(name), name);
    // A person's name with a note is no board.
    assert.equal(isBoardName('Kim Seo-yeon (Steering Committee)'), false);
  });

  it('reads a Korean name as colleagues write it: joined, given name first, in Hangul, with a job title after it', () => {
    assert.equal(whoIs('Lee Jieun'), 'S-02');
    assert.equal(whoIs('Jieun Lee'), 'S-02');
    assert.equal(whoIs('Ji-eun Lee'), 'S-02');
    assert.equal(whoIs('Minsu Kim'), 'S-01');
    assert.equal(whoIs('Kim Minsu'), 'S-01');
    assert.equal(whoIs('Seoyeon Kim'), 'S-04');
    assert.equal(whoIs('김민수'), 'S-01');
    assert.equal(whoIs('Kim Minsu 부장'), 'S-01');
    assert.equal(whoIs('Lee Ji-eun 팀장님'), 'S-02');
    assert.equal(whoIs('CHOI Dong-hyun'), 'S-05');
    assert.equal(whoIs('Kang Tae-woo'), 'S-06');
    assert.equal(whoIs('Park Jun-ho'), 'S-03');
    assert.equal(whoIs('Park Jun-ho, Director'), 'S-03');
    assert.equal(whoIs('김민수 전무'), 'S-01');
    // Two Kims: the family name alone is neither, with a rank after it too; both are offered.
    assert.equal(whoIs('Kim'), undefined);
    assert.equal(whoIs('Kim 부장'), undefined);
    assert.match(
      unresolved(['Kim 부장']).join('\n'),
      /could be any of 2 stakeholders \(KIM Min-su \(김민수\) \(S-01\), Kim Seo-yeon \(S-04\)\)/,
    );
    assert.equal(unresolved(['Kim Minsu 부장', 'Jieun Lee', 'Park Jun-ho']).length, 0);
    // Two stakeholders whose joined names are one: neither is read for it.
    const twins = ['| S-01 | Kim Min-su | Sponsor | IT |', '| S-02 | Kim Mins-u | Service owner | Ops |'];
    assert.equal(whoIs('Kim Minsu', twins), undefined);
    assert.equal(whoIs('Kim Min-su', twins), 'S-01');
  });

  it('offers the English status word a Korean one says, never applies it: `완료`, `진행 중`, `녹색`', () => {
    const { result } = lintedFixture('kr-bank-corebanking-ams-control.plan.md', AS_OF);
    const offered = result.findings
      .filter((f) => f.rule === 'unreadable-value' && /"(완료|진행 중|녹색)"/.test(f.message))
      .map((f) => [/"([^"]+)"/.exec(f.message)![1], f.fixes?.map((x) => x.title)]);
    assert.deepEqual(offered, [
      ['완료', ['Write Done']],
      ['진행 중', ['Write In progress']],
      ['녹색', ['Write Green']],
      ['진행 중', ['Write Planned']],
    ]);
  });

  it('gives the fixture its budget in won: a table in millions, a cell in 억', () => {
    const { status } = lintedFixture('kr-bank-corebanking-ams-control.plan.md', AS_OF);
    assert.equal(status.budget.approvedLines, 4_800_000_000);
    assert.equal(status.budget.actual, 2_930_000_000);
    assert.equal(status.budget.forecast, 4_985_000_000);
    assert.deepEqual(findings(plan(['Lee Jieun', 'Jieun Lee', 'CHOI Dong-hyun']), 'unresolved-reference'), []);
  });
});
