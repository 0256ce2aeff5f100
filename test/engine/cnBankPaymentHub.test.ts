/**
 * A planning-stage plan as the IT PMO of a Chinese bank writes it in English for its vendor and
 * auditors, moving payment hub operations to a managed service (practitioner fixture
 * cn-bank-paymenthub-ams-planning): yuan in myriads as Chinese finance writes them (`人民币120万元`,
 * `120万元`, `1.2亿元`, `1,200万`, a table headed `(万元)`, `(单位：万元)`), `RMB 1.2 million`, a
 * tax basis (`含税`, `不含税`, `(含增值税)`), yen in myriads (`1,200万円`, `1.2億円`), the boards
 * (`Steering Committee (项目指导委员会)`, `董事会`, `变更咨询委员会 (CAB)`), and Chinese status and
 * RAG words, offered in English.
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { auditPlanOf } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-01-20';
const FIXTURE = 'cn-bank-paymenthub-ams-planning.plan.md';

const LISTED = [
  '| S-01 | ZHANG Wei (张伟) | Sponsor | IT Department |',
  '| S-02 | Li Na, Director | Service owner | Payments Operations Centre |',
  '| S-03 | Wang Fang (王芳) | Project manager | IT PMO |',
  '| S-04 | Zhang Min | Transition manager | ITSM |',
  '| S-05 | LIU Yang 经理 | Information security lead | Information Security |',
];

const plan = auditPlanOf(
  {
    id: 'HXB-ITPMO-2027-012',
    title: 'Payment hub operations transfer',
    service: 'Payment hub operations',
    risk: ['Incumbent operators leave before KT', 'Retention bonus'],
  },
  LISTED,
);

const { unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const amount = (t: string, currency = 'CNY', unit?: string) => {
  const r = readAmount(t, currency, unit === undefined ? undefined : amountUnitOf(`Approved ${unit}`)?.unit);
  return r.ok ? [r.value.value, r.value.currency] : r.problem;
};

describe('a Chinese bank plan: payment hub operations to a managed service', () => {
  it('reads yuan in myriads exactly: `人民币120万元`, `120万元`, `1.2亿元`, `1,200万`, `1亿2千万元`', () => {
    const cases: [string, number, string | undefined][] = [
      ['人民币120万元', 1_200_000, 'CNY'],
      ['120万元', 1_200_000, 'CNY'],
      ['1.2亿元', 120_000_000, 'CNY'],
      ['1,200万', 12_000_000, undefined],
      ['¥120万', 1_200_000, 'CNY'],
      ['RMB 120万', 1_200_000, 'CNY'],
      ['1亿2000万元', 120_000_000, 'CNY'],
      ['1亿2千万元', 120_000_000, 'CNY'],
      ['1億2千萬元', 120_000_000, 'CNY'],
      ['1,200,000元', 1_200_000, 'CNY'],
      ['人民币1,200,000元', 1_200_000, 'CNY'],
      ['CNY 1,200,000', 1_200_000, 'CNY'],
      ['¥1,200,000', 1_200_000, 'CNY'],
    ];
    for (const [text, value, currency] of cases) assert.deepEqual(amount(text), [value, currency], text);
    // An amount that writes its own myriad is not scaled again by its column's unit note.
    assert.deepEqual(amount('120万元', 'CNY', '(万元)'), [1_200_000, 'CNY']);
    // `1亿5千` is said for 1亿5千万 and written for 100,005,000, spaced or not: asked, never guessed.
    for (const t of ['1亿5千元', '1亿 5千元']) {
      const asked = readAmount(t, 'CNY');
      assert.ok(!asked.ok && asked.suggestion === undefined, JSON.stringify(asked));
      assert.deepEqual(asked.choices, ['150,000,000 元', '100,005,000 元'], t);
    }
    // Two currencies that differ are no amount; yen are reported in a plan in yuan.
    assert.equal(readAmount('¥120万원', 'CNY').ok, false);
    assert.match(String(amount('120万円')), /JPY/);
  });

  it('reads RMB, the bank code of the yuan, as CNY in a cell: `RMB 1.2 million`', () => {
    assert.deepEqual(amount('RMB 1.2 million'), [1_200_000, 'CNY']);
    assert.deepEqual(amount('RMB 1,200,000'), [1_200_000, 'CNY']);
    assert.deepEqual(amountUnitOf('Approved (RMB)')?.unit, { scale: 1, currency: 'CNY' });
  });

  it('reads yen in myriads as Japanese finance writes them: `1,200万円`, `1.2億円`, `(千円)`', () => {
    assert.deepEqual(amount('1,200万円', 'JPY'), [12_000_000, 'JPY']);
    assert.deepEqual(amount('1.2億円', 'JPY'), [120_000_000, 'JPY']);
    assert.deepEqual(amount('¥1,200万', 'JPY'), [12_000_000, 'JPY']);
    // `¥` is the yuan's sign too: before `元` it is one currency, in yuan.
    assert.deepEqual(amount('¥120万元'), [1_200_000, 'CNY']);
    assert.deepEqual(amountUnitOf('Approved (千円)')?.unit, { scale: 1000, currency: 'JPY' });
    assert.deepEqual(amountUnitOf('Approved (百万円)')?.unit, { scale: 1e6, currency: 'JPY' });
  });

  it('reads a unit note in yuan as Chinese tables head it: `(单位：万元)`, `(万元)`, `(单位：人民币万元)`, `(RMB 10k)`', () => {
    const unit = (note: string) => {
      const u = amountUnitOf(`Approved ${note}`)?.unit;
      return u && [u.scale, u.currency];
    };
    assert.deepEqual(unit('(单位：万元)'), [1e4, 'CNY']);
    assert.deepEqual(unit('(单位: 万元)'), [1e4, 'CNY']);
    assert.deepEqual(unit('(万元)'), [1e4, 'CNY']);
    assert.deepEqual(unit('(单位：人民币万元)'), [1e4, 'CNY']);
    assert.deepEqual(unit('(单位：元)'), [1, 'CNY']);
    assert.deepEqual(unit('(亿元)'), [1e8, 'CNY']);
    // 万元 as Chinese plans write it in English.
    for (const note of ['(RMB 10k)', '(RMB 10,000)', "(RMB'0000)", '(RMB万元)', '(in RMB 10 thousand)'])
      assert.deepEqual(unit(note), [1e4, 'CNY'], note);
    assert.deepEqual(amount('600', 'CNY', '(万元)'), [6_000_000, 'CNY']);
    // The myriad with no currency stays no unit: `(in 万)` says no currency, as before.
    assert.equal(amountUnitOf('Approved (in 万)'), undefined);
  });

  it('reads a tax basis as Chinese quotes write it: `含税`, `不含税`, `(含增值税)`, `(不含增值税)`', () => {
    const basis = (t: string) => {
      const r = readAmount(t, 'CNY');
      return r.ok ? [r.value.value, r.value.taxBasis] : r.problem;
    };
    assert.deepEqual(basis('120万元 (含税)'), [1_200_000, 'gross']);
    assert.deepEqual(basis('120万元 含税'), [1_200_000, 'gross']);
    assert.deepEqual(basis('120万元 不含税'), [1_200_000, 'net']);
    assert.deepEqual(basis('¥1,200,000 (含增值税)'), [1_200_000, 'gross']);
    assert.deepEqual(basis('CNY 1,200,000 (不含增值税)'), [1_200_000, 'net']);
    assert.deepEqual(basis('1.2亿元, 含税'), [120_000_000, 'gross']);
  });

  it('reads `2027年3月12日`, and asks about `2027/3/12` and `3月12日`', () => {
    assert.deepEqual(readDate('2027年3月12日'), { ok: true, value: '2027-03-12', canonical: '2027-03-12' });
    const slashed = readDate('2027/3/12');
    assert.ok(!slashed.ok && slashed.suggestion === '2027-03-12', JSON.stringify(slashed));
    // No year: reported, never given one.
    for (const t of ['3月12日', '3월 12일']) {
      const noYear = readDate(t);
      assert.ok(!noYear.ok && noYear.suggestion === undefined && !noYear.choices, JSON.stringify(noYear));
      assert.equal(noYear.problem, `"${t}" has no year: write the date with its year.`);
    }
  });

  it('reads a board with its Chinese name: `Steering Committee (项目指导委员会)`, `董事会`, `变更咨询委员会 (CAB)`', () => {
    for (const name of [
      'Steering Committee (项目指导委员会)',
      'Board of Directors (董事会)',
      '董事会',
      '董事會',
      '项目指导委员会',
      '变更咨询委员会 (CAB)',
      '變更諮詢委員會',
    ])
      assert.ok(isBoardName(name), name);
    assert.equal(isBoardName('Zhang Min (项目指导委员会)'), false);
  });

  it('reads a Chinese name as registers write it, and offers a family name with a title after it, never applies it', () => {
    assert.equal(whoIs('ZHANG Wei'), 'S-01');
    assert.equal(whoIs('Zhang Wei'), 'S-01');
    assert.equal(whoIs('张伟'), 'S-01');
    assert.equal(whoIs('Li Na'), 'S-02');
    assert.equal(whoIs('Li Na, Director'), 'S-02');
    assert.equal(whoIs('LIU Yang'), 'S-05');
    assert.equal(whoIs('Liu Yang 经理'), 'S-05');
    assert.equal(whoIs('王芳'), 'S-03');
    // A family name in characters with a title after it: offered for the one stakeholder it can be.
    for (const ref of ['刘经理', '王经理', '王总']) assert.equal(whoIs(ref), undefined, ref);
    assert.match(
      unresolved(['刘经理']).join('\n'),
      /only part of a stakeholder's name\. Did you mean LIU Yang 经理 \(S-05\)\?/,
    );
    assert.match(unresolved(['王经理']).join('\n'), /Did you mean Wang Fang \(王芳\) \(S-03\)\?/);
    // Two Zhangs: the family name is neither, with a title or without; both are offered.
    for (const ref of ['张总', 'Zhang']) {
      assert.equal(whoIs(ref), undefined, ref);
      assert.match(
        unresolved([ref]).join('\n'),
        /could be any of 2 stakeholders \(ZHANG Wei \(张伟\) \(S-01\), Zhang Min \(S-04\)\)/,
        ref,
      );
    }
    // A family name no one listed has is no one.
    assert.match(unresolved(['赵总']).join('\n'), /"赵总" is not in the Stakeholders table/);
  });

  it('offers Chinese status and RAG words in English, never applies them', () => {
    const { result } = lintedFixture(FIXTURE, AS_OF);
    const offered = result.findings
      .filter((f) => f.rule === 'unreadable-value' && /"\p{Script=Han}+"/u.test(f.message))
      .map((f) => [/"([^"]+)"/.exec(f.message)![1], f.fixes?.map((x) => x.title)]);
    assert.deepEqual(offered, [
      ['已完成', ['Write Done']],
      ['进行中', ['Write On track']],
      ['未开始', ['Write Not started']],
      ['延迟', ['Write Late']],
      ['未开始', ['Write Not started']],
      ['黄', ['Write Amber']],
      ['绿色', ['Write Green']],
      ['已批准', ['Write Approved']],
      ['已批准', ['Write Approved']],
      ['未开始', ['Write Planned']],
    ]);
  });

  it('gives the fixture its budget in yuan: a table in 万元, a cell in 万元 not scaled again', () => {
    const { result, status } = lintedFixture(FIXTURE, AS_OF);
    assert.equal(status.budget.approvedLines, 12_000_000);
    assert.equal(status.budget.actual, 2_950_000);
    // `2,400,000元` under `Forecast (万元)`: the amount in full or in 万: asked, with each reading.
    const asked = result.findings.find((f) => f.rule === 'unreadable-value' && f.message.includes('2,400,000元'));
    assert.deepEqual(
      asked?.fixes?.map((x) => x.title),
      ['Write 240 (the amount in full)', 'Write 2400000 (in units of 10,000)'],
    );
    assert.deepEqual(status.budget.unreadAmounts, [{ row: 4, column: 'forecast', text: '2,400,000元', line: 112 }]);
    // The boards are read as boards: the approver named is asked for, not reported as no one listed.
    const boards = result.findings.filter((f) => f.rule === 'unresolved-reference' && /is a board/.test(f.message));
    assert.equal(boards.length, 3);
    // A decision dated `5月6日`: asked for its year.
    assert.ok(result.findings.some((f) => f.rule === 'unreadable-value' && /"5月6日" has no year/.test(f.message)));
    // The fixture's unit notes are read: no column is reported as in no unit.
    assert.equal(
      result.findings.some((f) => /column "(Approved|Actual|Forecast) \(万元\)"/.test(f.message)),
      false,
    );
  });
});
