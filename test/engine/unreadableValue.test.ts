/**
 * `unreadable-value` on a status word that could mean either of two statuses, or says something
 * else (a RAG colour as a milestone's status), and on a month where a day is wanted: the message
 * says which to write when, and a quick fix per value it may be, none preferred, since only the
 * author knows which.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { readStatus } from '../../server/src/engine/values.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const example = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');
const ROW = '| M-06 | Go/no-go decision at CAB | S-07 | 2026-12-15 | 2026-12-15 | - | M-05 | Not started |';
const opts = { asOf: '2026-12-04', matchesGlob: true };

function withStatus(status: string): string {
  assert.ok(example.includes(ROW), 'the example still has the M-06 row');
  return example.replace(ROW, ROW.replace('| Not started |', `| ${status} |`));
}

function unreadOn(text: string) {
  const line = text.split('\n').findIndex((l) => l.startsWith('| M-06 |'));
  return engine
    .lintDocument('p.plan.md', text, opts)
    .findings.filter((f) => f.rule === 'unreadable-value' && f.range.start.line === line);
}

describe('unreadable-value: words that say two things', () => {
  const cases: [string, string[]][] = [
    ['Blocked', ['At risk (blocked)', 'Late (blocked)']],
    ['On hold', ['At risk (on hold)', 'Late (on hold)']],
    ['Amber', ['At risk']],
    ['Red', ['Late']],
    ['Closed', ['Done', 'Descoped']],
    ['Deferred', []],
  ];
  for (const [status, choices] of cases) {
    it(`"${status}": a fix for each of ${choices.length ? choices.join(', ') : 'none'}, and each fix is read`, () => {
      const text = withStatus(status);
      const [finding, ...more] = unreadOn(text);
      assert.ok(finding, `no unreadable-value on "${status}"`);
      assert.equal(more.length, 0);
      const fixes = finding.fixes ?? [];
      assert.deepEqual(
        fixes.map((f) => f.title),
        choices.map((c) => `Write ${c}`),
      );
      assert.ok(!fixes.some((f) => f.isPreferred || f.safe), 'no choice is preferred or applied by Fix all');
      for (const [i, fix] of fixes.entries()) {
        const fixed = applyEdits(text, fix.edits);
        assert.deepEqual(unreadOn(fixed), [], fix.title);
        assert.ok(readStatus('milestones', choices[i]!).ok);
      }
    });
  }
});

describe('unreadable-value: a month where a day is wanted', () => {
  it('"March 2027" as a baseline: the fix writes the month\'s last day, which is read', () => {
    const row = '| M-09 | Early life support exit | S-04 | 2027-03-19 | 2027-03-19 |';
    assert.ok(example.includes(row));
    const text = example.replace(row, '| M-09 | Early life support exit | S-04 | March 2027 | end of March 2027 |');
    const line = text.split('\n').findIndex((l) => l.startsWith('| M-09 |'));
    const found = engine
      .lintDocument('p.plan.md', text, opts)
      .findings.filter((f) => f.rule === 'unreadable-value' && f.range.start.line === line);
    assert.deepEqual(
      found.map((f) => (f.fixes ?? []).map((x) => `${x.title}${x.isPreferred ? ' (preferred)' : ''}`)),
      [['Write 2027-03-31'], ['Write 2027-03-31']],
    );
    let fixed = text;
    for (const f of [...found].reverse()) fixed = applyEdits(fixed, f.fixes![0]!.edits);
    assert.ok(fixed.includes('| M-09 | Early life support exit | S-04 | 2027-03-31 | 2027-03-31 |'));
    assert.deepEqual(
      engine.lintDocument('p.plan.md', fixed, opts).findings.filter((f) => f.rule === 'unreadable-value'),
      [],
    );
  });
});

describe('the column an unreadable value is in', () => {
  it('is named in full when its header is one letter (`I "Critical"` reads like the pronoun)', () => {
    const row = '| R-02 | Bank rejects the new BACS file format | 2 | 5 |';
    assert.ok(example.includes(row));
    const text = example.replace(row, row.replace('| 2 | 5 |', '| 2 | Critical |'));
    const messages = engine
      .lintDocument('p.plan.md', text, opts)
      .findings.filter((f) => f.rule === 'unreadable-value')
      .map((f) => f.message);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /^Impact "Critical" of R-02 cannot be read\./);
  });
});

describe('unreadable-value: the one reading comes first', () => {
  it('a misspelt status is asked about before the accepted words are listed, so it does not read as a second guess', () => {
    const [finding] = unreadOn(withStatus('Not strated'));
    assert.ok(finding, 'no finding on M-06');
    assert.match(finding.message, /cannot be read\. Did you mean Not started\? If not, write Not started \/ On track/);
    // A value with no reading only lists the accepted words.
    const [none] = unreadOn(withStatus('Deferred'));
    assert.ok(none, 'no finding on M-06');
    assert.doesNotMatch(none.message, /Did you mean|If not/);
  });
});

describe('unreadable-value: a word with a note on the line after it', () => {
  it('reads the word on the first line (`Done<br>signed off by S-07`), as it reads `Done - signed off by S-07`', () => {
    for (const status of ['Done<br>signed off by S-07', '**Done**<br/>signed off', 'Done<br />2026-12-15']) {
      assert.deepEqual(unreadOn(withStatus(status)), [], status);
    }
  });

  it('says a note on the next line that changes the word as it says one after a dash, quoting the cell as it reads', () => {
    const [finding] = unreadOn(withStatus('Done<br>partial'));
    assert.ok(finding, 'no finding on M-06');
    assert.match(
      finding.message,
      /^Status "Done partial" of M-06 cannot be read\. The note "partial" changes what Done says/,
    );
  });

  it('does not look for a word on a later line: a first line that is no word is reported as before', () => {
    const [finding] = unreadOn(withStatus('Signed off by S-07<br>Done'));
    assert.ok(finding, 'no finding on M-06');
    assert.match(finding.message, /^Status "Signed off by S-07 Done" of M-06 cannot be read\. Write Not started \//);
  });
});
