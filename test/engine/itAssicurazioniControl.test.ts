/**
 * A control-stage plan as the PMO of an Italian insurer's IT department writes it, moving the
 * application management (AMS) of its claims platform from one outsourcer to another (practitioner
 * fixture it-assicurazioni-sinistri-ams-control): stakeholders listed with Italian titles (`Dott.`,
 * `Dott.ssa`, `Ing.`, `Avv.`, `Rag.`, `Prof.ssa`, `Geom.`), referred to as colleagues do (`Giovanni
 * De Luca`, `Ing. Dell'Acqua`, `D'Angelo N.`, `Nicolo' Bianchi`), the Comitato Guida and the CdA as
 * the boards, amounts in `€/000`, and dates with Italian month names (`1° aprile 2027`).
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { auditPlanOf } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-05-14';

const LISTED = [
  '| S-01 | Dott. Giovanni De Luca | Chief Information Officer (Sponsor) | DSI |',
  '| S-02 | Dott.ssa Francesca Di Stefano | Responsabile Sinistri (Service owner) | Direzione Sinistri |',
  "| S-03 | Ing. Niccolò D'Angelo | Project manager | PMO IT |",
  "| S-04 | Ing. Chiara Dell'Acqua | Transition manager | Application Management |",
  '| S-05 | Avv. Roberta La Rosa | Outsourcing manager | Affari Legali |',
  '| S-06 | Rag. Antonio Ferrara | Controller | Pianificazione e Controllo |',
  '| S-07 | Prof.ssa Maria Grazia Colombo | DPO | Privacy |',
  '| S-08 | Nicolò Bianchi | Change manager | Esercizio IT |',
  '| S-09 | Geom. Paolo Esposito | Responsabile Facility | Servizi Generali |',
];

/** A plan whose Risks register has one risk per owner given, and whose Decisions approvers are given. */
const plan = auditPlanOf(
  {
    id: 'DSI-PMO-2027-012',
    title: 'AMS SIGES',
    service: 'SIGES application support',
    front: [
      'sponsor: Giovanni De Luca',
      'service_owner: Francesca Di Stefano',
      "project_manager: Niccolò D'Angelo",
      'budget: { currency: EUR, approved: 1250000 }',
    ],
    risk: ['Trasferimento di know-how incompleto', 'Affiancamento inverso'],
    decision: ['Go-live after the claims reserve run', '2027-02-18'],
  },
  LISTED,
);

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const dateOf = (t: string): string | undefined => {
  const r = readDate(t);
  return r.ok ? r.value : undefined;
};

const amountOf = (t: string): number | undefined => {
  const r = readAmount(t, 'EUR');
  return r.ok ? r.value.value : undefined;
};

describe('an Italian insurer control plan: AMS of the claims platform moved to a new outsourcer', () => {
  it('reads Italian titles as titles: `Dott.`, `Dott.ssa`, `Ing.`, `Avv.`, `Rag.`, `Prof.ssa`, `Geom.`', () => {
    assert.deepEqual(
      unresolved([
        'Giovanni De Luca',
        'Francesca Di Stefano',
        "Niccolò D'Angelo",
        'Roberta La Rosa',
        'Antonio Ferrara',
        'Maria Grazia Colombo',
        'Paolo Esposito',
        'Dott. Francesca Di Stefano',
      ]),
      [],
    );
    // The front matter names them without their titles.
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
    // Listed without a title, named with one; two titles, and the other forms of the feminine.
    const listed = [
      '| S-01 | Giovanni De Luca | Sponsor | DSI |',
      '| S-02 | Francesca Di Stefano | Service owner | Sinistri |',
      '| S-03 | Lucia Bruno | Project manager | PMO |',
    ];
    for (const [ref, id] of [
      ['Dott. Ing. Giovanni De Luca', 'S-01'],
      ['Dr.ssa Francesca Di Stefano', 'S-02'],
      ['Sig.ra Lucia Bruno', 'S-03'],
      ['Arch. Lucia Bruno', 'S-03'],
      ['Prof.ssa Lucia Bruno', 'S-03'],
    ])
      assert.equal(whoIs(ref!, listed), id, ref);
  });

  it('takes an Italian title only with its point: `RAG` is a status, `Rag Ferrara` a name', () => {
    const listed = ['| S-01 | Antonio Ferrara | Sponsor | PeC |', '| S-02 | Avv Bianchi | Service owner | Legale |'];
    assert.equal(whoIs('Rag. Antonio Ferrara', listed), 'S-01');
    assert.equal(whoIs('Rag Antonio Ferrara', listed), undefined);
    assert.equal(whoIs('Geom Antonio Ferrara', listed), undefined);
    // `Avv Bianchi`, without its point, is a listed name of two words, not a title and a name.
    assert.equal(whoIs('Bianchi', listed), undefined);
    assert.equal(whoIs('Avv Bianchi', listed), 'S-02');
  });

  it('offers a title and a family name (`Ing. Dell’Acqua`, `Dott.ssa Di Stefano`), never applies it', () => {
    const messages = unresolved(["Ing. Dell'Acqua", 'Dott.ssa Di Stefano', 'Avv. La Rosa', 'Dott. De Luca']);
    assert.equal(messages.length, 4, messages.join('\n'));
    assert.match(messages[0]!, /Did you mean Ing\. Chiara Dell'Acqua \(S-04\)\?/);
    assert.match(messages[1]!, /Did you mean Dott\.ssa Francesca Di Stefano \(S-02\)\?/);
    assert.match(messages[2]!, /Did you mean Avv\. Roberta La Rosa \(S-05\)\?/);
    assert.match(messages[3]!, /Did you mean Dott\. Giovanni De Luca \(S-01\)\?/);
    assert.equal(whoIs("Ing. Dell'Acqua"), undefined);
  });

  it('offers the family name then the initial (`D’Angelo N.`), and an initial before a family name of two words', () => {
    const messages = unresolved(["D'Angelo N.", 'De Luca G.', 'G. De Luca', "D'Angelo M.", 'Di Stefano F.']);
    assert.equal(messages.length, 5, messages.join('\n'));
    assert.match(messages[0]!, /only part of a stakeholder's name\. Did you mean Ing\. Niccolò D'Angelo \(S-03\)\?/);
    assert.match(messages[1]!, /Did you mean Dott\. Giovanni De Luca \(S-01\)\?/);
    assert.match(messages[2]!, /Did you mean Dott\. Giovanni De Luca \(S-01\)\?/);
    // `M.` is not Niccolò.
    assert.doesNotMatch(messages[3]!, /Did you mean/);
    assert.match(messages[4]!, /Did you mean Dott\.ssa Francesca Di Stefano \(S-02\)\?/);
    assert.equal(whoIs("D'Angelo N."), undefined);
    // As French writes it too, a hyphenated given name's initials after the family name.
    const french = [
      '| S-01 | DUPONT Jean-Pierre | Sponsor | DSI |',
      '| S-02 | Anne van der Berg | Service owner | Ops |',
    ];
    assert.match(unresolved(['Dupont J.-P.'], french)[0]!, /Did you mean DUPONT Jean-Pierre \(S-01\)\?/);
    assert.match(unresolved(['A. van der Berg'], french)[0]!, /Did you mean Anne van der Berg \(S-02\)\?/);
    // A family name then an initial names nobody when the initial is no given name's.
    const english = ['| S-01 | Mr Mark Evans | Sponsor | IT |'];
    assert.match(unresolved(['Evans M.'], english)[0]!, /Did you mean Mr Mark Evans \(S-01\)\?/);
    assert.doesNotMatch(unresolved(['Evans J.'], english)[0]!, /Did you mean/);
  });

  it("reads an accent typed as an apostrophe after a word's last vowel: `Nicolo' Bianchi` is Nicolò Bianchi", () => {
    assert.equal(whoIs("Nicolo' Bianchi"), 'S-08');
    assert.equal(whoIs('Nicolo’ Bianchi'), 'S-08');
    assert.equal(whoIs("Niccolo' D'Angelo"), 'S-03');
    // And the other way round: listed as a system without accents wrote it.
    assert.equal(whoIs('Nicolò Bianchi', ["| S-08 | Nicolo' Bianchi | Change manager | Esercizio IT |"]), 'S-08');
    // Not inside a name: `D'Angelo` is not `DAngelo`, and no vowel before it, no accent.
    assert.equal(whoIs('Niccolò DAngelo'), undefined);
    assert.equal(whoIs("Nicol' Bianchi"), undefined);
    // Malaysia's `Dato'` and `Dato' Sri` stay titles.
    const malaysian = [
      "| S-01 | Dato' Sri Ahmad Zaki | Sponsor | Board |",
      "| S-02 | Dato' Rosli Hamid | Service owner | IT |",
    ];
    assert.equal(whoIs('Ahmad Zaki', malaysian), 'S-01');
    assert.equal(whoIs('Rosli Hamid', malaysian), 'S-02');
    assert.equal(whoIs('Dato Sri Ahmad Zaki', malaysian), 'S-01');
    assert.match(unresolved(['Ahmad'], malaysian)[0]!, /Did you mean Dato' Sri Ahmad Zaki \(S-01\)\?/);
  });

  it('reads the Comitato Guida and the CdA as boards: written with who answered for it, it is that person', () => {
    for (const board of [
      'Comitato Guida',
      'Comitato guida',
      'Comitato di Pilotaggio',
      'Comitato di Progetto',
      'Comitato di Direzione',
      'Comitato Direttivo',
      'Comitato Esecutivo',
      'CdA',
      'Consiglio di Amministrazione',
    ])
      assert.ok(isBoardName(board), board);
    for (const word of ['Comitato', 'Guida', 'Consiglio', 'Comitato Rischi'])
      assert.equal(isBoardName(word), false, word);
    const [board, ...more] = findings(
      plan([], LISTED, ['CdA', 'Comitato Guida (Dott. Giovanni De Luca)']),
      'unresolved-reference',
    );
    assert.equal(more.length, 0);
    assert.match(board!.message, /"CdA" is a board, not a person/);
    assert.equal(whoIs('Comitato Guida (Dott. Giovanni De Luca)'), 'S-01');
    assert.equal(whoIs('Comitato Guida: Giovanni De Luca'), 'S-01');
  });

  it('reads Italian month names and `1°` in dates: `15 marzo 2027`, `1° aprile 2027`, `30 lug 2027`', () => {
    assert.equal(dateOf('12 gennaio 2027'), '2027-01-12');
    assert.equal(dateOf('3 gen 2027'), '2027-01-03');
    assert.equal(dateOf('18 febbraio 2027'), '2027-02-18');
    assert.equal(dateOf('1° aprile 2027'), '2027-04-01');
    assert.equal(dateOf('1º aprile 2027'), '2027-04-01');
    assert.equal(dateOf('28 mag 2027'), '2027-05-28');
    assert.equal(dateOf('21 maggio 2027'), '2027-05-21');
    assert.equal(dateOf('2 giugno 2027'), '2027-06-02');
    assert.equal(dateOf('1-giu-2027'), '2027-06-01');
    assert.equal(dateOf('30 lug. 2027'), '2027-07-30');
    assert.equal(dateOf('7 sett. 2027'), '2027-09-07');
    assert.equal(dateOf('14 ott 2027'), '2027-10-14');
    assert.equal(dateOf('17 dicembre 2026'), '2026-12-17');
    // `°` only after a 1; an Italian month alone is a month, not a day, as in English.
    assert.equal(dateOf('21° aprile 2027'), undefined);
    const month = readDate('maggio 2027');
    assert.ok(!month.ok && /names a month, not a day/.test(month.problem ?? ''));
  });

  it('reads Italian scales (`250 mila €`, `1,2 milioni`, `1,1 mld €`) and unit notes (`(€/000)`, `(Mln €)`)', () => {
    assert.equal(amountOf('250 mila €'), 250000);
    assert.equal(amountOf('€ 1,25 milioni'), 1250000);
    assert.equal(amountOf('1 milione'), 1000000);
    assert.equal(amountOf('1,1 mld €'), 1100000000);
    assert.equal(amountOf('2 miliardi €'), 2000000000);
    assert.equal(amountOf('€ 1.250.000,00'), 1250000);
    assert.equal(amountOf('1,2 mln €'), 1200000);
    // Continental scales: a comma before three digits, or a point, may group thousands.
    assert.equal(amountOf('1,250 mila €'), undefined);
    assert.equal(amountOf('1.150 mld €'), undefined);
    for (const [header, scale] of [
      ['Approved (€/000)', 1e3],
      ['Approved (EUR/000)', 1e3],
      ['Approved (€ migliaia)', 1e3],
      ['Approved (Mln €)', 1e6],
      ['Approved (mln EUR)', 1e6],
      ['Approved (Mio EUR)', 1e6],
      ['Approved (mld €)', 1e9],
    ] as const)
      assert.deepEqual(amountUnitOf(header), { name: 'Approved', unit: { scale, currency: 'EUR' } }, header);
    assert.deepEqual(amountUnitOf('Forecast (Mln)'), { name: 'Forecast', unit: { scale: 1e6, currency: undefined } });
    // `mil` is a thousand in Brazil and a million in Malaysia; three letters that are no scale are no unit.
    assert.equal(amountUnitOf('Approved (mil)'), undefined);
    assert.equal(amountUnitOf('Approved (mil €)'), undefined);
    assert.equal(amountUnitOf('Approved (new)'), undefined);
    assert.equal(amountUnitOf('Approved (abc €)'), undefined);
  });

  it("reads the fixture's budget in €/000 and its dates in Italian: the slip under the exception, no overrun", () => {
    const { status } = lintedFixture('it-assicurazioni-sinistri-ams-control.plan.md', AS_OF);
    assert.equal(status.budget.approvedLines, 1250000);
    assert.equal(status.budget.actual, 925350);
    assert.equal(status.budget.forecast, 1313500);
    assert.deepEqual(
      status.scheduleBreaches.map((b) => [b.id, b.slipDays, b.exception]),
      [['M-05', 14, 'D-03']],
    );
    const m03 = status.milestones.find((m) => m.id === 'M-03');
    assert.deepEqual([m03?.baseline, m03?.actual], ['2027-04-01', '2027-04-02']);
    assert.equal(status.decisions.find((d) => d.id === 'D-03')?.approvedById, 'S-01');
  });

  it('reads English plans as before: names, boards, dates and amounts', () => {
    const listed = ['| S-01 | Mr Mark Evans | Sponsor | IT |', '| S-02 | Dr Meg Ryan | Service owner | Ops |'];
    assert.equal(whoIs('Mark Evans', listed), 'S-01');
    assert.match(unresolved(['M. Evans'], listed)[0]!, /Did you mean Mr Mark Evans \(S-01\)\?/);
    assert.equal(isBoardName('Project Board'), true);
    assert.equal(isBoardName('Direction'), false);
    assert.equal(dateOf('1st March 2027'), '2027-03-01');
    assert.equal(dateOf('12 mar 2027'), '2027-03-12');
    assert.equal(amountOf('£1.2m'), undefined);
    assert.equal(amountOf('€180k'), 180000);
    assert.deepEqual(amountUnitOf('Approved (£k)'), { name: 'Approved', unit: { scale: 1e3, currency: 'GBP' } });
    assert.deepEqual(amountUnitOf("Actual (£'000)"), { name: 'Actual', unit: { scale: 1e3, currency: 'GBP' } });
  });
});
