/**
 * A closed plan as a continental European bank writes it (practitioner fixture
 * nl-bank-push-saas-closed): `Agreed` on a sign-off sheet, a decision log's Architecture and
 * Sourcing decisions, a deputy's signature `i.o.` / `i.A.` / `i.V.`, an amount written
 * `EUR 1,25 mln`, a role with its acronym before a team (`Product Owner (PO) Team Notify`),
 * and the Review date of a risk closed or transferred, which nothing reads any more.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { closureFacts } from '../../server/src/engine/closureText.js';
import { closureOf } from '../../server/src/engine/closureView.js';
import { rolesIn } from '../../server/src/engine/domain.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { onBehalfParts } from '../../server/src/engine/parse/people.js';
import { readAmount, readStatus } from '../../server/src/engine/values.js';
import { ruleFindings } from './ruleFindings.js';

const engine = createPlanEngine();

function plan(body: readonly string[], stage = 'closed'): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: TP-1',
    'title: T',
    `stage: ${stage}`,
    'sponsor: Marieke van den Berg',
    'service_owner: Joost Hermans',
    'project_manager: Katarzyna Nowak',
    '---',
    '',
    '# T',
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role | Team |',
    '| --- | --- | --- | --- |',
    '| S-01 | Marieke van den Berg | Sponsor / Business Owner | Digital Channels |',
    '| S-02 | Joost Hermans | Service owner | Mobile Engagement |',
    '| S-03 | Katarzyna Nowak | Release Train Engineer (RTE) | Digital Channels ART |',
    '| S-04 | Bas Verhoeven | Product Owner (PO) Team Notify | Digital Channels ART |',
    '| S-05 | Ruud Peeters | Deputy director Digital Channels | Digital Channels |',
    '',
    ...body,
    '',
  ].join('\n');
}

function findings(text: string, rule: string, asOf = '2026-12-18'): string[] {
  return ruleFindings(text, rule, asOf).map((f) => `${f.range.start.line + 1}: ${f.message}`);
}

function value<T>(r: { ok: boolean; value?: T }): T | undefined {
  return r.ok ? r.value : undefined;
}

/** A closed plan whose Sign-off table has `rows`. */
const signOffPlan = (rows: readonly string[]): string =>
  plan([
    '## Project Closure',
    '',
    '### Sign-off',
    '',
    '| Role | Name | Decision | Date |',
    '| --- | --- | --- | --- |',
    ...rows,
  ]);

/** The Sign-off line of the closure the report and the preview show, as of 2026-12-18. */
function signOffParts(text: string, names: Parameters<typeof closureOf>[1]): readonly string[] {
  const status = engine.status(engine.parse('file:///p.plan.md', text), { asOf: '2026-12-18', config: DEFAULT_CONFIG });
  return closureFacts(closureOf(status, names)).find((f) => f.label === 'Sign-off')?.parts ?? [];
}

describe('a closed plan of a European bank', () => {
  it('reads Agreed on a sign-off as Approved', () => {
    assert.equal(value(readStatus('signOff', 'Agreed')), 'Approved');
    assert.equal(value(readStatus('signOff', 'agreed (email 10 Dec)')), 'Approved');
  });

  it("reads a decision log's Architecture and Sourcing decisions as Other", () => {
    assert.equal(value(readStatus('decisionType', 'Architecture')), 'Other');
    assert.equal(value(readStatus('decisionType', 'Architectural')), 'Other');
    assert.equal(value(readStatus('decisionType', 'Sourcing')), 'Other');
  });

  it('reads i.o., i.A. and i.V. as someone signing on behalf of another', () => {
    assert.deepEqual(onBehalfParts('Ruud Peeters i.o. Marieke van den Berg'), {
      who: 'Ruud Peeters',
      forWhom: 'Marieke van den Berg',
    });
    assert.deepEqual(onBehalfParts('Klaus Weber i.A. Petra Lang'), { who: 'Klaus Weber', forWhom: 'Petra Lang' });
    assert.deepEqual(onBehalfParts('Klaus Weber i. V. Petra Lang'), { who: 'Klaus Weber', forWhom: 'Petra Lang' });
    // Not a word that merely starts so.
    assert.equal(onBehalfParts('Ruud Peeters io Marieke'), undefined);
  });

  it('says a deputy signed for the sponsor, not that the sponsor has no row', () => {
    const text = signOffPlan([
      '| Business Owner (Sponsor) | Ruud Peeters i.o. Marieke van den Berg | Approved | 2026-12-11 |',
      '| Service owner | Joost Hermans | Agreed | 2026-12-10 |',
    ]);
    const reference = findings(text, 'unresolved-reference');
    assert.equal(reference.length, 1);
    assert.match(reference[0]!, /Ruud Peeters \(S-05\) signed on behalf of Marieke van den Berg \(S-01\)/);
    assert.deepEqual(
      findings(text, 'missing-sign-off').map((f) => f.replace(/:.*/s, '')),
      ['6'],
    );
    assert.deepEqual(signOffParts(text, { sponsor: 'Marieke van den Berg', serviceOwner: 'Joost Hermans' }), [
      'signed: Business Owner (Sponsor) Ruud Peeters i.o. Marieke van den Berg (2026-12-11), Service owner Joost Hermans (2026-12-10)',
      'not signed: Sponsor Marieke van den Berg (signed only on their behalf, by Ruud Peeters)',
    ]);
  });

  it('says a sign-off date it cannot read after a comma, not in brackets inside brackets', () => {
    const text = signOffPlan(['| Service owner | Joost Hermans | Agreed | 10.12.2026 |']);
    assert.equal(
      signOffParts(text, { sponsor: undefined, serviceOwner: 'Joost Hermans' })[0],
      'signed: Service owner Joost Hermans (10.12.2026, not read)',
    );
  });

  it('reads EUR 1,25 mln and € 1,5 Mio. as millions, with a decimal comma before the scale', () => {
    assert.deepEqual(value(readAmount('EUR 1,25 mln', 'EUR')), { value: 1250000, currency: 'EUR' });
    assert.deepEqual(value(readAmount('€ 1,5 Mio.', 'EUR')), { value: 1500000, currency: 'EUR' });
    assert.deepEqual(value(readAmount('1,2m', 'EUR')), { value: 1200000, currency: undefined });
    assert.deepEqual(value(readAmount('EUR 3 mln', 'EUR')), { value: 3000000, currency: 'EUR' });
    // Three digits after the comma: 1,250 million as Reuters writes it, 1.25 million as Dutch and
    // German finance do. Asked, never guessed; a comma before an English scale groups thousands.
    for (const t of ['€ 1,250 mln', 'EUR 1,250 Mio.', '1,250 TEUR', '€ 2,500 Mrd.', '1,500 Tsd. €']) {
      const reading = readAmount(t, 'EUR');
      assert.ok(!reading.ok, t);
      assert.match(reading.problem ?? '', /decimal comma or a thousands separator/, t);
    }
    assert.deepEqual(value(readAmount('€ 1,250m', 'EUR')), { value: 1250000000, currency: 'EUR' });
    assert.deepEqual(value(readAmount('EUR 1,250 million', 'EUR')), { value: 1250000000, currency: 'EUR' });
    assert.equal(readAmount('€ 212,50', 'EUR').ok, false);
    assert.equal(readAmount('1,2 months', 'EUR').ok, false);
  });

  it('says an issue or action moved to a backlog is Transferred or Open, with both as fixes that read', () => {
    for (const list of ['issues', 'correctiveActions'] as const) {
      const moved = readStatus(list, 'Moved to Team Notify backlog (NOTIFY-2231)');
      assert.ok(!moved.ok);
      assert.match(moved.problem ?? '', /^An item moved to a backlog is Transferred \(done for the project\)/);
      assert.deepEqual(moved.choices, [
        'Transferred – Moved to Team Notify backlog (NOTIFY-2231)',
        'Open – Moved to Team Notify backlog (NOTIFY-2231)',
      ]);
      assert.deepEqual(
        moved.choices!.map((c) => value(readStatus(list, c))),
        ['Done', 'Open'],
      );
    }
    // A status word with the backlog as its note is read as the word.
    assert.equal(value(readStatus('issues', 'Transferred to BAU backlog')), 'Done');
    assert.equal(value(readStatus('issues', 'Open (in backlog)')), 'Open');
  });

  it('names a role by its acronym with a team after it', () => {
    const roles = rolesIn('Product Owner (PO) Team Notify');
    assert.ok(roles.includes('PO'), roles.join(' | '));
    assert.ok(roles.includes('Product Owner'), roles.join(' | '));
    // Another acronym is still not the role's.
    assert.ok(!rolesIn('Service desk manager (IT) Retail').includes('IT'));
    const text = plan(
      [
        '## Project Planning and Coordination',
        '',
        '### RACI',
        '',
        '| Activity | Business Owner | PO | RTE |',
        '| --- | --- | --- | --- |',
        '| Build and token migration | I | A/R | C |',
      ],
      'planning',
    );
    assert.deepEqual(findings(text, 'unresolved-reference'), []);
  });

  it("does not read the Review date of a closed or transferred risk, and still reads an open one's", () => {
    const text = plan(
      [
        '### Risks',
        '',
        '| ID | Risk | Likelihood | Impact | Owner | Response | Mitigation | Contingency | Status | Review |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| R-01 | Tokens lost | M | H | Bas Verhoeven | Reduce | Dual-send | Switch back | Closed | 23-11-2026 |',
        '| R-02 | Vendor outage | M | H | Joost Hermans | Transfer | SLA | SMS | Transferred to BAU risk register | 30-11-2026 |',
        '| R-03 | App store delay | L | M | Bas Verhoeven | Reduce | Early SDK | - | Open | 12-10-2026 |',
        '| R-04 | Lock-in | M | M | Joost Hermans | Accept | - | - | Pending review | 06-03-2026 |',
      ],
      'control',
    );
    assert.deepEqual(
      findings(text, 'unreadable-value').map((f) => f.replace(/ cannot.*/s, '')),
      ['31: Review "12-10-2026" of R-03', '32: Status "Pending review" of R-04', '32: Review "06-03-2026" of R-04'],
    );
  });
});
