/**
 * A planning-stage plan as the IT management unit of a Hong Kong government department writes it,
 * moving the maintenance of a licensing system to a new contractor (practitioner fixture
 * hk-dept-elicensing-ams-planning): stakeholders listed as Hong Kong registers list them
 * (`CHAN Tai-man, Peter`, `Mr. LEUNG Chi-keung, JP`, `Mr. Ben NG Chun-hung`), referred to as
 * colleagues do (`Peter Chan`, `Chan Tai Man`, `K. Wong` with two Wongs listed), the Project
 * Steering Committee (PSC) and the Departmental Tender Committee, amounts in `HK$` (`HK$1.65M`,
 * `HK$ 2.5 mn`, `(HK$'000)`), `Progress reports` to the PSC and `Not yet started`.
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { planStatus } from '../../server/src/engine/status.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { auditPlan, auditPlanOf } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-01-18';

const LISTED = [
  '| S-01 | Mr. LEUNG Chi-keung, JP | Sponsor | Directorate |',
  '| S-02 | Ms WONG Mei-ling, Karen | Service owner | ITMU |',
  '| S-03 | CHAN Tai-man, Peter | Project manager | ITMU |',
  '| S-04 | Ms. CHAN Siu-ling, Winnie | Transition manager | ITMU |',
  '| S-05 | Dr. LEE Ka-wai | Security officer | ITMU |',
  '| S-06 | WONG Kwok-keung, Kenneth | Contract manager | Supplies |',
  '| S-07 | Mr. Ben NG Chun-hung | Contractor PM | KBD |',
  '| S-08 | Ir LAU Wing-hong, SBS | Infrastructure lead | ITMU |',
];

const plan = auditPlanOf(
  {
    id: 'HSD-ITMU-2027-03',
    title: 'eLicensing System maintenance transfer',
    service: 'eLicensing System',
    front: [
      'sponsor: LEUNG Chi-keung',
      'service_owner: S-02',
      'project_manager: S-03',
      'budget: { currency: HKD, approved: 12800000 }',
    ],
    risk: ['Incumbent key staff leave before KT', 'Retention clause; KT sessions recorded'],
    decision: ['Award the Work Assignment', '2026-12-15'],
  },
  LISTED,
);

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const amount = (t: string) => {
  const r = readAmount(t, 'HKD');
  return r.ok ? [r.value.value, r.value.currency] : r.problem;
};

describe('a Hong Kong government department plan: licensing system maintenance to a new contractor', () => {
  it('reads `HK$` as HKD: `HK$1.2M`, `HK$ 2.5 mn`, `HK$380K`', () => {
    // Before, every amount in HK$ was reported as another currency than the plan's HKD.
    const cases: [string, number][] = [
      ['HK$1.2M', 1_200_000],
      ['HK$ 2.5 mn', 2_500_000],
      ['HK$380K', 380_000],
      ['HK$ 1,650,000', 1_650_000],
      ['hk$12.8m', 12_800_000],
      ['HKD 450,000', 450_000],
      ['$380K', 380_000],
    ];
    assert.ok(cases.length > 0);
    for (const [text, value] of cases) assert.deepEqual(amount(text), [value, 'HKD'], text);
    // In a plan budgeted in another currency, HK$ is still reported as HKD.
    const usd = readAmount('HK$1.2M', 'USD');
    assert.ok(!usd.ok && /HKD|HK\$/.test(usd.problem ?? ''), JSON.stringify(usd));
  });

  it("reads a unit note in HK$ (`Approved (HK$'000)`) as thousands of HKD", () => {
    const text = auditPlan({
      id: 'HSD-ITMU-2027-03',
      title: 'eLicensing',
      service: 'eLicensing',
      front: [
        'sponsor: S-01',
        'service_owner: S-02',
        'project_manager: S-03',
        'budget: { currency: HKD, approved: 1200000 }',
      ],
      listed: LISTED,
      owners: [],
      risk: ['-', '-'],
      after: [
        '## Project Control',
        '',
        '### Budget tracking',
        '',
        "| Line | Approved (HK$'000) | Actual (HK$'000) | Forecast (HK$ M) |",
        '| --- | --- | --- | --- |',
        '| VPS exit assistance | 1,200 | 0 | 1.65 |',
      ],
    });
    assert.deepEqual(findings(text, 'table-columns'), []);
    assert.deepEqual(findings(text, 'unreadable-value'), []);
    const read = createPlanEngine().lintDocument('b.plan.md', text, { asOf: AS_OF, config: DEFAULT_CONFIG }).plan;
    assert.ok(read);
    const { budget } = planStatus(read, { config: DEFAULT_CONFIG, asOf: AS_OF });
    assert.equal(budget.approvedLines, 1_200_000);
    assert.equal(budget.actual, 0);
    assert.equal(budget.forecast, 1_650_000);
  });

  it('reads the honours Hong Kong writes after a name as no part of it: `JP`, `SBS`', () => {
    assert.equal(whoIs('LEUNG Chi-keung'), 'S-01');
    assert.equal(whoIs('Chi-keung Leung'), 'S-01');
    assert.equal(whoIs('Ir LAU Wing-hong'), 'S-08');
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
    // After a family name alone, two capitals are a directory's initials: `Smith, JP` is JP Smith.
    const directory = ['| S-01 | Smith, JP | Sponsor | Directorate |'];
    assert.equal(whoIs('JP Smith', directory), 'S-01');
  });

  it('reads a Cantonese given name with its hyphen written as a space: `Chan Tai Man` for `CHAN Tai-man`', () => {
    const listed = ['| S-01 | CHAN Tai-man | Sponsor | ITMU |', '| S-02 | Jean-Pierre DUPONT | Service owner | Ops |'];
    assert.equal(whoIs('Chan Tai Man', listed), 'S-01');
    assert.equal(whoIs('Chan Tai-man', listed), 'S-01');
    // Whole names only, and only a Cantonese name's hyphen: `Jean Pierre Dupont` is not read.
    assert.equal(whoIs('Jean Pierre Dupont', listed), undefined);
    // The register form in full, in any order, with the hyphen or a space.
    assert.equal(whoIs('Peter Chan Tai-man'), 'S-03');
    assert.equal(whoIs('Peter CHAN Tai Man'), 'S-03');
    assert.equal(whoIs('Chan Tai Man, Peter'), 'S-03');
  });

  it('offers a Hong Kong name as colleagues shorten it, never applies it, and asks which Wong `K. Wong` is', () => {
    const messages = unresolved([
      'Peter Chan',
      'Winnie Chan',
      'Chan Tai Man',
      'Karen Wong',
      'Kenneth Wong',
      'WONG Kwok-keung',
      'Ben Ng',
      'Dr. Lee',
      'K. Wong',
    ]);
    assert.equal(messages.length, 9, messages.join('\n'));
    const offered = [
      /Did you mean CHAN Tai-man, Peter \(S-03\)\?/,
      /Did you mean Ms\. CHAN Siu-ling, Winnie \(S-04\)\?/,
      /Did you mean CHAN Tai-man, Peter \(S-03\)\?/,
      /Did you mean Ms WONG Mei-ling, Karen \(S-02\)\?/,
      /Did you mean WONG Kwok-keung, Kenneth \(S-06\)\?/,
      /Did you mean WONG Kwok-keung, Kenneth \(S-06\)\?/,
      /Did you mean Mr\. Ben NG Chun-hung \(S-07\)\?/,
      /Did you mean Dr\. LEE Ka-wai \(S-05\)\?/,
    ];
    offered.forEach((re, i) => assert.match(messages[i]!, re));
    // Two Wongs have a K: both are named, neither is chosen.
    assert.match(
      messages[8]!,
      /could be any of 2 stakeholders \(Ms WONG Mei-ling, Karen \(S-02\), WONG Kwok-keung, Kenneth \(S-06\)\)/,
    );
    for (const short of ['Peter Chan', 'Karen Wong', 'K. Wong', 'Chan Siu-ling'])
      assert.equal(whoIs(short), undefined, short);
    // Both initials of a Cantonese given name say which Wong: Kwok-keung, offered, never read.
    for (const initials of ['K. K. Wong', 'K.K. Wong']) {
      const [kk] = unresolved([initials]);
      assert.match(kk ?? '', /Did you mean WONG Kwok-keung, Kenneth \(S-06\)\?/, initials);
      assert.equal(whoIs(initials), undefined, initials);
    }
  });

  it('reads the PSC and the tender boards as boards', () => {
    for (const board of [
      'PSC',
      'Project Steering Committee',
      'Departmental Tender Committee',
      'Central Tender Board',
      'Tender Board',
    ])
      assert.ok(isBoardName(board), board);
    for (const word of ['PSC Secretariat', 'Tender', 'Tender Committee Secretary'])
      assert.equal(isBoardName(word), false, word);
    const [board, ...more] = findings(plan([], LISTED, ['Departmental Tender Committee']), 'unresolved-reference');
    assert.equal(more.length, 0);
    assert.match(board!.message, /"Departmental Tender Committee" is a board, not a person/);
    assert.equal(whoIs('PSC (Mr. LEUNG Chi-keung, JP)'), 'S-01');
    // Who answered for it, written as colleagues shorten the name: offered, never read as them.
    assert.equal(whoIs('PSC (Mr. Leung, Chairman)'), undefined);
    const [shortened] = findings(plan([], LISTED, ['PSC (Mr. Leung, Chairman)']), 'unresolved-reference');
    assert.match(shortened!.message, /Did you mean Mr\. LEUNG Chi-keung, JP \(S-01\)\?/);
    // Two people it may be are both offered.
    const [either] = findings(plan([], LISTED, ['PSC (K. Wong, Chair)']), 'unresolved-reference');
    assert.match(either!.message, /Karen|Mei-ling/);
    assert.match(either!.message, /Kenneth|Kwok-keung/);
  });

  it("reads the fixture's budget in HK$'000, its progress reports and `Not yet started` handovers", () => {
    const { result, status } = lintedFixture('hk-dept-elicensing-ams-planning.plan.md', AS_OF);
    assert.equal(status.budget.approvedLines, 12_200_000);
    assert.equal(status.budget.forecast, 12_200_000);
    assert.deepEqual(status.budget.unreadAmounts, []);
    assert.deepEqual(
      status.statusLog.map((s) => s.health),
      ['amber', 'green'],
    );
    assert.deepEqual(
      result.findings.filter((f) => f.rule === 'unreadable-value' && /^Status "/.test(f.message)),
      [],
    );
    assert.deepEqual(
      status.handovers.map((h) => h.statusRead),
      [true, true, true, true, true],
    );
  });
});
