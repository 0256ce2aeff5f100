/**
 * A control-stage plan as the PMO of a French mutual insurer's DSI writes it, moving the
 * application support (TMA) of its health claims platform from one provider to another
 * (practitioner fixture fr-mutuelle-tma-prestations-control): stakeholders listed with French
 * civilities (`Mme Claire Martin`, `M. Luc Bernard`, `Me Marc-Antoine Girard`) and surname first in
 * capitals (`DUPONT Jean-Pierre`), referred to as colleagues do (`Claire Martin`, `J.-P. Dupont`),
 * the COPIL and the CODIR as the boards, amounts in `k€ HT`, and dates with French month names.
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { auditPlan } from './auditPlan.js';
import { auditReaders } from './auditReaders.js';

const LISTED = [
  '| S-01 | Mme Claire Martin | Directrice des SI (Sponsor) | DSI |',
  '| S-02 | M. Luc Bernard | Responsable de service (Service owner) | MOA |',
  '| S-03 | DUPONT Jean-Pierre | Chef de projet (Project manager) | PMO DSI |',
  '| S-04 | Mlle Anne de La Tour | Transition manager | MOE |',
  '| S-05 | Me Marc-Antoine Girard | DPO | Conformité |',
  '| S-06 | Jean Moulin | Tester | Recette |',
];

/** A plan whose Risks register has one risk per owner given, and whose Decisions approvers are given. */
function plan(
  owners: readonly string[],
  listed: readonly string[] = LISTED,
  approvers: readonly string[] = [],
  resources: readonly string[] = [],
): string {
  return auditPlan({
    id: 'DSI-PMO-2027-007',
    title: 'TMA Prest@Santé',
    service: 'Prest@Santé support',
    front: [
      'sponsor: Claire Martin',
      'service_owner: Luc Bernard',
      'project_manager: Jean-Pierre Dupont',
      'budget: { currency: EUR, approved: 1450000 }',
    ],
    listed,
    owners,
    risk: ['Tuilage incomplet', 'Tuilage'],
    approvers,
    decision: ['Go-live after the freeze', '2027-01-15'],
    after: resources.length > 0 ? ['## Project Control', '', '### Resource consumption', '', ...resources, ''] : [],
  });
}

const { findings, unresolved, whoIs } = auditReaders(plan, '2027-04-16', LISTED);

describe('a French mutual insurer control plan: TMA moved to a new provider', () => {
  it('reads French civilities as titles: `Mme`, `Mlle`, `M.` and `Me` before a given name and a name', () => {
    assert.deepEqual(
      unresolved(['Claire Martin', 'Luc Bernard', 'Anne de La Tour', 'Marc-Antoine Girard', 'Mme Anne de La Tour']),
      [],
    );
    // Listed without a civility, named with one.
    const listed = ['| S-01 | Claire Martin | Sponsor | DSI |', '| S-02 | Luc Bernard | Service owner | MOA |'];
    assert.deepEqual(unresolved(['Mme Claire Martin', 'M. Luc Bernard', 'Mme. Claire Martin'], listed), []);
    // The front matter names them without their civility.
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
  });

  it('takes `M.` and `Me` for a civility only before a given name and another word, never an initial', () => {
    const listed = [
      '| S-01 | M. J. Smith | Sponsor | PMO |',
      '| S-02 | M. Smith | Service owner | Ops |',
      '| S-03 | Me Too | Project manager | PMO |',
    ];
    // `M. J. Smith` is three initials and a name, `M. Smith` an initial and a name, `Me Too` a name.
    assert.equal(whoIs('J. Smith', listed), undefined);
    assert.equal(whoIs('Smith', listed), undefined);
    assert.equal(whoIs('Too', listed), undefined);
    assert.equal(whoIs('M. J. Smith', listed), 'S-01');
    // A civility and a last name is offered, never applied.
    const [mme, m] = unresolved(['Mme Martin', 'M. Bernard']);
    assert.match(mme!, /Did you mean Mme Claire Martin \(S-01\)\?/);
    assert.match(m!, /Did you mean M\. Luc Bernard \(S-02\)\?/);
    assert.equal(whoIs('Mme Martin'), undefined);
  });

  it('offers a hyphenated given name by its two initials, `J.-P. Dupont`, also listed surname first', () => {
    const messages = unresolved(['J.-P. Dupont', 'J.-P. Moulin', 'J.-M. Dupont']);
    assert.equal(messages.length, 3, messages.join('\n'));
    assert.match(messages[0]!, /only part of a stakeholder's name\. Did you mean DUPONT Jean-Pierre \(S-03\)\?/);
    // `Jean Moulin` has no second given name; `J.-M.` is not Jean-Pierre.
    assert.doesNotMatch(messages[1]!, /only part of a stakeholder's name/);
    assert.doesNotMatch(messages[2]!, /only part of a stakeholder's name/);
    // Listed as people write it too; never applied.
    const listed = ['| S-01 | Jean-Pierre Dupont | Sponsor | DSI |'];
    assert.match(unresolved(['J.-P. Dupont'], listed)[0]!, /Did you mean Jean-Pierre Dupont \(S-01\)\?/);
    assert.equal(whoIs('J.-P. Dupont'), undefined);
  });

  it('reads the COPIL and the CODIR as boards: written with who answered for it, it is that person', () => {
    for (const board of [
      'COPIL',
      'Copil',
      'Comité de pilotage',
      'Comite de pilotage',
      'CODIR',
      'Comité de direction',
    ]) {
      assert.ok(isBoardName(board), board);
    }
    assert.equal(isBoardName('Comité'), false);
    assert.equal(isBoardName('Pilotage'), false);
    const [board, ...more] = findings(plan([], LISTED, ['COPIL', 'COPIL (Claire Martin)']), 'unresolved-reference');
    assert.equal(more.length, 0);
    assert.match(board!.message, /"COPIL" is a board, not a person/);
    assert.equal(whoIs('COPIL (Claire Martin)'), 'S-01');
    assert.equal(whoIs('Comité de pilotage : Mme Claire Martin'), 'S-01');
  });

  it('reads a tax basis after a unit note, `(k€ HT)`, `(€ TTC)`, and says when two columns differ', () => {
    assert.deepEqual(amountUnitOf('Approved (k€ HT)'), {
      name: 'Approved',
      unit: { scale: 1e3, currency: 'EUR', taxBasis: 'net', taxWritten: 'HT' },
    });
    assert.deepEqual(amountUnitOf('Actual (€ TTC)'), {
      name: 'Actual',
      unit: { scale: 1, currency: 'EUR', taxBasis: 'gross', taxWritten: 'TTC' },
    });
    // Only after a unit: no unit, no note read.
    assert.equal(amountUnitOf('Approved (HT)'), undefined);
    assert.equal(amountUnitOf('Approved (total HT)'), undefined);
    const table = (forecast: string) => [
      `| Line | Approved (k€ HT) | Actual (k€ HT) | ${forecast} |`,
      '| --- | --- | --- | --- |',
      '| Néocia – reprise | 620 | 455 | 660 |',
      '| Sopalia – réversibilité | 310 | 298 | 372,5 |',
    ];
    assert.deepEqual(findings(plan([], LISTED, [], table('Forecast (k€ HT)')), 'table-columns'), []);
    const [mixed, ...more] = findings(plan([], LISTED, [], table('Forecast (k€ TTC)')), 'table-columns');
    assert.equal(more.length, 0);
    assert.match(
      mixed!.message,
      /"Forecast \(k€ TTC\)" is with tax \(TTC\), but "Approved \(k€ HT\)" is before tax \(HT\)/,
    );
  });

  it('reads French month names and `1er` in dates: `12 mars 2027`, `1er avril 2027`, `3 févr. 2027`', () => {
    const read = (t: string) => {
      const r = readDate(t);
      return r.ok ? r.value : undefined;
    };
    assert.equal(read('12 mars 2027'), '2027-03-12');
    assert.equal(read('1er avril 2027'), '2027-04-01');
    assert.equal(read('3 févr. 2027'), '2027-02-03');
    assert.equal(read('15 août 2027'), '2027-08-15');
    assert.equal(read('15 aout 2027'), '2027-08-15');
    assert.equal(read('14 déc. 2026'), '2026-12-14');
    assert.equal(read('15 janv. 2027'), '2027-01-15');
    assert.equal(read('1 mai 2027'), '2027-05-01');
    // `er` only after a 1; a French month alone is a month, not a day, as in English.
    assert.equal(read('21er avril 2027'), undefined);
    const month = readDate('avril 2027');
    assert.ok(!month.ok && /names a month, not a day/.test(month.problem ?? ''));
  });

  it('reads English plans as before: names, boards, units, dates and amounts', () => {
    const listed = ['| S-01 | Mr Mark Evans | Sponsor | IT |', '| S-02 | Dr Meg Ryan | Service owner | Ops |'];
    assert.deepEqual(unresolved(['Mark Evans', 'Meg Ryan', 'S. Evans'], listed).length, 1);
    assert.match(unresolved(['M. Evans'], listed)[0]!, /Did you mean Mr Mark Evans \(S-01\)\?/);
    assert.equal(isBoardName('Project Board'), true);
    assert.equal(isBoardName('Direction'), false);
    assert.deepEqual(amountUnitOf('Approved (£k)'), { name: 'Approved', unit: { scale: 1e3, currency: 'GBP' } });
    const first = readDate('1st March 2027');
    assert.equal(first.ok && first.value, '2027-03-01');
    assert.equal(readDate('Sept 4, 2027').ok, true);
    const r = readAmount('180 000 €', 'EUR');
    assert.equal(r.ok && r.value.value, 180000);
  });
});
