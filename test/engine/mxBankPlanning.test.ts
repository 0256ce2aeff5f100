/**
 * A planning-stage plan as the PMO of a Mexican bank writes it, half in Spanish, moving the 24x7
 * monitoring and L2 support of its SPEI payments to a new provider (practitioner fixture
 * mx-bank-spei-monitoring-planning): stakeholders listed with the titles Mexican registers write
 * (`Lic.`, `Ing.`, `Mtra.`, `C.P.`) and two family names (`María José García López`), referred to
 * as colleagues do (`María García`, `Ing. Hernández`), the `Comité Directivo` as the board, amounts
 * in pesos (`$4.2 MDP`, `$380,000 MN`, `MXN $1,850,000`), and dates in Spanish (`15 de marzo de 2027`).
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { auditPlanOf } from './auditPlan.js';
import { auditReaders } from './auditReaders.js';

const LISTED = [
  '| S-01 | Lic. María José García López | Directora de Medios de Pago (Sponsor) | Medios de Pago |',
  '| S-02 | Ing. Juan Carlos Hernández Ruiz | Subdirector de Operaciones (Service owner) | Operaciones de TI |',
  '| S-03 | Mtra. Ana Sofía de la Cruz Ramírez | Gerente de PMO (Project manager) | PMO de TI |',
  '| S-04 | C.P. Ma. Guadalupe Torres Vázquez | Contralora de TI | Finanzas |',
  '| S-05 | Dr. Ricardo Peña Salinas | CISO | Seguridad |',
  '| S-06 | Mtro. Miguel Ángel Flores Herrera | Gerente de Mesa de Servicio | Mesa de Servicio |',
  '| S-07 | Dra. Laura Elena Ramírez Castillo | Gerente de Cambios | Operaciones de TI |',
  '| S-08 | Arq. Jorge Medina Soto | Arquitecto de soluciones | Arquitectura |',
];

/** A plan whose Risks register has one risk per owner given, and whose Decisions approvers are given. */
const plan = auditPlanOf(
  {
    id: 'BMB-PMO-TI-2027-014',
    title: 'Monitoreo SPEI',
    service: 'SPEI monitoring and L2 support',
    front: [
      'sponsor: María José García López',
      'service_owner: Juan Carlos Hernández Ruiz',
      'project_manager: Ana Sofía de la Cruz Ramírez',
      'budget: { currency: MXN, approved: 8400000 }',
    ],
    risk: ['Transferencia de conocimiento incompleta', 'Shadowing'],
    decision: ['Go-live in June', '2027-01-22'],
  },
  LISTED,
);

const { findings, unresolved, whoIs } = auditReaders(plan, '2027-03-08', LISTED);

const amount = (t: string, currency: string) => {
  const r = readAmount(t, currency);
  return r.ok ? r.value : (r.problem ?? 'unread');
};

const problemOf = (t: string, currency: string): string => {
  const r = readAmount(t, currency);
  return r.ok ? '' : (r.problem ?? '');
};

const date = (t: string) => {
  const r = readDate(t);
  return r.ok ? r.value : undefined;
};

describe('a Mexican bank planning plan: SPEI monitoring moved to a new provider', () => {
  it('reads Mexican titles as no part of a name: `Lic.`, `Ing.`, `Mtra.`, `Mtro.`, `C.P.`, `Dra.`, `Arq.`', () => {
    assert.deepEqual(
      unresolved([
        'María José García López',
        'Juan Carlos Hernández Ruiz',
        'Ana Sofía de la Cruz Ramírez',
        'Ma. Guadalupe Torres Vázquez',
        'Miguel Ángel Flores Herrera',
        'Laura Elena Ramírez Castillo',
        'Jorge Medina Soto',
        'Ing. Jorge Medina Soto',
      ]),
      [],
    );
    // Listed without a title, named with one; the front matter names them without theirs.
    const listed = [
      '| S-01 | María José García López | Sponsor | Pagos |',
      '| S-02 | Jorge Medina Soto | Architect | TI |',
    ];
    assert.deepEqual(
      unresolved(['Lic. María José García López', 'Ing. Jorge Medina Soto', 'C.P. Jorge Medina Soto'], listed),
      [],
    );
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
  });

  it('takes `Ing`, `Lic` and `Arq` for titles only with their point, `C.P.` only before two words', () => {
    const listed = [
      '| S-01 | Ing Jansson | Sponsor | IT |',
      '| S-02 | C.P. Snow | Service owner | Ops |',
      '| S-03 | C. P. Snow | Project manager | PMO |',
    ];
    // `Ing Jansson` is a Swedish name; `C.P. Snow` and `C. P. Snow` are initials and a name.
    assert.equal(whoIs('Jansson', listed), undefined);
    assert.equal(whoIs('Snow', listed), undefined);
    assert.equal(whoIs('Ing Jansson', listed), 'S-01');
    assert.equal(whoIs('C.P. Snow', listed), 'S-02');
  });

  it('offers a Spanish name as colleagues shorten it, a given name and the first family name', () => {
    const messages = unresolved([
      'María García',
      'Guadalupe Torres',
      'Ana de la Cruz',
      'Laura Ramírez',
      'Maria Garcia',
    ]);
    assert.equal(messages.length, 5, messages.join('\n'));
    assert.match(
      messages[0]!,
      /only part of a stakeholder's name\. Did you mean Lic\. María José García López \(S-01\)\?/,
    );
    // `Ma.` is María: Guadalupe is her second given name.
    assert.match(messages[1]!, /Did you mean C\.P\. Ma\. Guadalupe Torres Vázquez \(S-04\)\?/);
    assert.match(messages[2]!, /Did you mean Mtra\. Ana Sofía de la Cruz Ramírez \(S-03\)\?/);
    assert.match(messages[3]!, /Did you mean Dra\. Laura Elena Ramírez Castillo \(S-07\)\?/);
    assert.match(messages[4]!, /Did you mean Lic\. María José García López \(S-01\)\?/);
    // Never applied.
    assert.equal(whoIs('María García'), undefined);
    assert.equal(whoIs('Guadalupe Torres'), undefined);
  });

  it('offers a title and the first family name (`Ing. Hernández`, `Dr. Peña`), never a family name alone', () => {
    const [ing, dr, bare, second] = unresolved(['Ing. Hernández', 'Dr. Peña', 'Hernández', 'María López']);
    assert.match(ing!, /Did you mean Ing\. Juan Carlos Hernández Ruiz \(S-02\)\?/);
    assert.match(dr!, /Did you mean Dr\. Ricardo Peña Salinas \(S-05\)\?/);
    // Without a title the first family name alone is no offer; the mother's family name is none either.
    assert.doesNotMatch(bare!, /only part of a stakeholder's name/);
    assert.doesNotMatch(second!, /only part of a stakeholder's name/);
    assert.equal(whoIs('Ing. Hernández'), undefined);
  });

  it('reads the Comité Directivo and the Comité de Cambios as boards', () => {
    for (const board of [
      'Comité Directivo',
      'Comite Directivo',
      'Comité de Dirección',
      'Comité de Cambios',
      'Comité de Control de Cambios',
    ]) {
      assert.ok(isBoardName(board), board);
    }
    assert.equal(isBoardName('Comité'), false);
    assert.equal(isBoardName('Comité de Compras'), false);
    const [board, ...more] = findings(
      plan([], LISTED, ['Comité Directivo', 'Comité Directivo (Lic. María José García López)']),
      'unresolved-reference',
    );
    assert.equal(more.length, 0);
    assert.match(board!.message, /"Comité Directivo" is a board, not a person/);
    assert.equal(whoIs('Comité Directivo (María José García López)'), 'S-01');
  });

  it('reads amounts in pesos: `$4.2 MDP`, `$380,000 MN`, `$1,600,000.00 M.N.`, `MXN $1,850,000`', () => {
    const mxn = (value: number) => ({ value, currency: 'MXN' });
    assert.deepEqual(amount('$4.2 MDP', 'MXN'), mxn(4_200_000));
    assert.deepEqual(amount('1.25 mdp', 'MXN'), mxn(1_250_000));
    assert.deepEqual(amount('$380,000 MN', 'MXN'), mxn(380_000));
    assert.deepEqual(amount('380000 MN', 'MXN'), mxn(380_000));
    assert.deepEqual(amount('$1,600,000.00 M.N.', 'MXN'), mxn(1_600_000));
    assert.deepEqual(amount('MXN $1,850,000', 'MXN'), mxn(1_850_000));
    assert.deepEqual(amount('$450 mil', 'MXN'), mxn(450_000));
    // `MN` after a short number may be a million as English writes it: asked about.
    assert.match(problemOf('$380 MN', 'MXN'), /moneda nacional .* a million in English/);
    assert.match(problemOf('$1.2 MN', 'MXN'), /moneda nacional/);
    // In pesos, another currency's amount is reported as before.
    assert.match(problemOf('£1.2mn', 'MXN'), /It is in GBP/);
  });

  it('reports pesos in a plan in another currency as pesos, and asks where `MN` reads two ways', () => {
    // The dollar sign before `MDP`, `MN` after a million or more, or a code is the peso's.
    for (const text of [
      '$4.2 MDP',
      '-$4.2 MDP',
      '$1,600,000 MN',
      '1,600,000 MN',
      '$1,600,000.00 M.N.',
      'MXN $1,850,000',
      'MXN $4.2 MDP',
    ]) {
      assert.match(problemOf(text, 'USD'), /It is in MXN, and amounts in different currencies cannot be summed/, text);
    }
    // Before, `$1,600,000 MN` was 1.6 trillion dollars and `$4.2 MDP` unreadable with no reason.
    // After a thousand or more and a dollar sign or none, `MN` may be either.
    assert.match(problemOf('$250,000 MN', 'USD'), /moneda nacional .* write `MXN` for pesos, or `m` for millions/);
    assert.match(problemOf('2,500 MN', 'EUR'), /moneda nacional/);
    // Another currency's sign before `MN` is a million as English writes it.
    assert.deepEqual(amount('£1,200mn', 'GBP'), { value: 1_200_000_000, currency: 'GBP' });
    // But not after a million or more: `USD 1,600,000 MN` was read as 1.6 trillion dollars.
    for (const text of ['USD 1,600,000 MN', 'US$ 1,600,000 MN', '£1,600,000 mn']) {
      assert.match(problemOf(text, text.startsWith('£') ? 'GBP' : 'USD'), /would make it trillions/, text);
    }
    assert.deepEqual(amount('MXN $4.2 MDP', 'MXN'), { value: 4_200_000, currency: 'MXN' });
  });

  it('reads Spanish month names and `de` in dates: `15 de marzo de 2027`, `8 de febrero del 2027`, `3-ene-2027`', () => {
    assert.equal(date('15 de marzo de 2027'), '2027-03-15');
    assert.equal(date('8 de febrero del 2027'), '2027-02-08');
    assert.equal(date('3-ene-2027'), '2027-01-03');
    assert.equal(date('12 dic. 2026'), '2026-12-12');
    assert.equal(date('1 ago 2027'), '2027-08-01');
    assert.equal(date('30 de abril de 2027'), '2027-04-30');
    assert.equal(date('7 de junio de 2027'), '2027-06-07');
    assert.equal(date('15 septiembre 2027'), '2027-09-15');
    assert.equal(date('15 setiembre 2027'), '2027-09-15');
    assert.equal(date('15 de diciembre de 2027'), '2027-12-15');
    // A month without a day is no day; `de` only between the parts.
    assert.equal(date('de marzo de 2027'), undefined);
    assert.equal(date('15 de marzo de'), undefined);
  });

  it('reads English plans as before: names, boards, amounts and dates', () => {
    const listed = [
      '| S-01 | Mr Mark Evans | Sponsor | IT |',
      '| S-02 | Dr Meg Ryan | Service owner | Ops |',
      '| S-03 | Mary Ann Smith | Project manager | PMO |',
    ];
    assert.deepEqual(unresolved(['Mark Evans', 'Meg Ryan', 'Mary Ann Smith'], listed), []);
    assert.match(unresolved(['Mary Smith'], listed)[0]!, /Did you mean Mary Ann Smith/);
    assert.equal(isBoardName('Change Advisory Board'), true);
    assert.equal(isBoardName('Committee'), false);
    // `mn` is a million outside pesos, as before; `USD $85,000` is US dollars.
    assert.deepEqual(amount('£1.2mn', 'GBP'), { value: 1_200_000, currency: 'GBP' });
    assert.deepEqual(amount('$1.2mn', 'USD'), { value: 1_200_000, currency: 'USD' });
    assert.deepEqual(amount('$380 MN', 'USD'), { value: 380_000_000, currency: 'USD' });
    assert.deepEqual(amount('USD $85,000', 'USD'), { value: 85_000, currency: 'USD' });
    assert.equal(date('20 Nov 2026'), '2026-11-20');
    assert.equal(date('1 May 2027'), '2027-05-01');
    assert.equal(date('3 Mar 2027'), '2027-03-03');
    const month = readDate('marzo 2027');
    assert.ok(!month.ok && /names a month, not a day/.test(month.problem ?? ''));
  });
});
