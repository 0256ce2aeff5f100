/**
 * `diffPlans` on a milestone done and a handover accepted: when, as the plan records it, and for
 * a milestone how late against its baseline, so a reviewer reads "done 12 days late" rather than
 * "done"; one with no Actual or Accepted on date says so.
 */
import assert from 'node:assert/strict';
import { diffPlans } from '../../server/src/engine/semanticDiff.js';
import { edits, example as read, side } from './diffSides.js';

const said = (uri: string, before: string, after: string, kind: string) =>
  diffPlans(side(before, { uri }), side(after, { uri }))
    .filter((c) => c.kind === kind)
    .map((c) => `${c.impact}: ${c.message}`);

describe('diffPlans: when a milestone was reached and a handover accepted', () => {
  it('a milestone completed late says when, and how late against its baseline', () => {
    const DESK = read('service-desk-planning.plan.md');
    const m02 = '| M-02 | Vendor contract signed | S-03 | 2026-11-13 | 2026-11-27 |';
    const signed = (actual: string) => edits(DESK, [`${m02} - | M-01 | At risk |`, `${m02} ${actual} | M-01 | Done |`]);
    assert.deepEqual(said('desk.plan.md', DESK, signed('2026-11-25'), 'milestone-completed'), [
      'better: Milestone M-02 "Vendor contract signed" done on 2026-11-25, 12 days after its baseline (2026-11-13).',
    ]);
    assert.deepEqual(said('desk.plan.md', DESK, signed('-'), 'milestone-completed'), [
      'better: Milestone M-02 "Vendor contract signed" done, with no Actual date.',
    ]);
  });

  it('a handover accepted says on which day, or that its Accepted on date is missing', () => {
    const PAYROLL = read('payroll-cloud.plan.md');
    const after = edits(
      PAYROLL,
      ['| 2026-12-15 | Ready | - |', '| 2026-12-15 | Accepted | 2026-11-24 |'],
      ['| 2026-12-18 | Planned | - |', '| 2026-12-18 | Accepted | - |'],
    );
    assert.deepEqual(said('payroll.plan.md', PAYROLL, after, 'handover-accepted'), [
      'better: Handover H-01 (Incident Management) accepted by Grace Lindqvist (S-05), with no Accepted on date.',
      'better: Handover H-02 (Change Management) accepted by Marcus Bell (S-07) on 2026-11-24.',
    ]);
  });
});
