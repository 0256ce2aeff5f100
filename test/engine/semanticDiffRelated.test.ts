/**
 * `diffPlans` on findings about two rows: a milestone reached before the one it depends on
 * (milestone-order on M-03, its related location on M-02's date). When the change takes M-02 out
 * of sight (removed, or moved under a heading Handoff does not read), the finding goes with M-02,
 * not fixed; when M-02's date is corrected, it is fixed. What counts is the row the finding's
 * related location falls on, not the finding's wording.
 */
import assert from 'node:assert/strict';
import type { PlanChange } from '../../server/src/engine/semanticDiff.js';
import { brief, diff, edit, PAYROLL, side } from './diffSides.js';

const M02 = '| M-02 | Tenant built and integrated | S-06 | 2026-08-28 | 2026-09-04 | 2026-09-04 | M-01 | Done |';
/** M-02 reached on `date` (its Forecast and Actual). */
const m02On = (date: string) => M02.replace('| 2026-09-04 | 2026-09-04 |', `| ${date} | ${date} |`);
/** M-02 reached on 2026-10-09, after M-03 (2026-10-02), which depends on it: milestone-order on M-03. */
const LATE = edit(PAYROLL, M02, m02On('2026-10-09'));

const ORDER = /Milestone M-03 was reached on 2026-10-02, before M-02 which it depends on \(reached on 2026-10-09\)/;
const aboutM03 = (changes: readonly PlanChange[]) =>
  changes.filter((c) => c.subject === 'M-03' && (c.kind === 'finding-gone' || c.kind === 'finding-fixed'));

/** `text` with the `id` row moved into a table of its own under `heading`, before `### Responsibilities`. */
function moveRow(text: string, id: string, heading: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`| ${id} `));
  const header = lines.slice(0, at).findLastIndex((l) => l.startsWith('| ID |'));
  const table = `${heading}\n\n${lines.slice(header, header + 2).join('\n')}\n${lines[at]}\n\n`;
  return edit(edit(text, `${lines[at]}\n`, ''), '### Responsibilities\n', `${table}### Responsibilities\n`);
}

describe('diffPlans: a finding gone with a row it was checked against', () => {
  it('reads the example as expected: milestone-order on M-03, related to M-02', () => {
    const [order, ...more] = side(LATE).findings.filter((f) => f.rule === 'milestone-order');
    assert.equal(more.length, 0);
    assert.equal(order?.target, 'M-03');
    assert.match(order?.message ?? '', ORDER);
    const m02 = side(LATE).status.milestones.find((m) => m.id === 'M-02');
    assert.equal(order?.related?.[0]?.range.start.line, m02?.line);
  });

  it('M-02 removed: M-03 milestone-order is gone with M-02, neutral, not fixed', () => {
    const changes = diff(LATE, edit(LATE, `${m02On('2026-10-09')}\n`, ''));
    assert.ok(!changes.some((c) => c.kind === 'finding-fixed'), brief(changes).join('; '));
    assert.deepEqual(brief(aboutM03(changes)), ['finding-gone M-03 neutral']);
    const [gone] = aboutM03(changes);
    assert.match(
      gone?.message ?? '',
      /^Gone with M-02, which it was checked against and was removed, not fixed: milestone-order: Milestone M-03 /,
    );
    // M-03 now names a milestone that is not there: said as new, as before.
    assert.ok(brief(changes).includes('finding-introduced M-03 worse'), brief(changes).join('; '));
  });

  it('M-02 removed while another milestone loses its dates: still gone with M-02, the row it points at', () => {
    const M05 = '| M-05 | Parallel run 2 (November payroll) reconciled | S-02 | 2026-12-04 | 2026-12-04 | - |';
    const after = edit(
      edit(LATE, `${m02On('2026-10-09')}\n`, ''),
      M05,
      M05.replace('| 2026-12-04 | 2026-12-04 |', '| - | - |'),
    );
    const changes = diff(LATE, after);
    assert.ok(brief(changes).includes('milestone-date-removed M-05 worse'), brief(changes).join('; '));
    const [gone, ...more] = aboutM03(changes);
    assert.equal(more.length, 0);
    assert.match(gone?.message ?? '', /^Gone with M-02, which it was checked against and was removed, not fixed: /);
  });

  it("M-02's dates emptied: gone with M-02's dates; another milestone's emptied while M-02's is corrected: fixed", () => {
    const emptied = diff(LATE, edit(LATE, m02On('2026-10-09'), m02On('-')));
    assert.deepEqual(brief(aboutM03(emptied)), ['finding-gone M-03 neutral']);
    assert.match(
      aboutM03(emptied)[0]?.message ?? '',
      /^Gone with M-02's dates \(emptied\), not fixed: milestone-order: /,
    );
    const M05 = '| M-05 | Parallel run 2 (November payroll) reconciled | S-02 | 2026-12-04 | 2026-12-04 | - |';
    const elsewhere = edit(
      edit(LATE, m02On('2026-10-09'), m02On('2026-09-04')),
      M05,
      M05.replace('| 2026-12-04 | 2026-12-04 |', '| - | - |'),
    );
    const changes = diff(LATE, elsewhere);
    assert.ok(brief(changes).includes('milestone-date-removed M-05 worse'), brief(changes).join('; '));
    assert.deepEqual(brief(aboutM03(changes)), ['finding-fixed M-03 better']);
  });

  it('M-02 moved under a heading Handoff does not read: gone with M-02, no longer read, not fixed', () => {
    const changes = diff(LATE, moveRow(LATE, 'M-02', '### Milestones done elsewhere'));
    assert.ok(brief(changes).includes('row-unread M-02 neutral'), brief(changes).join('; '));
    assert.ok(!changes.some((c) => c.kind === 'finding-fixed'), brief(changes).join('; '));
    assert.deepEqual(brief(aboutM03(changes)), ['finding-gone M-03 neutral']);
    assert.match(
      aboutM03(changes)[0]?.message ?? '',
      /^Gone with M-02, which it was checked against and is no longer read \(its row is under "### Milestones done elsewhere", not in its register\), not fixed: milestone-order: Milestone M-03 /,
    );
  });

  it("M-02's date corrected so the order holds: fixed, better", () => {
    const changes = diff(LATE, edit(LATE, m02On('2026-10-09'), m02On('2026-09-04')));
    assert.deepEqual(brief(aboutM03(changes)), ['finding-fixed M-03 better']);
    assert.match(aboutM03(changes)[0]?.message ?? '', /^Fixed milestone-order: /);
  });

  it('M-03 itself removed: gone with its row, as before', () => {
    const m03 = LATE.split('\n').find((l) => l.startsWith('| M-03 '))!;
    const gone = aboutM03(diff(LATE, edit(LATE, `${m03}\n`, '')));
    assert.deepEqual(brief(gone), ['finding-gone M-03 neutral']);
    assert.match(gone[0]?.message ?? '', /^Gone with its row: milestone-order: /);
  });

  it('duplicate-id, related to the first row of its ID: that row removed is a fix, the ID still being in the plan', () => {
    const m09 = PAYROLL.split('\n').find((l) => l.startsWith('| M-09 '))!;
    const copy = m09.replace('| M-09 | Early life support exit |', '| M-08 | Early life support exit |');
    const twice = edit(PAYROLL, `${m09}\n`, `${m09}\n${copy}\n`);
    const [dup] = side(twice).findings.filter((f) => f.rule === 'duplicate-id');
    assert.equal(dup?.target, 'M-08');
    assert.ok(dup?.related?.length, 'duplicate-id points at the first M-08');
    const m08 = PAYROLL.split('\n').find((l) => l.startsWith('| M-08 '))!;
    const changes = diff(twice, edit(twice, `${m08}\n`, ''));
    const about = changes.filter((c) => c.kind.startsWith('finding-') && c.message.includes('duplicate-id'));
    assert.deepEqual(brief(about), ['finding-fixed M-08 better']);
  });
});
