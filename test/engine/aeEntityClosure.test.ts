/**
 * A closure-stage plan as the PMO of a Dubai government entity writes it, transferring support of
 * its citizen services mobile app from the implementation vendor to IT Operations and a managed
 * service provider (practitioner fixture ae-entity-mobile-app-closure): stakeholders listed with
 * Gulf titles (`H.E.`, `Eng.`, `Sheikh`), referred to elsewhere with the article of their family
 * name hyphenated, spaced or joined (`Al-Hashimi`, `Al Hashimi`, `Alhashimi`) or shortened to the
 * given and family names, the Higher Committee as the board.
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { articleJoined, givenAndFamily } from '../../server/src/engine/parse/arabicArticle.js';
import { auditPlan } from './auditPlan.js';
import { auditReaders } from './auditReaders.js';

const LISTED = [
  '| S-01 | H.E. Eng. Ahmed Mohammed Al Mansoori | Director General (Sponsor) | Office of the DG |',
  '| S-02 | Dr. Fatima Al-Hashimi | Executive Director, Digital Services (Service owner) | Digital Services |',
  '| S-03 | Rajesh Nair, PMP | PMO Manager (Project manager) | PMO |',
  '| S-04 | Eng. Khalid Obaid Al Ketbi | IT Operations Director | IT Operations |',
  '| S-05 | Sheikh Majid bin Sultan Al Qasimi | Executive Director, Strategy | Strategy |',
  '| S-06 | Yousef Ali Alhammadi | NOC Manager | IT Operations |',
  '| S-07 | Mohamed Abdel Rahman Youssef | Information Security Manager | Information Security |',
];

/** A plan whose Risks register has one risk per owner given, and whose Decisions approvers are given. */
function plan(
  owners: readonly string[],
  listed: readonly string[] = LISTED,
  front: readonly string[] = [],
  approvers: readonly string[] = [],
): string {
  return auditPlan({
    id: 'ASM-DSD-TP-2026-07',
    title: 'App support',
    service: 'Seef Services mobile app support',
    front,
    listed,
    owners,
    risk: ['UAE PASS login fails', 'Regression pack'],
    approvers,
    decision: ['Transfer app support to IT Operations', '2026-06-09'],
  });
}

const { findings, unresolved, whoIs } = auditReaders(plan, '2027-03-18', LISTED);

describe('a Dubai government entity closure plan: citizen app support transfer', () => {
  it('reads Gulf titles as titles: `H.E.`, `Eng.` (with its point), `Sheikh`, `Sheikha`', () => {
    assert.deepEqual(
      unresolved([
        'Ahmed Mohammed Al Mansoori',
        'H.E. Ahmed Mohammed Al Mansoori',
        'Eng. Ahmed Mohammed Al Mansoori',
        'H. E. Eng. Ahmed Mohammed Al Mansoori',
        'Khalid Obaid Al Ketbi',
        'Majid bin Sultan Al Qasimi',
        'Sheikh Majid Sultan Al Qasimi',
        'Fatima Al-Hashimi',
        'Eng. Yousef Ali Alhammadi',
      ]),
      [],
    );
    const listed = [
      '| S-01 | Latifa Saeed Al Falasi | Sponsor | DG |',
      '| S-02 | Omar Al Zarooni | Service owner | IT |',
    ];
    assert.deepEqual(unresolved(['Sheikha Latifa Saeed Al Falasi', 'Shaikh Omar Al Zarooni'], listed), []);
    const front = [
      'sponsor: Ahmed Mohammed Al Mansoori',
      'service_owner: Dr Fatima Al Hashimi',
      'project_manager: Rajesh Nair',
    ];
    assert.deepEqual(findings(plan([], LISTED, front), 'missing-core-role'), []);
  });

  it('takes `Eng` only with its point, and `H.E.` and `Sheikh` only before two words or more', () => {
    const listed = [
      '| S-01 | Eng Kim Choo | Sponsor | DG |',
      '| S-02 | H. E. Bates | Service owner | IT |',
      '| S-03 | Sheikh Hasina | Project manager | PMO |',
    ];
    // `Eng` is a Chinese name, `H. E.` initials, `Sheikh` part of a name: a part is only offered.
    const messages = unresolved(['Kim Choo', 'Bates', 'Hasina'], listed);
    assert.equal(messages.length, 3, messages.join('\n'));
    assert.match(messages[0]!, /Did you mean Eng Kim Choo \(S-01\)\?/);
    assert.match(messages[2]!, /Did you mean Sheikh Hasina \(S-03\)\?/);
    assert.equal(whoIs('Eng Kim Choo', listed), 'S-01');
  });

  it('reads the article of an Arabic name spaced, hyphenated or joined as one name', () => {
    assert.deepEqual(
      unresolved([
        'Ahmed Mohammed Almansoori',
        'H.E. Ahmed Mohammed AlMansoori',
        'Ahmed Mohammed Al-Mansoori',
        'Dr Fatima Alhashimi',
        'Dr. Fatima Al Hashimi',
        'Khalid Obaid Al-Ketbi',
        'Yousef Ali Al Hammadi',
        'Yousef Ali Al-Hammadi',
        'Mohamed Abdelrahman Youssef',
        'Mohamed Abdel-Rahman Youssef',
        'Al-Hashimi, Fatima',
      ]),
      [],
    );
    assert.equal(whoIs('Ahmed Mohammed Almansoori'), 'S-01');
    assert.equal(whoIs('Yousef Ali Al Hammadi'), 'S-06');
    // Egypt's and the Levant's `El`.
    assert.equal(whoIs('Mona El Sayed', ['| S-01 | Mona El-Sayed | Sponsor | DG |']), 'S-01');
  });

  it('joins only the article: not a given name `Al`, not another transliteration, and two listed spellings stay two', () => {
    const listed = ['| S-01 | Al Green | Sponsor | DG |', '| S-02 | Maria Alvarez | Service owner | IT |'];
    assert.equal(whoIs('Algreen', listed), undefined);
    assert.equal(whoIs('Al-Green', listed), undefined);
    assert.equal(whoIs('Maria Alvarez', listed), 'S-02');
    assert.equal(articleJoined('al green'), undefined);
    assert.equal(articleJoined('ali hassan'), undefined);
    assert.equal(articleJoined('khalid al-ketbi'), 'khalid alketbi');
    // Another transliteration is a near spelling: offered, never applied.
    const [mansouri, mohamed, mohd, ...more] = unresolved([
      'Ahmed Mohammed Al Mansouri',
      'H.E. Ahmed Mohamed Al Mansoori',
      'Mohd. Abdelrahman Youssef',
    ]);
    assert.equal(more.length, 0);
    assert.match(mansouri!, /Did you mean H\.E\. Eng\. Ahmed Mohammed Al Mansoori \(S-01\)\?/);
    assert.match(mohamed!, /Did you mean H\.E\. Eng\. Ahmed Mohammed Al Mansoori \(S-01\)\?/);
    assert.match(mohd!, /Did you mean Mohamed Abdel Rahman Youssef \(S-07\)\?/);
    // Both spellings listed: each as written, and a third spelling names neither.
    const twins = ['| S-01 | Ahmed Al Mansoori | Sponsor | DG |', '| S-02 | Ahmed Almansoori | Service owner | IT |'];
    assert.equal(whoIs('Ahmed Al Mansoori', twins), 'S-01');
    assert.equal(whoIs('Ahmed Almansoori', twins), 'S-02');
    assert.equal(whoIs('Ahmed Al-Mansoori', twins), undefined);
  });

  it('offers, never applies, the given and family names for a name with the father’s name in it', () => {
    const [khalid, noura, majid, ...more] = unresolved(
      ['Khalid Al Ketbi', 'Eng. Khalid Al-Ketbi', 'Sheikh Majid Al Qasimi'],
      LISTED,
    );
    assert.equal(more.length, 0, more.join('\n'));
    assert.match(khalid!, /only part of a stakeholder's name\. Did you mean Eng\. Khalid Obaid Al Ketbi \(S-04\)\?/);
    assert.match(noura!, /Did you mean Eng\. Khalid Obaid Al Ketbi \(S-04\)\?/);
    assert.match(majid!, /Did you mean Sheikh Majid bin Sultan Al Qasimi \(S-05\)\?/);
    assert.equal(givenAndFamily('khalid obaid al ketbi'), 'khalid alketbi');
    assert.equal(givenAndFamily('fatima al hashimi'), undefined);
    assert.equal(givenAndFamily('jason tan chee keong'), undefined);
    // Two with the same given and family names: each may be meant, neither is offered alone.
    const cousins = [
      '| S-01 | Ahmed Mohammed Al Mansoori | Sponsor | DG |',
      '| S-02 | Ahmed Saeed Al Mansoori | Service owner | IT |',
    ];
    const [several] = unresolved(['Ahmed Al Mansoori'], cousins);
    assert.match(several!, /S-01/);
    assert.match(several!, /S-02/);
  });

  it('reads `bint` (daughter of) as a patronymic, as `bin` is', () => {
    const listed = ['| S-01 | Sheikha Latifa bint Ahmed Al Falasi | Sponsor | DG |'];
    assert.equal(whoIs('Latifa Ahmed Al Falasi', listed), 'S-01');
    assert.equal(whoIs('Latifa bint Ahmed Al Falasi', listed), 'S-01');
  });

  it('reads the Higher Committee as a board: written with who answered for it, it is that person', () => {
    assert.ok(isBoardName('Higher Committee'));
    assert.ok(isBoardName('the Higher Committee'));
    assert.ok(!isBoardName('Higher Education Committee'));
    assert.ok(!isBoardName('Committee'));
    assert.equal(whoIs('Higher Committee (Director General)'), 'S-01');
    assert.equal(whoIs('Higher Committee: H.E. Eng. Ahmed Mohammed Al Mansoori'), 'S-01');
    const text = plan([], LISTED, [], ['Higher Committee (Director General)', 'Higher Committee']);
    const [board, ...more] = findings(text, 'unresolved-reference');
    assert.equal(more.length, 0);
    // Written alone, it is a board that must name who answered for it.
    assert.match(board!.message, /Higher Committee/);
    assert.match(board!.message, /S-01/);
  });
});
