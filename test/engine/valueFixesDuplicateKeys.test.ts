/**
 * A front-matter key written twice in one map (`go_live` twice under `dates`, `stage` twice):
 * `front-matter-syntax` names the key, the map and both values, and offers a fix keeping each,
 * neither preferred; when one is empty, or both say the same, one fix deletes it, preferred and
 * safe.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const example = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');
const opts = { asOf: '2026-11-25', matchesGlob: true, withFixes: true };

/** The example with `line` replaced by `lines`. */
function edited(line: string, ...lines: string[]): string {
  assert.ok(example.includes(`\n${line}\n`), line);
  return example.replace(`\n${line}\n`, `\n${lines.join('\n')}\n`);
}

function syntaxFindings(text: string): Finding[] {
  return engine.lintDocument('p.plan.md', text, opts).findings.filter((f) => f.rule === 'front-matter-syntax');
}

const fixesOf = (f: Finding) => (f.fixes ?? []).map((x) => [x.title, x.isPreferred === true, x.safe === true]);

describe('front-matter-syntax: a key written twice', () => {
  it('go_live twice under dates: both named, a fix keeping each, neither preferred', () => {
    const text = edited('  go_live: 2027-01-04', '  go_live: 2027-01-04', '  go_live: 2027-01-18');
    const [finding, ...more] = syntaxFindings(text);
    assert.ok(finding);
    assert.equal(more.length, 0);
    assert.equal(
      finding.message,
      'go_live is written twice in dates: go_live: 2027-01-04 (line 18) and go_live: 2027-01-18 (line 19). YAML allows a key once in a map, and until one is deleted Handoff reads the first: delete the one that no longer holds.',
    );
    // On the second key, related to the first.
    assert.equal(finding.range.start.line, 18);
    assert.equal(finding.related?.[0]?.range.start.line, 17);
    assert.deepEqual(fixesOf(finding), [
      ['Keep go_live: 2027-01-04 (line 18), delete go_live: 2027-01-18 (line 19)', false, false],
      ['Keep go_live: 2027-01-18 (line 19), delete go_live: 2027-01-04 (line 18)', false, false],
    ]);
    const [keepFirst, keepSecond] = finding.fixes!;
    assert.equal(applyEdits(text, keepFirst!.edits), example);
    assert.equal(applyEdits(text, keepSecond!.edits), example.replace('go_live: 2027-01-04', 'go_live: 2027-01-18'));
    for (const fix of finding.fixes!) assert.deepEqual(syntaxFindings(applyEdits(text, fix.edits)), []);
  });

  it('stage twice at the top, with a comment after one: the comment goes with its line', () => {
    const text = edited('stage: control', 'stage: planning # until the board meets', 'stage: control');
    const [finding] = syntaxFindings(text);
    assert.match(
      finding!.message,
      /^stage is written twice in the front matter: stage: planning \(line 7\) and stage: control \(line 8\)\./,
    );
    const keepSecond = finding!.fixes![1]!;
    assert.equal(keepSecond.title, 'Keep stage: control (line 8), delete stage: planning (line 7)');
    assert.equal(applyEdits(text, keepSecond.edits), example);
  });

  it('one of them empty, or TBD: one fix deletes it, preferred and safe', () => {
    const emptyFirst = edited('  go_live: 2027-01-04', '  go_live:', '  go_live: 2027-01-04');
    const [finding] = syntaxFindings(emptyFirst);
    assert.match(
      finding!.message,
      /: the empty go_live on line 18 and go_live: 2027-01-04 \(line 19\)\..*: delete the empty one\.$/,
    );
    assert.deepEqual(fixesOf(finding!), [['Delete the empty go_live on line 18', true, true]]);
    assert.equal(applyEdits(emptyFirst, finding!.fixes![0]!.edits), example);

    const tbdSecond = edited('  go_live: 2027-01-04', '  go_live: 2027-01-04', '  go_live: TBD');
    const [tbd] = syntaxFindings(tbdSecond);
    assert.deepEqual(fixesOf(tbd!), [['Delete go_live: TBD (line 19)', true, true]]);
    assert.equal(applyEdits(tbdSecond, tbd!.fixes![0]!.edits), example);
  });

  it('both saying the same: one fix deletes the second, preferred and safe', () => {
    const text = edited('stage: control', 'stage: control', 'stage: control');
    const [finding] = syntaxFindings(text);
    assert.match(finding!.message, /stage: control \(line 7\) and stage: control \(line 8\)\..*: delete one\.$/);
    assert.deepEqual(fixesOf(finding!), [['Delete stage: control (line 8)', true, true]]);
    assert.equal(applyEdits(text, finding!.fixes![0]!.edits), example);
  });

  it('a map written twice: a fix keeping each, named by line, deleting the whole block', () => {
    const text = edited('budget:', 'budget:', '  approved: 1', 'budget:');
    const [finding] = syntaxFindings(text);
    assert.match(
      finding!.message,
      /^budget is written twice in the front matter: the budget on line 20 and the budget on line 22\./,
    );
    assert.deepEqual(fixesOf(finding!), [
      ['Keep the budget on line 20, delete the budget on line 22', false, false],
      ['Keep the budget on line 22, delete the budget on line 20', false, false],
    ]);
    assert.equal(applyEdits(text, finding!.fixes![1]!.edits), example);
  });

  it('two keys on one line (a flow map): named, no fix', () => {
    const text = edited('dates:', 'other: { a: 1, a: 2 }', 'dates:');
    const [finding] = syntaxFindings(text);
    assert.match(finding!.message, /^a is written twice in other: a: 1 \(line 16\) and a: 2 \(line 16\)\./);
    assert.equal(finding!.fixes, undefined);
  });

  it('several keys written again, in block and flow maps: each named where it is written again', () => {
    const text = edited(
      '  close: 2027-03-31',
      '  close: 2027-03-31',
      '  start: 2026-06-01',
      '  close: 2027-04-30',
      'other: { a: 1, b: 2, a: 3, b: 4, a: 5 }',
    );
    const found = syntaxFindings(text).map(
      (f) => `${f.range.start.line + 1}:${f.range.start.character} ${f.message.split('.')[0]}`,
    );
    assert.deepEqual(found, [
      '20:2 start is written twice in dates: start: 2026-05-04 (line 17) and start: 2026-06-01 (line 20)',
      '21:2 close is written twice in dates: close: 2027-03-31 (line 19) and close: 2027-04-30 (line 21)',
      '22:21 a is written twice in other: a: 1 (line 22) and a: 3 (line 22)',
      '22:27 b is written twice in other: b: 2 (line 22) and b: 4 (line 22)',
      '22:33 a is written twice in other: a: 1 (line 22) and a: 5 (line 22)',
    ]);
  });
});
