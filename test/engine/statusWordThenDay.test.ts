/**
 * A status word with the day it happened after it and nothing between, as hand-kept logs write it
 * (`Accepted 14 Jan 2027`, `Completed 6 Nov`): still unread (a note is read in parentheses, after
 * a spaced dash or after by / on / with / to: contract §3.1), but said to be a word and a day,
 * with the day as its note as the one reading, instead of a list of words the cell already holds.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { readStatus } from '../../server/src/engine/values.js';
import { initiationHead } from './planText.js';

const engine = createPlanEngine();

describe('a status word with a day after it', () => {
  it('is unread, its one reading the day as a note', () => {
    const cases: [Parameters<typeof readStatus>[0], string, string][] = [
      ['handovers', 'Accepted 14 Jan 2027', 'Accepted (14 Jan 2027)'],
      ['correctiveActions', 'Completed 6 Nov', 'Completed (6 Nov)'],
      ['milestones', 'Not started 2027-03-30', 'Not started (2027-03-30)'],
      ['signOff', 'Signed off 14/01/2027', 'Signed off (14/01/2027)'],
    ];
    for (const [list, written, meant] of cases) {
      const r = readStatus(list, written);
      assert.equal(r.ok, false, written);
      assert.equal(r.ok ? undefined : r.suggestion, meant, written);
      assert.equal(readStatus(list, meant).ok, true, meant);
    }
  });

  it('is left as it was when what follows the word is no day, or the word is read', () => {
    assert.deepEqual(readStatus('milestones', 'Done 3 days early'), {
      ok: false,
      accepted: 'Not started / On track / At risk / Late / Done / Descoped',
    });
    assert.equal(readStatus('handovers', 'Accepted on 14 Jan 2027').ok, true);
    assert.equal(readStatus('handovers', 'Signed off by Nadia 14/01/27').ok, true);
  });

  it('is reported with the day as a note as the preferred fix, which reads', () => {
    const text = [
      ...initiationHead({ id: 'TP-2026-407', title: 'Insourcing', service: 'EUC', type: 'transfer' }),
      '## Project Closure',
      '### Handovers',
      '| ID | Process | Receiving owner | Acceptance criteria | Planned | Status |',
      '| --- | --- | --- | --- | --- | --- |',
      '| H-03 | Service Asset and Configuration Management | S-01 | CIs reconciled | 18 Dec 2026 | Accepted 14 Jan 2027 |',
      '',
    ].join('\n');
    const lint = (t: string) =>
      engine
        .lintDocument('i.plan.md', t, { config: DEFAULT_CONFIG, asOf: '2027-03-19', withFixes: true })
        .findings.filter((f) => f.rule === 'unreadable-value');
    const [finding, ...more] = lint(text);
    assert.ok(finding);
    assert.deepEqual(more, []);
    assert.equal(
      finding.message,
      'Status "Accepted 14 Jan 2027" of H-03 cannot be read. "14 Jan 2027" after Accepted is a day, and a note after a status word is read in parentheses or after a spaced dash. Did you mean Accepted (14 Jan 2027)? If not, write Planned / Ready / Accepted / Rejected. Until then the checks that need it skip this row.',
    );
    const fix = finding.fixes?.find((f) => f.isPreferred);
    assert.ok(fix);
    assert.deepEqual(lint(applyEdits(text, fix.edits)), []);
  });
});
