/**
 * A control-stage plan as the IT-PMO of a German automotive supplier writes it, introducing S/4HANA
 * EWM application support in place of SAP ECC WM operations support (practitioner fixture
 * de-supplier-ewm-support-control): stakeholders listed with German academic titles (`Dr.-Ing.`,
 * `Dipl.-Inf.`, `Dr. rer. nat.`), referred to elsewhere as mail addresses and English keyboards
 * spell them (`Klaus Mueller`, `Sabine Weiss`), and the Lenkungsausschuss as the board.
 */
import assert from 'node:assert/strict';
import { parsePlan } from '../../server/src/engine/parse/plan.js';
import type { Finding } from '../../server/src/engine/types.js';
import { ruleFindings } from './ruleFindings.js';
import { auditPlan } from './auditPlan.js';

const LISTED = [
  '| S-01 | Dr.-Ing. Klaus Müller | Sponsor | Geschäftsführung |',
  '| S-02 | Prof. Dr. Sabine Weiß | Service owner | Zentral-IT |',
  '| S-03 | Dipl.-Inf. Jörg Schäfer | Project manager | IT-PMO |',
  '| S-04 | Andrea Köhler | Transition manager | Zentral-IT |',
  '| S-05 | Dr. rer. nat. Petra Schneider | Data protection officer | Datenschutz |',
  '| S-06 | Dipl.-Ing. (FH) Florian Wagner | Configuration manager | ITSM |',
];

/** A plan whose Risks register has one risk per owner given, and whose Decisions approvers are given. */
function plan(
  owners: readonly string[],
  listed: readonly string[] = LISTED,
  front: readonly string[] = [],
  approvers: readonly string[] = [],
): string {
  return auditPlan({
    id: 'TP-2027-LOG-004',
    title: 'EWM support',
    service: 'S/4HANA EWM application support',
    transitionType: 'new',
    front,
    listed,
    owners,
    risk: ['Cutover fails', 'Rehearsal'],
    approvers,
    decision: ['Cutover after the Inventur', '2027-01-20'],
  });
}

function findings(text: string, rule: string): Finding[] {
  return ruleFindings(text, rule, '2027-04-14');
}

const unresolved = (owners: readonly string[], listed?: readonly string[]): string[] =>
  findings(plan(owners, listed), 'unresolved-reference').map((f) => f.message);

/** The ID of the stakeholder a reference names, as the plan's person index reads it. */
function whoIs(ref: string, listed: readonly string[]): string | undefined {
  return parsePlan('p.plan.md', plan([], listed)).person(ref)?.value('id');
}

describe('a German supplier control plan: S/4HANA EWM support', () => {
  it('reads German academic titles as titles: `Dr.-Ing.`, `Dipl.-Inf.`, `Dr. rer. nat.`, `Dipl.-Ing. (FH)`', () => {
    assert.deepEqual(
      unresolved([
        'Klaus Müller',
        'Dr. Klaus Müller',
        'Jörg Schäfer',
        'Dipl.-Ing. Jörg Schäfer',
        'Petra Schneider',
        'Dr. Petra Schneider',
        'Florian Wagner',
        'Sabine Weiß',
      ]),
      [],
    );
    // Listed without a title, named with one.
    const listed = ['| S-01 | Klaus Müller | Sponsor | GF |', '| S-02 | Jörg Schäfer | Service owner | IT |'];
    assert.deepEqual(unresolved(['Dr.-Ing. Klaus Müller', 'Dipl.-Wirt.-Ing. Jörg Schäfer'], listed), []);
    // The front matter names them as colleagues do.
    const front = ['sponsor: Klaus Müller', 'service_owner: Sabine Weiß', 'project_manager: Jörg Schäfer'];
    assert.deepEqual(findings(plan([], LISTED, front), 'missing-core-role'), []);
  });

  it('takes a diploma as a title only with its points, and offers, never applies, a title and a last name', () => {
    const listed = [...LISTED, '| S-07 | Dipl Jan Ott | Tester | QA |'];
    const messages = unresolved(['Jan Ott', 'Dr. Müller', 'Dr.-Ing. Müller'], listed);
    assert.equal(messages.length, 3, messages.join('\n'));
    assert.match(messages[0]!, /Did you mean Dipl Jan Ott \(S-07\)\?/);
    assert.match(messages[1]!, /Did you mean Dr\.-Ing\. Klaus Müller \(S-01\)\?/);
    assert.match(messages[2]!, /Did you mean Dr\.-Ing\. Klaus Müller \(S-01\)\?/);
  });

  it('reads umlauts and ß spelled out as the same name: `Klaus Mueller`, `Joerg Schaefer`, `Sabine Weiss`', () => {
    assert.deepEqual(
      unresolved(
        [
          'Klaus Mueller',
          'Joerg Schaefer',
          'Sabine Weiss',
          'Andrea Koehler',
          'Dr.-Ing. Klaus Mueller',
          'Mueller, Klaus',
          'MUELLER Klaus',
          'Schaefer, Joerg',
          'Thomas Gross',
          'Klaus Mueller (Lenkungsausschuss)',
        ],
        [...LISTED, '| S-07 | Thomas Groß | Senior user | Logistik |'],
      ),
      [],
    );
    // Listed as a mail address spells it, named with umlauts (the other direction); a letter typed
    // with a combining diaeresis (as macOS pastes it) is the same letter.
    const listed = ['| S-01 | Juergen Haeussler | Sponsor | GF |', '| S-02 | Sabine Weiss | Service owner | IT |'];
    assert.deepEqual(unresolved(['Jürgen Häußler', 'Sabine Weiß', 'Ju\u0308rgen Ha\u0308ussler'], listed), []);
    // The front matter and a board with who answered for it.
    const front = ['sponsor: Klaus Mueller', 'service_owner: Sabine Weiss', 'project_manager: Joerg Schaefer'];
    const text = plan([], LISTED, front, ['Klaus Mueller', 'Lenkungsausschuss (Klaus Mueller)']);
    assert.deepEqual(findings(text, 'missing-core-role'), []);
    assert.deepEqual(findings(text, 'unresolved-reference'), []);
  });

  it('spells out only German letters, never reads them back, and keeps two listed spellings apart', () => {
    const listed = [
      '| S-01 | Michal Nowak | Sponsor | GF |',
      '| S-02 | Manuel Ortiz | Service owner | IT |',
      '| S-03 | Sabine Weiß | Project manager | PMO |',
      '| S-04 | Zoë Martin | Tester | QA |',
    ];
    // `ae` and `ue` in other names are letters, not umlauts; `Weis` is another name than `Weiß`;
    // only ä, ö and ü are spelled out (a French diaeresis is not an umlaut).
    const messages = unresolved(['Michael Nowak', 'Manul Ortiz', 'Sabine Weis', 'Zoee Martin'], listed);
    assert.equal(messages.length, 4, messages.join('\n'));
    // `Klaus Müller` and `Klaus Mueller` both listed are two people, each named as written.
    const twins = ['| S-01 | Klaus Müller | Sponsor | GF |', '| S-02 | Klaus Mueller | Service owner | IT |'];
    assert.equal(whoIs('Klaus Mueller', twins), 'S-02');
    assert.equal(whoIs('Klaus Müller', twins), 'S-01');
    assert.equal(whoIs('Klaus Mueller', LISTED), 'S-01');
    // A spelling two listed names share names neither.
    const two = ['| S-01 | Jörg Schäfer | Sponsor | GF |', '| S-02 | Jörg Schaefer | Service owner | IT |'];
    assert.equal(whoIs('Joerg Schaefer', two), undefined);
    assert.equal(whoIs('Jörg Schäfer', two), 'S-01');
  });

  it('reads the Lenkungsausschuss as a board: written with who answered for it, it is that person', () => {
    const text = plan([], LISTED, [], ['Lenkungsausschuss']);
    const [board, ...more] = findings(text, 'unresolved-reference');
    assert.equal(more.length, 0);
    // Written alone, it is a board that must name who answered for it, offered as the sponsor.
    assert.match(board!.message, /Dr\.-Ing\. Klaus Müller \(S-01\)/);
    assert.equal(whoIs('Lenkungsausschuss (Klaus Mueller)', LISTED), 'S-01');
    assert.equal(whoIs('Lenkungskreis: Dr.-Ing. Klaus Müller', LISTED), 'S-01');
    // Not any German word: `Lenkung (Klaus Mueller)` is no board, so no one.
    assert.equal(whoIs('Lenkung (Klaus Mueller)', LISTED), undefined);
  });
});
