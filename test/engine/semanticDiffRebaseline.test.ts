/**
 * `diffPlans` on a milestone re-baselined as the plan format asks: its original Baseline kept and
 * the new date written as its Revised baseline, with the decision that approved it. That is not a
 * Baseline written over, and with the decision recorded in the change it is no change for the
 * worse; without one, it is.
 */
import assert from 'node:assert/strict';
import type { PlanChange } from '../../server/src/engine/semanticDiff.js';
import { diff, edit, PAYROLL, side } from './diffSides.js';

const about = (changes: readonly PlanChange[], kind: string) => changes.filter((c) => c.kind === kind);

/** The payroll plan with a Revised baseline column: M-05's holds `m05` (and its Forecast `forecast`), the others none. */
function withRevisedBaseline(m05: string, forecast = m05 === '-' ? '2026-12-04' : m05): string {
  const rows = PAYROLL.split('\n').map((line) => {
    // ID, Milestone, Owner and Baseline; then Forecast; then the rest.
    const m = /^(\| M-0\d \|[^|]+\|[^|]+\|[^|]+\|)([^|]+\|)(.*)$/.exec(line);
    if (!m) return line;
    return line.startsWith('| M-05 ') ? `${m[1]} ${m05} | ${forecast} |${m[3]}` : `${m[1]} - |${m[2]}${m[3]}`;
  });
  return edit(
    rows.join('\n'),
    '| Baseline | Forecast | Actual | Depends on | Status |\n| --- | --- | --- | --- | --- | --- | --- | --- |',
    '| Baseline | Revised baseline | Forecast | Actual | Depends on | Status |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
}

const D03 = '| D-03 | Go/no-go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | - | Proposed | - |';
const EXCEPTION =
  '| D-04 | Re-baseline parallel run 2 to 18 Dec (vendor extract delay); go-live unchanged | Exception | Helen Marsh | 2026-11-24 | Approved | M-05 |';

describe('diffPlans: a milestone re-baselined with a Revised baseline', () => {
  const before = withRevisedBaseline('-');

  it('reads the example as re-baselined: the original Baseline kept, M-05 measured from its Revised baseline', () => {
    const m05 = side(withRevisedBaseline('2026-12-18')).status.milestones.find((m) => m.id === 'M-05');
    assert.equal(m05?.baseline, '2026-12-18');
    assert.equal(m05?.originalBaseline, '2026-12-04');
    // Nothing but the new column: no change at all.
    assert.deepEqual(diff(PAYROLL, before), []);
  });

  it('with the Exception that approved it recorded in the change: neutral, the Baseline not said to be rewritten', () => {
    const after = edit(withRevisedBaseline('2026-12-18'), D03, `${EXCEPTION}\n${D03}`);
    const [moved, ...more] = about(diff(before, after), 'milestone-baseline-changed');
    assert.equal(more.length, 0);
    assert.equal(moved?.impact, 'neutral');
    assert.equal(
      moved?.message,
      'Milestone M-05 re-baselined 14 days later (2026-12-04 → 2026-12-18), as decided in D-04, its original Baseline kept beside it.',
    );
  });

  it('with no decision recorded in the change: worse, and the decision asked for, not the Baseline kept', () => {
    const [moved] = about(diff(before, withRevisedBaseline('2026-12-18')), 'milestone-baseline-changed');
    assert.equal(moved?.impact, 'worse');
    assert.match(moved?.message ?? '', /^Milestone M-05 re-baselined 14 days later \(2026-12-04 → 2026-12-18\), /);
    assert.match(moved?.message ?? '', /with no decision recorded in this change: .*Covers M-05\)\.$/);
    assert.doesNotMatch(moved?.message ?? '', /rewritten/);
  });

  it('a Revised baseline moved again says the original it keeps; one taken out is measured from the Baseline again', () => {
    const first = edit(withRevisedBaseline('2026-12-18'), D03, `${EXCEPTION}\n${D03}`);
    const again = edit(withRevisedBaseline('2026-12-11', '2026-12-18'), D03, `${EXCEPTION}\n${D03}`);
    const [earlier] = about(diff(first, again), 'milestone-baseline-changed');
    assert.equal(earlier?.impact, 'neutral');
    assert.equal(
      earlier?.message,
      'Milestone M-05 re-baselined 7 days earlier (2026-12-18 → 2026-12-11), its original Baseline (2026-12-04) kept beside it.',
    );
    const [out] = about(
      diff(first, edit(withRevisedBaseline('-', '2026-12-18'), D03, `${EXCEPTION}\n${D03}`)),
      'milestone-baseline-changed',
    );
    assert.match(
      out?.message ?? '',
      /re-baselined 14 days earlier .*its Revised baseline taken out: measured from its Baseline again\.$/,
    );
  });

  it('a Baseline written over with the decision recorded: still worse, the decision named', () => {
    const m05 =
      '| M-05 | Parallel run 2 (November payroll) reconciled | S-02 | 2026-12-04 | 2026-12-04 | - | M-04 | On track |';
    const after = edit(
      edit(PAYROLL, m05, m05.replace('| 2026-12-04 | 2026-12-04 |', '| 2026-12-18 | 2026-12-18 |')),
      D03,
      `${EXCEPTION}\n${D03}`,
    );
    const [moved] = about(diff(PAYROLL, after), 'milestone-baseline-changed');
    assert.equal(moved?.impact, 'worse');
    assert.match(
      moved?.message ?? '',
      /^Milestone M-05's Baseline was rewritten 14 days later \(2026-12-04 → 2026-12-18\), as decided in D-04, over the original: /,
    );
  });
});
