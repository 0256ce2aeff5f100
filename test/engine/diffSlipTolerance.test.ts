/**
 * `diffPlans` on a milestone's move against the schedule tolerance (`diffSlipTolerance.ts`): a
 * slip that ends beyond it says how far past the baseline it now is and which Exception, if any,
 * covers it; a move back within says so; a slip within tolerance is said as before.
 */
import assert from 'node:assert/strict';
import { diff, edit, PAYROLL } from './diffSides.js';

const M05 = '| M-05 | Parallel run 2 (November payroll) reconciled | S-02 | 2026-12-04 | 2026-12-04 |';
const forecast = (text: string, date: string): string => edit(text, M05, M05.replace(/2026-12-04 \|$/, `${date} |`));
const exception =
  '| D-02 | Accept the tenant build up to 14 days late (SSO groups, I-03); go-live date unchanged | Exception | Helen Marsh | 2026-09-02 | Approved | M-02 |';
const moved = (before: string, after: string): string | undefined =>
  diff(before, after).find((c) => c.kind === 'milestone-slipped' || c.kind === 'milestone-advanced')?.message;

describe('diffPlans: a milestone moved against the schedule tolerance', () => {
  it('a slip within tolerance says only the slip', () => {
    assert.equal(
      moved(PAYROLL, forecast(PAYROLL, '2026-12-11')),
      'Milestone M-05 "Parallel run 2 (November payroll) reconciled" slipped 7 days (2026-12-04 → 2026-12-11).',
    );
  });

  it('a slip beyond tolerance says how far past the baseline and that no Exception covers it', () => {
    const before = forecast(PAYROLL, '2026-12-11');
    assert.equal(
      moved(before, forecast(PAYROLL, '2026-12-22')),
      'Milestone M-05 "Parallel run 2 (November payroll) reconciled" slipped 11 days (2026-12-11 → 2026-12-22); now 18 days past its baseline (2026-12-04), beyond the 10-day schedule tolerance, with no approved Exception covering it.',
    );
  });

  it('names the approved Exception that covers it', () => {
    const covered = edit(PAYROLL, exception, exception.replace('| M-02 |', '| M-02, M-05 |'));
    assert.equal(
      moved(forecast(covered, '2026-12-11'), forecast(covered, '2026-12-22')),
      'Milestone M-05 "Parallel run 2 (November payroll) reconciled" slipped 11 days (2026-12-11 → 2026-12-22); now 18 days past its baseline (2026-12-04), beyond the 10-day schedule tolerance, under the approved Exception D-02.',
    );
  });

  it('a move back within tolerance says so', () => {
    assert.equal(
      moved(forecast(PAYROLL, '2026-12-22'), forecast(PAYROLL, '2026-12-11')),
      'Milestone M-05 "Parallel run 2 (November payroll) reconciled" moved forward 11 days (2026-12-22 → 2026-12-11); back within the 10-day schedule tolerance.',
    );
  });

  it("says the milestones' changes in the plan's order, not overdue-first", () => {
    const after = edit(
      edit(
        PAYROLL,
        `${M05} - | M-04 | On track |`,
        `${M05.replace(/2026-12-04 \|$/, '2026-11-24 |')} 2026-11-24 | M-04 | Done |`,
      ),
      '| M-07 | Cutover complete, service live | S-04 | 2027-01-04 | 2027-01-04 |',
      '| M-07 | Cutover complete, service live | S-04 | 2027-01-04 | 2027-01-07 |',
    );
    const kinds = diff(PAYROLL, after)
      .filter((c) => c.kind.startsWith('milestone-'))
      .map((c) => `${c.kind} ${c.subject}`);
    assert.deepEqual(kinds, ['milestone-completed M-05', 'milestone-slipped M-07']);
  });
});
