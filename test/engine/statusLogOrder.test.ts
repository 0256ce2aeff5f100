/**
 * A Status log written oldest first: the first row is read as the current status (contract §4),
 * so the findings about it say that a later row is newer, and their fix is the order, not a
 * health copied from the oldest entry.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fix.js';
import type { Finding } from '../../server/src/engine/types.js';
import { statusLogPlan } from './planText.js';
import { ruleFindings } from './ruleFindings.js';

function findings(text: string, rule: string): Finding[] {
  return ruleFindings(text, rule, '2026-11-25');
}

const OLDEST_FIRST = [
  '| 2026-09-11 | Amber | Build slipped <!-- handoff-disable-line status-stale --> |',
  '| 2026-10-23 | Green | Trial 2 loaded |',
  '| 2026-11-20 | Green | Run 1 reconciled |',
];

describe('a Status log written oldest first', () => {
  for (const rule of ['status-stale', 'health-mismatch']) {
    it(`${rule} names the newer row and sorts the log newest first`, () => {
      const text = statusLogPlan([
        OLDEST_FIRST[0]!.replace(' <!-- handoff-disable-line status-stale -->', ''),
        ...OLDEST_FIRST.slice(1),
      ]);
      const [finding, ...more] = findings(text, rule);
      assert.ok(finding, `no ${rule} finding`);
      assert.equal(more.length, 0);
      assert.match(finding.message, /2026-11-20 \(row 3\) is newer: the Status log is read newest first/);
      assert.deepEqual(
        finding.fixes?.map((f) => f.title),
        ['Sort the Status log newest first'],
      );
      const fixed = applyEdits(text, finding.fixes![0]!.edits);
      assert.equal(findings(fixed, rule).length, 0);
    });
  }

  it('moves whole lines, comments included, keeps rows of one date in order and the line ends', () => {
    const rows = [...OLDEST_FIRST, '| 2026-10-23 | Green | Second entry that day |'];
    const text = statusLogPlan(rows, '\r\n');
    const fix = findings(text, 'health-mismatch')[0]!.fixes![0]!;
    assert.equal(applyEdits(text, fix.edits), statusLogPlan([rows[2]!, rows[1]!, rows[3]!, rows[0]!], '\r\n'));
  });

  it('moves the newest entry to the top when a row has no readable date, and never copies the oldest health', () => {
    const text = statusLogPlan([
      '| 2026-09-11 | Amber | Build slipped |',
      '| 2026-11-20 | Green | Reconciled |',
      '| last week | Green | ? |',
    ]);
    const [finding] = findings(text, 'health-mismatch');
    assert.ok(finding);
    assert.match(finding.message, /is newer/);
    assert.deepEqual(
      finding.fixes?.map((f) => f.title),
      ['Move the 2026-11-20 entry to the top of the Status log'],
    );
    assert.equal(
      applyEdits(text, finding.fixes![0]!.edits),
      statusLogPlan([
        '| 2026-11-20 | Green | Reconciled |',
        '| 2026-09-11 | Amber | Build slipped |',
        '| last week | Green | ? |',
      ]),
    );
  });

  it('leaves a log in order as it was', () => {
    const text = statusLogPlan(['| 2026-11-20 | Amber | Reconciled |', '| 2026-09-11 | Green | Build |']);
    const [finding] = findings(text, 'health-mismatch');
    assert.ok(finding);
    assert.doesNotMatch(finding.message, /newer/);
    assert.deepEqual(
      finding.fixes?.map((f) => f.title),
      ['Set health to amber'],
    );
  });
});
