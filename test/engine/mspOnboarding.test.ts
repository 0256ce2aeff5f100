/**
 * A managed service provider's onboarding plan, as its transition manager writes it: registers
 * headed `Transition schedule`, `Transition budget`, `Service commencement readiness`, `Weekly
 * status` and `Handover to the SIAM team`; a handover `In hypercare`; a decision of Type
 * `Commercial`; a sign-off `Not yet signed`; a milestone `In hypercare`; a role qualified after a
 * dash (`SIAM process lead – change and configuration`); a Met written as a RAG colour (`🟢`).
 */
import assert from 'node:assert/strict';
import { rolesIn } from '../../server/src/engine/domain.js';
import { registerForHeading } from '../../server/src/engine/schema.js';
import { readHealth, readMet, readStatus } from '../../server/src/engine/values.js';
import { AS_OF, edit, engine, PAYROLL } from './diffSides.js';

describe('MSP onboarding plans', () => {
  it('reads the registers under the names an MSP gives them', () => {
    assert.deepEqual(
      [
        '2.1 Transition schedule',
        '3.1 Transition budget',
        '3.4 Service commencement readiness',
        '4.1 Weekly status',
        '5.1 Handover to the SIAM team',
        'Handovers to the retained organisation',
        'Hand-over to Brightwater',
      ].map(registerForHeading),
      ['milestones', 'resourceConsumption', 'goLiveReadiness', 'statusLog', 'handovers', 'handovers', 'handovers'],
    );
    // A name prefix needs words after it, and names nothing else.
    assert.equal(registerForHeading('Handover to'), undefined);
    assert.equal(registerForHeading('Handover approach'), undefined);
  });

  it('finds the Handovers register headed "Handover to the SIAM team"', () => {
    const text = edit(PAYROLL, '### Handovers', '### Handover to the SIAM team');
    const rules = engine
      .lintDocument('payroll-cloud.plan.md', text, { asOf: AS_OF })
      .findings.map((f) => f.rule)
      .filter((r) => r === 'missing-handovers' || r === 'missing-register');
    assert.deepEqual(rules, []);
  });

  it('reads a handover in hypercare as Ready: handed over, accepted at early life support exit', () => {
    assert.deepEqual(
      ['In hypercare', 'In hypercare (ends 12 Mar)', 'In early life support', 'In ELS'].map((t) => {
        const r = readStatus('handovers', t);
        return r.ok ? r.value : 'unread';
      }),
      ['Ready', 'Ready', 'Ready', 'Ready'],
    );
  });

  it('says what a milestone in hypercare may be, Done or On track', () => {
    const r = readStatus('milestones', 'In hypercare');
    assert.ok(!r.ok);
    assert.match(r.problem ?? '', /go-live milestone is Done/);
    assert.deepEqual(r.choices, ['Done', 'On track']);
  });

  it("reads a decision log's category (Commercial, Technical) as Other, never as an Exception", () => {
    assert.deepEqual(
      ['Commercial', 'Contractual', 'Technical', 'Design', 'Operational', 'Resourcing'].map((t) => {
        const r = readStatus('decisionType', t);
        return r.ok ? r.value : 'unread';
      }),
      ['Other', 'Other', 'Other', 'Other', 'Other', 'Other'],
    );
  });

  it('reads a sign-off not signed yet as Pending', () => {
    assert.deepEqual(
      ['Not yet signed', 'Not signed', 'Not signed off', 'Not yet signed off', 'Unsigned'].map((t) => {
        const r = readStatus('signOff', t);
        return r.ok ? r.value : 'unread';
      }),
      ['Pending', 'Pending', 'Pending', 'Pending', 'Pending'],
    );
  });

  it('says a RAG colour in a Met cell is no answer to whether the criterion holds, and reads it as none', () => {
    const problem = (t: string) => {
      const r = readMet(t);
      return r.ok ? `read ${r.value}` : (r.problem ?? 'no problem said');
    };
    assert.match(
      problem('🟢'),
      /^A RAG colour says how a criterion stands, not whether it is met: write yes once it holds\.$/,
    );
    assert.match(problem('Amber'), /write yes once it holds, or no or partial until it does\.$/);
    assert.match(problem('🔴 Red'), /^A RAG colour says/);
    // A letter is Met's own (`y` is yes), and a health cell still reads the colours.
    assert.equal(problem('y'), 'read yes');
    assert.deepEqual(
      ['🟢', '🟢 Green', 'Amber', '🟢 –'].map((t) => readHealth(t)).map((r) => (r.ok ? r.value : '-')),
      ['green', 'green', 'amber', 'green'],
    );
  });

  it('reads a role qualified after a spaced dash as that role, but not a board before it', () => {
    assert.ok(rolesIn('SIAM Process Lead – change and configuration').includes('SIAM Process Lead'));
    assert.ok(rolesIn('Service owner - payroll').includes('Service owner'));
    assert.ok(!rolesIn('Programme board – Senior user').includes('Programme board'));
    // A hyphenated role is one role.
    assert.ok(!rolesIn('Go-live lead').includes('Go'));
  });
});
