/**
 * `diffPlans` on who answers for an issue or a corrective action: a stakeholder leaving and
 * their items reassigned, an owner taken out. Written another way (an ID for the name), the owner
 * is the same person: no change.
 */
import assert from 'node:assert/strict';
import { diffPlans, type PlanChange } from '../../server/src/engine/semanticDiff.js';
import { edits, PAYROLL, side } from './diffSides.js';

const said = (changes: readonly PlanChange[]) => changes.map((c) => `${c.impact}: ${c.message}`);

const I01 = '| I-01 | Pension deductions off by 1p for 212 employees | Medium | S-02 |';
const I02 = '| I-02 | Bank test submission account not provisioned | Low | S-06 |';
const I03 = '| I-03 | SSO group for payroll approvers missing | High | S-06 |';
const CA01 = '| CA-01 | Vendor fixes pension rounding; retest in run 2 | S-08 |';

describe('diffPlans: owners of issues and corrective actions', () => {
  it('the vendor lead leaves: his action reassigned is said, as his risk is; an owner written another way is not', () => {
    const after = edits(
      PAYROLL,
      // The same person by name with her team beside it: no change.
      [I02, I02.replace('| S-06 |', '| Sofia Brandt (Cloud Platform) |')],
      [CA01, CA01.replace('S-08', 'S-06')],
      [
        '| R-03 | April 2027 statutory changes late from vendor | 2 | 4 | 8 | S-08 |',
        '| R-03 | April 2027 statutory changes late from vendor | 2 | 4 | 8 | S-06 |',
      ],
    );
    assert.deepEqual(said(diffPlans(side(PAYROLL), side(after))), [
      'neutral: R-03 owner changed from Liam Carter (S-08) to Sofia Brandt (S-06).',
      'neutral: Corrective action CA-01 owner changed from Liam Carter to Sofia Brandt.',
    ]);
  });

  it('an open issue left with no owner is worse; a closed one is history; one given an owner is better', () => {
    const noOwner = edits(PAYROLL, [I01, I01.replace('| S-02 |', '| - |')], [I03, I03.replace('| S-06 |', '| TBC |')]);
    assert.deepEqual(said(diffPlans(side(PAYROLL), side(noOwner))), [
      'worse: Issue I-01 lost its owner, Daniel Osei.',
      'neutral: Issue I-03 lost its owner, Sofia Brandt.',
    ]);
    const back = diffPlans(side(noOwner), side(PAYROLL)).filter((c) => c.subject === 'I-01');
    assert.deepEqual(said(back), ['better: Issue I-01 now owned by Daniel Osei.']);
  });
});
