/**
 * An initiation-stage plan as the PMO of a São Paulo bank writes it, in English, bringing the
 * monitoring and L2 support of its PIX instant payments in from a vendor to its own NOC
 * (practitioner fixture br-bank-pix-support-initiation): stakeholders listed with the particles of
 * their family names (`João Pedro dos Santos`) and referred to elsewhere as colleagues do (`João
 * Santos`, `Fernanda Oliveira`), amounts as Brazilian finance writes them (`R$ 450 mil`,
 * `R$ 1,2 milhão`, `R$ 1,2 mi`).
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parsePlan } from '../../server/src/engine/parse/plan.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { auditPlan } from './auditPlan.js';

const engine = createPlanEngine();

const LISTED = [
  '| S-01 | Ana Carolina de Souza Lima | Diretora de Meios de Pagamento (Sponsor) | Pagamentos |',
  '| S-02 | Dr. Ricardo Almeida Castro | Superintendente de Operações (Service owner) | Operações de TI |',
  '| S-03 | João Pedro dos Santos | Gerente de Projetos (Project manager) | PMO de TI |',
  '| S-04 | Maria Fernanda da Silva Oliveira | Gerente de Incidentes | Operações de TI |',
  '| S-05 | Camila Rodrigues Costa | Analista de Conhecimento | Operações de TI |',
  '| S-06 | Pieter de Vries | Account Manager | Vendor |',
];

/** A plan whose Risks register has one risk per owner given. */
function plan(owners: readonly string[], listed: readonly string[] = LISTED): string {
  return auditPlan({
    id: 'BCP-TI-PMO-2027-011',
    title: 'PIX support',
    service: 'PIX monitoring and L2 support',
    listed,
    owners,
    risk: ['NOC not ready', 'Shadowing'],
  });
}

const unresolved = (owners: readonly string[], listed?: readonly string[]): string[] =>
  engine
    .lintDocument('p.plan.md', plan(owners, listed), { asOf: '2027-02-10', config: DEFAULT_CONFIG })
    .findings.filter((f) => f.rule === 'unresolved-reference')
    .map((f) => f.message);

describe('a São Paulo bank initiation plan: PIX monitoring and L2 support brought in-house', () => {
  it('offers a Brazilian name as colleagues shorten it, a given name and the last family name', () => {
    const messages = unresolved(['João Santos', 'Joao Santos', 'Fernanda Oliveira', 'Maria Oliveira', 'Ana Lima']);
    assert.equal(messages.length, 5, messages.join('\n'));
    assert.match(messages[0]!, /only part of a stakeholder's name\. Did you mean João Pedro dos Santos \(S-03\)\?/);
    assert.match(messages[1]!, /Did you mean João Pedro dos Santos \(S-03\)\?/);
    assert.match(messages[2]!, /Did you mean Maria Fernanda da Silva Oliveira \(S-04\)\?/);
    assert.match(messages[3]!, /Did you mean Maria Fernanda da Silva Oliveira \(S-04\)\?/);
    assert.match(messages[4]!, /Did you mean Ana Carolina de Souza Lima \(S-01\)\?/);
  });

  it('never applies the shortened name, and reads the full name without its accents', () => {
    const p = parsePlan('p.plan.md', plan([]));
    assert.equal(p.person('João Santos'), undefined);
    assert.equal(p.person('Fernanda Oliveira'), undefined);
    assert.equal(p.person('Joao Pedro dos Santos')?.value('id'), 'S-03');
  });

  it('offers only a given name with the last family name, and only where a Portuguese particle joins the name', () => {
    // A middle family name, a family name for a given one, a name without a particle, a Dutch `de`.
    for (const ref of ['João Silva', 'Fernanda Silva', 'Santos Oliveira', 'Camila Costa', 'Pieter Vries']) {
      const [message] = unresolved([ref]);
      assert.ok(message !== undefined, ref);
      assert.doesNotMatch(message, /only part of a stakeholder's name/, ref);
    }
  });

  it('reads amounts as Brazilian finance writes them: a decimal comma and mil, milhão, mi, bi', () => {
    const read = (t: string) => {
      const r = readAmount(t, 'BRL');
      return r.ok ? r.value.value : undefined;
    };
    assert.equal(read('R$ 1.250.000,00'), 1250000);
    assert.equal(read('R$ 450 mil'), 450000);
    assert.equal(read('R$ 1,2 milhão'), 1200000);
    assert.equal(read('R$ 1,2 milhoes'), 1200000);
    assert.equal(read('R$ 1,2 mi'), 1200000);
    assert.equal(read('R$ 2 bi'), 2e9);
    assert.equal(read('R$ 1,5 bilhão'), 1.5e9);
  });

  it('reports a Brazilian scale after a number that English and Brazil group differently', () => {
    // `1,250 mi` is 1.25 million in Brazil, 1,250 million in English; `1.250 mil` 1,250 thousand or 1.25.
    for (const t of ['R$ 1,250 mi', 'R$ 1.250 mil']) {
      const r = readAmount(t, 'BRL');
      assert.equal(r.ok, false, t);
    }
    // No other word is taken for a scale: `1.2 min`, `3 mils` stay unread as amounts in BRL.
    assert.equal(readAmount('1.2 min', 'BRL').ok, false);
    assert.equal(readAmount('3 mils', 'BRL').ok, false);
  });

  it('does not read `mil` where it may be a million: in Malaysia, or with no currency to say', () => {
    for (const [text, expected] of [
      ['RM 1.2 mil', undefined],
      ['1.2 mil', 'MYR'],
      ['450 mil', undefined],
    ] as const) {
      const r = readAmount(text, expected);
      assert.ok(
        !r.ok &&
          /`mil` is a thousand in Brazil, Portugal and Spanish-speaking countries and a million in English and in Malaysia/.test(
            r.problem ?? '',
          ),
        text,
      );
    }
    const mexican = readAmount('MXN 450 mil');
    assert.equal(mexican.ok && mexican.value.value, 450000);
  });
});
