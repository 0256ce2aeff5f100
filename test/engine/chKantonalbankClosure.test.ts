/**
 * A closure-stage plan as the PMO of a Swiss cantonal bank writes it, moving Finnova application
 * support from its internal AMS team to a provider (practitioner fixture
 * ch-kantonalbank-finnova-ams-closure): amounts in francs as Swiss accounts write them
 * (`CHF 1’250’000`, `Fr. 85'000.–`, `CHF 250'000.-`, `TCHF 15`, `zzgl. MWST`), stakeholders listed
 * with `Hr.`, `Fr.` (Frau, where before an amount it is the franc), `lic. iur.` and `dipl. Ing. ETH`
 * after the name, and the Geschäftsleitung (GL), Verwaltungsrat and Projektausschuss as boards.
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { readMet } from '../../server/src/engine/values/met.js';
import { auditPlanOf } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-03-12';

const LISTED = [
  '| S-01 | Dr. Urs Müller | Sponsor | Geschäftsleitung (GL) |',
  '| S-02 | lic. iur. Anna Keller | Service owner | Banking Applications |',
  '| S-03 | Hr. Beat Meier | Project manager | PMO Informatik |',
  '| S-04 | Fr. Sandra Frei | Transition manager | ITSM |',
  '| S-05 | Marco Bernasconi, dipl. Ing. ETH | Senior supplier | HBS |',
  '| S-06 | Nicole Baumann | Finance controller | Finanzen |',
];

const plan = auditPlanOf(
  {
    id: 'KBO-IT-2026-014',
    title: 'Finnova AMS transfer',
    service: 'Finnova application support',
    front: [
      'sponsor: Dr. Urs Müller',
      'service_owner: Anna Keller',
      'project_manager: Beat Meier',
      'budget: { currency: CHF, approved: 2450000 }',
    ],
    risk: ['Know-how lost before HBS is productive', 'Retention bonus for two specialists'],
    decision: ['Outsource Finnova application support', '2026-02-23'],
  },
  LISTED,
);

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const amount = (t: string) => {
  const r = readAmount(t, 'CHF');
  return r.ok ? r.value.value : r.problem;
};

describe('a Swiss cantonal bank closure plan: Finnova application support to a provider', () => {
  it("reads francs as Swiss accounts write them: `CHF 1’250’000`, `Fr. 85'000.–`, `CHF 250'000.-`", () => {
    // Before, each of these was an unreadable amount.
    const cases: [string, number][] = [
      ['CHF 1’250’000', 1_250_000],
      ["Fr. 85'000.–", 85_000],
      ["CHF 250'000.-", 250_000],
      ['Fr. 40.--', 40],
      ["sFr. 1'200", 1_200],
      ["85'000 Fr.", 85_000],
      ['TCHF 850', 850_000],
      ['kCHF 850', 850_000],
      ['MCHF 2.4', 2_400_000],
      ['Mio. CHF 2.4', 2_400_000],
      ["TCHF 1'250", 1_250_000],
    ];
    for (const [text, value] of cases) assert.equal(amount(text), value, text);
    for (const text of ["Fr. 85'000.–", 'TCHF 850', 'CHF 1’250’000']) {
      const r = readAmount(text, 'CHF');
      assert.ok(r.ok && r.value.currency === 'CHF', text);
    }
    // A scale before a code that is no currency stays unread; one before another currency is that currency.
    assert.equal(readAmount('TABC 850', 'CHF').ok, false);
    assert.match(String(amount('TEUR 450')), /in EUR/);
    // Ambiguous as ever: `Mio.` is written where a comma may be a decimal one.
    assert.match(String(amount('CHF 1.250 Mio.')), /decimal point or a thousands separator/);
    assert.match(String(amount('Mio. CHF 1,250')), /decimal comma or a thousands separator/);
  });

  it('reads the VAT basis as Swiss quotes write it: `zzgl. MWST`, `exkl. MWST`, `+ MWST`, `hors TVA`, `TVA incluse`', () => {
    const basis = (t: string) => {
      const r = readAmount(t, 'CHF');
      return r.ok ? [r.value.value, r.value.taxBasis] : r.problem;
    };
    assert.deepEqual(basis("CHF 850'000 zzgl. MWST"), [850_000, 'net']);
    assert.deepEqual(basis("Fr. 85'000.– zzgl. MwSt."), [85_000, 'net']);
    assert.deepEqual(basis("CHF 850'000 + MWST"), [850_000, 'net']);
    assert.deepEqual(basis("CHF 850'000 excl. MWST"), [850_000, 'net']);
    assert.deepEqual(basis("CHF 120'000 hors TVA"), [120_000, 'net']);
    assert.deepEqual(basis("CHF 120'000 TVA incluse"), [120_000, 'gross']);
    assert.deepEqual(basis("CHF 120'000 inkl. MWST"), [120_000, 'gross']);
  });

  it('reads `Hr.`, `Fr.`, `Herr` and `Frau` as titles, `Fr.` before a name never as francs', () => {
    assert.deepEqual(
      unresolved(['Beat Meier', 'Sandra Frei', 'Herr Beat Meier', 'Frau Sandra Frei', 'Fr. Nicole Baumann']),
      [],
    );
    assert.equal(whoIs('Fr. Nicole Baumann'), 'S-06');
    assert.equal(whoIs('Frau Sandra Frei'), 'S-04');
    // `Fr.` before a name is no amount, and before an amount no one.
    assert.equal(readAmount('Fr. Sandra Frei', 'CHF').ok, false);
    assert.equal(whoIs("Fr. 85'000"), undefined);
    // A last name after a title is offered, never applied.
    assert.match(unresolved(['Hr. Meier'])[0]!, /Did you mean Hr\. Beat Meier \(S-03\)\?/);
    // The front matter names them without their title.
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
  });

  it('reads `lic. iur.` as a title, and a diploma after the name: `Marco Bernasconi, dipl. Ing. ETH`', () => {
    assert.deepEqual(unresolved(['Anna Keller', 'lic. oec. Anna Keller', 'Marco Bernasconi']), []);
    assert.equal(whoIs('Marco Bernasconi, eidg. dipl. Informatiker'), 'S-05');
    assert.equal(whoIs('Anna Keller, lic. iur.'), 'S-02');
    const listed = [
      '| S-01 | Reto Zürcher, dipl. El.-Ing. FH | Change manager | ITSM |',
      '| S-02 | Peter Gerber, MAS | CMDB | ITSM |',
    ];
    assert.deepEqual(unresolved(['Reto Zürcher', 'Peter Gerber'], listed), []);
    // Initials and the family name first are offered, never applied.
    assert.match(unresolved(['A. Keller'])[0]!, /Did you mean lic\. iur\. Anna Keller \(S-02\)\?/);
    assert.match(unresolved(['Keller Anna'])[0]!, /Did you mean lic\. iur\. Anna Keller \(S-02\)\?/);
  });

  it('reads the Geschäftsleitung (GL), the Verwaltungsrat and the Projektausschuss as boards', () => {
    for (const board of [
      'Geschäftsleitung',
      'Geschäftsleitung (GL)',
      'Verwaltungsrat',
      'Projektausschuss',
      'Comité de pilotage (COPIL)',
      "Conseil d'administration",
    ]) {
      assert.equal(isBoardName(board), true, board);
    }
    // A name in brackets after a board is who answered for it, not its short form.
    assert.equal(isBoardName('Geschäftsleitung (Urs Müller)'), false);
    assert.equal(isBoardName('Lenkung (GL)'), false);
    assert.equal(whoIs('Geschäftsleitung (GL) (Dr. Urs Müller)'), 'S-01');
    assert.equal(whoIs('Comité de pilotage (COPIL) (Urs Müller)'), 'S-01');
    // Beside who answered for it, with an initial: offered, never applied.
    assert.match(unresolved(['Projektausschuss: U. Müller'])[0]!, /Did you mean Dr\. Urs Müller \(S-01\)\?/);
    assert.equal(whoIs('Projektausschuss: Urs Müller'), 'S-01');
    // Written alone, the board must name who answered for it.
    const text = plan([], LISTED, ['Verwaltungsrat']);
    const [board, ...more] = findings(text, 'unresolved-reference');
    assert.equal(more.length, 0);
    assert.match(board!.message, /Dr\. Urs Müller \(S-01\)/);
  });

  it('asks about a Met written in German or French, with the English word as the fix: `Ja` is Yes', () => {
    const met = (t: string) => {
      const r = readMet(t);
      return r.ok ? r.value : [r.problem, r.choices];
    };
    assert.deepEqual(met('Ja'), ['Met is read in English, as the plan format writes it: "Ja" is Yes.', ['Yes']]);
    assert.deepEqual(met('Nein')[1], ['No']);
    assert.deepEqual(met('Oui')[1], ['Yes']);
    assert.deepEqual(met('Teilweise')[1], ['Partial']);
    assert.deepEqual(met('partiellement')[1], ['Partial']);
    // English as before: `No` is no, never a translation.
    assert.equal(met('No'), 'no');
    assert.equal(met('Yes'), 'yes');
  });

  it('totals the final budget in francs, and keeps asking what only the author knows', () => {
    const { result, status } = lintedFixture('ch-kantonalbank-finnova-ams-closure.plan.md', AS_OF);
    assert.equal(status.budget.approvedLines, 2_450_000);
    assert.equal(status.budget.actual, 2_534_650);
    assert.deepEqual(status.budget.unreadAmounts, []);
    const messages = (rule: string) => result.findings.filter((f) => f.rule === rule).map((f) => f.message);
    // A numeric date whose order nothing settles is asked, never guessed.
    assert.ok(messages('unreadable-value').some((m) => m.includes('"05.03.2027"')));
    // German and French status words and RAG colours are asked, with the English word as the fix.
    assert.ok(messages('unreadable-value').some((m) => m.includes('"abgeschlossen" is Done')));
    assert.ok(messages('unreadable-value').some((m) => m.includes('"gelb" is Amber')));
    assert.ok(messages('unreadable-value').some((m) => m.includes('"Ja" is Yes')));
    // The people named with their titles are found; those named otherwise are offered.
    const unresolvedNames = messages('unresolved-reference');
    assert.equal(unresolvedNames.length, 4, unresolvedNames.join('\n'));
    assert.ok(unresolvedNames.every((m) => !/Beat Meier|Sandra Frei|Bernasconi|Baumann/.test(m)));
    assert.deepEqual(messages('missing-core-role'), []);
    assert.deepEqual(messages('cost-overrun'), []);
  });
});
