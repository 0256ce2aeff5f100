/**
 * A word with a note on the line after it (`Closed<br>Accepted by S-12`), as Confluence and Word
 * paste a status cell: read as the word with a note, as `Closed - Accepted by S-12` is. The model
 * keeps a cell's line breaks (`Cell.withBreaks`) for the readers; its text reads each as a space,
 * so a Depends on cell of one ID a line still names each.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { readDate, readHealth, readLevel, readMet, readStatus } from '../../server/src/engine/values.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const example = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');

function replaced(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the example still has ${from}`);
  return text.replace(from, to);
}

describe('a word with a note on the line after it', () => {
  it('reads as the word, as the note after a dash does', () => {
    for (const [list, text, word] of [
      ['risks', 'Closed\nAccepted by S-12', 'Closed'],
      ['risks', 'Closed\n2026-07-10', 'Closed'],
      ['handovers', 'Ready\nawaiting CAB', 'Ready'],
      ['milestones', 'On track\nrun 2 started\nvariance 0.2%', 'On track'],
      ['issues', 'Closed  \n  fixed in build 4.2', 'Done'],
    ] as const) {
      const r = readStatus(list, text);
      assert.ok(r.ok && r.value === word, `${list} ${JSON.stringify(text)}: ${JSON.stringify(r)}`);
    }
    const health = readHealth('Amber\nsupplier late');
    assert.ok(health.ok && health.value === 'amber');
    const met = readMet('yes\n14 analysts trained');
    assert.ok(met.ok && met.value === 'yes');
  });

  it('is not read when the note changes a word that settles the row, as after a dash', () => {
    for (const [list, text] of [
      ['milestones', 'Done\npartial'],
      ['handovers', 'Accepted\nawaiting CAB'],
    ] as const) {
      const r = readStatus(list, text);
      assert.ok(!r.ok && /^The note "[^"]+" changes what/.test(r.problem ?? ''), `${list} ${JSON.stringify(text)}`);
    }
    assert.ok(!readHealth('Green\nconcerns on the bank file').ok);
    assert.ok(!readMet('yes\n9 of 11 live').ok);
  });

  it('is not looked for on a later line: a first line that is no word is not read', () => {
    for (const [list, text] of [
      ['risks', 'Accepted by S-12\nClosed'],
      ['milestones', 'see M-04\nDone'],
    ] as const) {
      const r = readStatus(list, text);
      assert.ok(!r.ok && r.problem === undefined, `${list} ${JSON.stringify(text)}`);
    }
  });

  it('leaves a cell read as one line where that reads, and a break is a space in other values', () => {
    // "Not started" across two lines is the word, not "Not" with a note.
    const r = readStatus('milestones', 'Not\nstarted');
    assert.ok(r.ok && r.value === 'Not started');
    assert.deepEqual(readDate('2026-07-10\n(moved)'), readDate('2026-07-10 (moved)'));
    assert.deepEqual(readLevel('3\n(Medium)'), readLevel('3 (Medium)'));
  });

  it('in a plan: the risk is closed and the handover Ready, and IDs one to a line are each a dependency', () => {
    let text = replaced(
      example,
      '| DPA limits hosting to UK regions | - | Closed | 2026-07-10 |',
      '| DPA limits hosting to UK regions | - | Closed<br>Accepted by S-12 | 2026-07-10 |',
    );
    // R-01's review date has passed: closed, it is not due for review.
    text = replaced(text, '| Open | 2026-12-04 |', '| **Closed**<br/>accepted by S-02 | 2026-12-04 |');
    text = replaced(text, '| 2026-12-15 | Ready | - |', '| 2026-12-15 | Ready<br />awaiting CAB | - |');
    text = replaced(
      text,
      '| 2026-09-04 | 2026-09-04 | M-01 | Done |',
      '| 2026-09-04 | 2026-09-04 | M-01<br>M-03 | Done |',
    );
    const plan = parsePlan('p.plan.md', text);
    const m02 = plan.rows('milestones').find((r) => r.id === 'M-02')!;
    assert.equal(m02.value('dependsOn'), 'M-01 M-03');
    assert.equal(m02.cell('dependsOn')!.withBreaks, 'M-01\nM-03');
    const findings = engine.lintDocument('p.plan.md', text, { asOf: '2026-12-05', matchesGlob: true }).findings;
    const on = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.target);
    assert.deepEqual(on('unreadable-value'), []);
    assert.ok(!on('risk-review-overdue').includes('R-01'), 'R-01 is closed');
    // M-02 depends on M-03, reached after it: read as two milestones.
    assert.deepEqual(on('milestone-order'), ['M-02']);
  });
});
