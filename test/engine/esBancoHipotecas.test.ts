/**
 * A control-stage plan as the project office of a Spanish bank writes it, outsourcing the
 * application maintenance (AMS) of its mortgage platform (practitioner fixture
 * es-banco-hipotecas-ams-control): stakeholders listed with the titles Spain writes (`D.`, `Dña.`,
 * `Sr.`, `Sra.`, `Dr.`) and two family names (`María José García-López Fernández`, `Álvaro
 * Fernández de Córdoba Ruiz`, `Montserrat Puig i Ferrer`), referred to as colleagues do (`Mª José
 * García-López`, `M. J. García-López`, `Montserrat Puig`), the Comité de Seguimiento and the
 * Consejo de Administración as the boards, amounts as Spanish finance writes them (`1.250 k€`,
 * `1,2 millones de euros`, `120.000,00 € + IVA`), and dates in Spanish (`1.º de junio de 2027`).
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { auditPlanOf } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-05-17';

const LISTED = [
  '| S-01 | D. Javier Martínez-Sierra Ortega | Director General de Medios y Tecnología (Sponsor) | Comité de Dirección |',
  '| S-02 | Dña. María José García-López Fernández | Directora de Operaciones (Service owner) | Operaciones |',
  '| S-03 | D. Álvaro Fernández de Córdoba Ruiz | Jefe de Proyecto (Project manager) | OTP |',
  '| S-04 | Sra. Mª del Carmen Ruiz Jiménez | Transition manager | Mantenimiento de Aplicaciones |',
  '| S-05 | Dr. Francisco Javier Núñez Castaño | CISO | Seguridad |',
  '| S-06 | Sr. Rubén Torres Navarro | Change manager | Producción |',
  '| S-07 | Dña. Montserrat Puig i Ferrer | Responsable de Compras | Compras |',
  '| S-08 | Dª Lucía Moreno Gil | DPO | Asesoría Jurídica |',
  '| S-09 | Srta. Elena Castro Blanco | Service desk manager | CAU |',
];

/** A plan whose Risks register has one risk per owner given, and whose Decisions approvers are given. */
const plan = auditPlanOf(
  {
    id: 'DGMT-OTP-2027-007',
    title: 'Externalización AMS GESHIP',
    service: 'GESHIP application support',
    front: [
      'sponsor: Javier Martínez-Sierra Ortega',
      'service_owner: María José García-López Fernández',
      'project_manager: Álvaro Fernández de Córdoba Ruiz',
      'budget: { currency: EUR, approved: 1850000 }',
    ],
    risk: ['Transferencia de conocimiento incompleta', 'Acompañamiento inverso'],
    decision: ['Externalizar el mantenimiento de GESHIP', '2026-11-26'],
  },
  LISTED,
);

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const dateOf = (t: string): string | undefined => {
  const r = readDate(t);
  return r.ok ? r.value : undefined;
};

const amount = (t: string) => {
  const r = readAmount(t, 'EUR');
  return r.ok ? r.value.value : { problem: r.problem, choices: r.choices, notes: r.choiceNotes };
};

describe('a Spanish bank control plan: the AMS of the mortgage platform outsourced', () => {
  it('reads Spanish titles as no part of a name: `D.`, `Dña.`, `Dª`, `Sr.`, `Sra.`, `Srta.`', () => {
    assert.deepEqual(
      unresolved([
        'Javier Martínez-Sierra Ortega',
        'María José García-López Fernández',
        'Álvaro Fernández de Córdoba Ruiz',
        'Mª del Carmen Ruiz Jiménez',
        'Rubén Torres Navarro',
        'Montserrat Puig i Ferrer',
        'Lucía Moreno Gil',
        'Elena Castro Blanco',
        'D. Rubén Torres Navarro',
        'Dna. Lucía Moreno Gil',
      ]),
      [],
    );
    // The front matter names them without their titles.
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
  });

  it('takes `D.` for a title only before a given name and another word, `Sr` only with its point', () => {
    const listed = [
      '| S-01 | D. Smith | Sponsor | IT |',
      '| S-02 | D. J. Smith | Service owner | Ops |',
      '| S-03 | Sr Kumar | Project manager | PMO |',
      '| S-04 | Dna Patel | Change manager | CAB |',
    ];
    // `D. Smith` and `D. J. Smith` are initials and a name; `Sr Kumar` a listed name of two words.
    assert.equal(whoIs('Smith', listed), undefined);
    assert.equal(whoIs('J. Smith', listed), undefined);
    assert.equal(whoIs('Kumar', listed), undefined);
    assert.equal(whoIs('D. Smith', listed), 'S-01');
    assert.equal(whoIs('Sr Kumar', listed), 'S-03');
    // `Dna` without its point is a word (`DNA`), not doña: `Dna Patel` names no `Patel`.
    assert.equal(whoIs('Patel', listed), undefined);
  });

  it('offers a Spanish name as Spain shortens it, never applies it', () => {
    const messages = unresolved([
      'María José García-López',
      'Mª José García-López',
      'M.ª José García López',
      'M. J. García-López',
      'Mª del Carmen Ruiz',
      'Carmen Ruiz',
      'Álvaro Fernández de Córdoba',
      'Montserrat Puig',
      'Sra. Puig',
    ]);
    assert.equal(messages.length, 9, messages.join('\n'));
    for (const m of messages.slice(0, 4))
      assert.match(
        m,
        /only part of a stakeholder's name\. Did you mean Dña\. María José García-López Fernández \(S-02\)\?/,
      );
    assert.match(messages[4]!, /Did you mean Sra\. Mª del Carmen Ruiz Jiménez \(S-04\)\?/);
    assert.match(messages[5]!, /Did you mean Sra\. Mª del Carmen Ruiz Jiménez \(S-04\)\?/);
    assert.match(messages[6]!, /Did you mean D\. Álvaro Fernández de Córdoba Ruiz \(S-03\)\?/);
    assert.match(messages[7]!, /Did you mean Dña\. Montserrat Puig i Ferrer \(S-07\)\?/);
    assert.match(messages[8]!, /Did you mean Dña\. Montserrat Puig i Ferrer \(S-07\)\?/);
    assert.equal(whoIs('María José García-López'), undefined);
    assert.equal(whoIs('M. J. García-López'), undefined);
    // Initials that are not the given names', and the mother's family name, are no offer.
    const [wrongInitials, mother] = unresolved(['R. J. García-López', 'María José Fernández']);
    assert.doesNotMatch(wrongInitials!, /only part of a stakeholder's name/);
    assert.doesNotMatch(mother!, /only part of a stakeholder's name/);
  });

  it('reads the Comité de Seguimiento and the Consejo de Administración as boards', () => {
    for (const board of [
      'Comité de Seguimiento',
      'Comite de seguimiento',
      'Comité de Proyecto',
      'Comité Ejecutivo',
      'Comisión Ejecutiva',
      'Consejo de Administración',
      'Consejo de Administracion',
    ])
      assert.ok(isBoardName(board), board);
    for (const word of ['Comité', 'Consejo', 'Comité de Empresa', 'Consejo Asesor'])
      assert.equal(isBoardName(word), false, word);
    const [board, ...more] = findings(
      plan([], LISTED, ['Consejo de Administración', 'Comité de Seguimiento (D. Javier Martínez-Sierra Ortega)']),
      'unresolved-reference',
    );
    assert.equal(more.length, 0);
    assert.match(board!.message, /"Consejo de Administración" is a board, not a person/);
    assert.equal(whoIs('Comité de Seguimiento (D. Javier Martínez-Sierra Ortega)'), 'S-01');
  });

  it('asks about `k€` and `M€` after a number with one separator: continental Europe groups thousands with a point', () => {
    // Before, `1.250 k€` was read as 1,250 € and `1,250 M€` as 1.25 billion, with no finding.
    assert.deepEqual(amount('1.250 k€'), {
      problem: 'The point could be a decimal point or a thousands separator.',
      choices: ['1250', '1250000'],
      notes: ['the point a decimal point', 'the point a thousands separator'],
    });
    assert.deepEqual(amount('1,250 M€'), {
      problem: 'The comma could be a decimal comma or a thousands separator.',
      choices: ['1250000', '1250000000'],
      notes: ['the comma a decimal comma', 'the comma a thousands separator'],
    });
    for (const text of ['1.250k€', '1.200 M€', '1.250 kEUR', '1.500 MM€'])
      assert.ok(typeof amount(text) === 'object', text);
    // One reading only: as before.
    assert.equal(amount('1,2 M€'), 1_200_000);
    assert.equal(amount('1.250,5 k€'), 1_250_500);
    assert.equal(amount('345,5 k€'), 345_500);
    assert.equal(amount('€1.250m'), 1_250_000);
    assert.equal(amount('1,2 MM€'), 1_200_000);
  });

  it('reads Spanish scales, tax and estimates in a cell: `millones de euros`, `+ IVA`, `aprox.`', () => {
    assert.equal(amount('1,2 millones de euros'), 1_200_000);
    assert.equal(amount('1,2 millones de €'), 1_200_000);
    assert.equal(amount('1 millón de euros'), 1_000_000);
    assert.equal(amount('120 mil €'), 120_000);
    assert.equal(amount('aprox. 120 k€'), 120_000);
    assert.equal(amount('120 k€ (aprox.)'), 120_000);
    const net = readAmount('120.000,00 € + IVA', 'EUR');
    assert.ok(net.ok);
    assert.deepEqual(net.value, { value: 120_000, currency: 'EUR', taxBasis: 'net', taxWritten: '+ IVA' });
    for (const [text, basis] of [
      ['120 k€ más IVA', 'net'],
      ['120 k€ IVA excl.', 'net'],
      ['120 k€ (IVA no incluido)', 'net'],
      ['120 k€ IVA incl.', 'gross'],
      ['120 k€ IVA inc.', 'gross'],
    ] as const) {
      const r = readAmount(text, 'EUR');
      assert.ok(r.ok && r.value.taxBasis === basis, text);
    }
    // `de` only between a Spanish scale and the currency.
    assert.equal(typeof amount('120 de €'), 'object');
  });

  it('reads `1.º` as the RAE writes the first of a month: `1.º de junio de 2027`', () => {
    assert.equal(dateOf('1.º de junio de 2027'), '2027-06-01');
    assert.equal(dateOf('1º de junio de 2027'), '2027-06-01');
    assert.equal(dateOf('26-abr-2027'), '2027-04-26');
    assert.equal(dateOf('2.º de junio de 2027'), undefined);
  });

  it("reads the fixture's budget in miles de €, its boards and its Spanish dates: the slip under the exception", () => {
    const { result, status } = lintedFixture('es-banco-hipotecas-ams-control.plan.md', AS_OF);
    assert.equal(status.budget.approvedLines, 1_850_000);
    assert.equal(status.budget.actual, 1_120_900);
    assert.equal(status.budget.forecast, 1_915_800);
    assert.deepEqual(
      status.scheduleBreaches.map((b) => [b.id, b.slipDays, b.exception]),
      [['M-06', 14, 'D-03']],
    );
    assert.equal(status.decisions.find((d) => d.id === 'D-03')?.approvedById, 'S-01');
    assert.deepEqual(
      result.findings.filter((f) => f.rule === 'missing-core-role' || f.rule === 'schedule-slip'),
      [],
    );
  });

  it('reads English plans as before: names, boards and amounts', () => {
    const listed = ['| S-01 | Mr Mark Evans | Sponsor | IT |', '| S-02 | Dr Meg Ryan | Service owner | Ops |'];
    assert.equal(whoIs('Mark Evans', listed), 'S-01');
    assert.match(unresolved(['M. Evans'], listed)[0]!, /Did you mean Mr Mark Evans \(S-01\)\?/);
    assert.equal(isBoardName('Steering committee'), true);
    assert.equal(readAmount('€180k', 'EUR').ok, true);
    assert.equal(amount('€1.250m'), 1_250_000);
    assert.equal(amount('1,250k'), 1_250_000);
  });
});
