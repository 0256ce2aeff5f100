/**
 * A transfer plan as the PMO of an Indian private-sector bank writes it, moving retail internet
 * banking L2/L3 support from its vendor to its own GCC in Hyderabad (practitioner fixture
 * in-bank-netbanking-gcc-planning): stakeholders listed with `Shri` and `Smt.`, and South Indian
 * names with their initials first, typed with and without points and spaces.
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/engine/types.js';
import { ruleFindings } from './ruleFindings.js';
import { auditPlan } from './auditPlan.js';

const LISTED = [
  '| S-01 | Shri K. S. Ramesh | Sponsor | Digital Banking Group |',
  '| S-02 | Smt. Anuradha Kulkarni | Service owner | GCC RIB Support |',
  '| S-03 | Sandeep Mehta | Project manager | Transformation PMO |',
  '| S-04 | R. Venkatesh | Transition manager | GCC Service Management |',
];

/** A planning-stage plan whose Risks register has one risk per owner given. */
function plan(owners: readonly string[], listed: readonly string[] = LISTED, front: readonly string[] = []): string {
  return auditPlan({
    id: 'DCB-GCC-TP-2026-011',
    title: 'RIB support to GCC',
    service: 'Retail Internet Banking',
    front,
    listed,
    owners,
    risk: ['Vendor attrition', 'Retention clause'],
  });
}

function findings(text: string, rule: string): Finding[] {
  return ruleFindings(text, rule, '2026-12-07');
}

const unresolved = (owners: readonly string[], listed?: readonly string[]): string[] =>
  findings(plan(owners, listed), 'unresolved-reference').map((f) => f.message);

describe('an Indian bank transfer plan in Project Planning and Coordination', () => {
  it('reads `Shri`, `Sh.`, `Smt.` and `Shrimati` as titles, not as part of the name', () => {
    assert.deepEqual(
      unresolved([
        'K. S. Ramesh',
        'Sh. K. S. Ramesh',
        'Anuradha Kulkarni',
        'Shrimati Anuradha Kulkarni',
        '(Smt.) Anuradha Kulkarni',
        'Smt. Anuradha Kulkarni',
      ]),
      [],
    );
    // Listed without a title, named with one.
    assert.deepEqual(unresolved(['Shri Sandeep Mehta', 'Shri R. Venkatesh']), []);
    // The front matter names the sponsor and service owner as colleagues write them.
    const front = ['sponsor: K. S. Ramesh', 'service_owner: Anuradha Kulkarni', 'project_manager: Sandeep Mehta'];
    assert.deepEqual(findings(plan([], LISTED, front), 'missing-core-role'), []);
  });

  it('does not take `Sri` for a title: it begins given names, in India and in Indonesia', () => {
    const listed = [
      ...LISTED,
      '| S-05 | Sri Harsha Reddy | Change manager | ITSM |',
      '| S-06 | Sri Mulyani | Risk lead | Risk |',
    ];
    const messages = unresolved(['Harsha Reddy', 'Mulyani'], listed);
    assert.equal(messages.length, 2, messages.join('\n'));
    // A part of the name: offered, never applied.
    assert.match(messages[0]!, /Did you mean Sri Harsha Reddy \(S-05\)\?/);
    // `Sh` is a title only with its point.
    assert.equal(unresolved(['Sh K. S. Ramesh']).length, 1);
    // Initials as RACI headers write people leave the title out: `KSR` is offered as K. S. Ramesh.
    assert.match(unresolved(['KSR'])[0]!, /Did you mean Shri K\. S\. Ramesh \(S-01\)\?/);
  });

  it('reads initials however they are typed: `K.S. Ramesh`, `K S Ramesh`, `K.S.Ramesh`, `Ramesh, K. S.`', () => {
    assert.deepEqual(
      unresolved(['K.S. Ramesh', 'K S Ramesh', 'K.S.Ramesh', 'Shri K S Ramesh', 'Ramesh, K. S.', 'R Venkatesh']),
      [],
    );
    // Listed without points, named with them.
    const listed = ['| S-01 | K S Ramesh | Sponsor | Digital |', '| S-02 | Harry S Truman | Service owner | Ops |'];
    assert.deepEqual(unresolved(['K. S. Ramesh', 'K.S. Ramesh', 'Harry S. Truman'], listed), []);
  });

  it('leaves addresses, handles, roles and two-letter names as they are', () => {
    const listed = [
      '| S-01 | Shri K. S. Ramesh (@k.s.ramesh) | Sponsor | Digital |',
      '| S-02 | Ab Rahman | Plan B lead | Ops |',
      '| S-03 | Ana Ng | Project manager | PMO |',
    ];
    assert.deepEqual(unresolved(['@k.s.ramesh', 'Plan B lead', 'Ab Rahman', 'NG Ana'], listed), []);
    // `A. B. Rahman` is not `Ab Rahman`: a two-letter word may be a name (Malay `Ab`).
    assert.equal(unresolved(['A. B. Rahman'], listed).length, 1);
  });

  it('offers, never applies, initials typed as a word or moved to the end of the name', () => {
    const messages = unresolved(['KS Ramesh', 'Ramesh K.S.', 'Ramesh KS', 'Venkatesh R']);
    assert.equal(messages.length, 4, messages.join('\n'));
    assert.match(messages[0]!, /"KS Ramesh".*Did you mean Shri K\. S\. Ramesh \(S-01\)\?/);
    assert.match(messages[1]!, /"Ramesh K\.S\.".*Did you mean Shri K\. S\. Ramesh \(S-01\)\?/);
    assert.match(messages[2]!, /"Ramesh KS".*Did you mean Shri K\. S\. Ramesh \(S-01\)\?/);
    assert.match(messages[3]!, /"Venkatesh R".*Did you mean R\. Venkatesh \(S-04\)\?/);
    // Two stakeholders with those initials and name: neither is offered as that form.
    const twins = [...LISTED, '| S-05 | Dr. K. S. Ramesh | Change manager | ITSM |'];
    const [twin, ...more] = unresolved(['Ramesh K. S.'], twins);
    assert.equal(more.length, 0);
    assert.doesNotMatch(twin!, /Did you mean/);
  });
});
