/**
 * A Go-live readiness or Early life support Met written as a tracker writes "partly met"
 * (`Yes (partially)`, `Partially met`): still reported (Met is yes / no / partial), now with the
 * fix writing partial, its note kept, preferred; one said to hold mostly is not met, and partial
 * is offered, not preferred.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { readMet } from '../../server/src/engine/values.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const example = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');
const ROW = '| GR-02 | Back-out plan tested | partial |';
const opts = { asOf: '2026-11-25', matchesGlob: true, withFixes: true };

function withMet(met: string): string {
  assert.ok(example.includes(ROW), 'the example still has the GR-02 row');
  return example.replace(ROW, `| GR-02 | Back-out plan tested | ${met} |`);
}

function unreadOnGr02(text: string) {
  const line = text.split('\n').findIndex((l) => l.startsWith('| GR-02 |'));
  return engine
    .lintDocument('p.plan.md', text, opts)
    .findings.filter((f) => f.rule === 'unreadable-value' && f.range.start.line === line);
}

describe('Met written as "partly met": the fix writing partial', () => {
  const preferred: [written: string, fixed: string][] = [
    ['Yes (partially)', 'partial'],
    ['Yes (partial)', 'partial'],
    ['Yes - partially', 'partial'],
    ['Yes, partly', 'partial'],
    ['Partially met', 'partial'],
    ['Partly Met', 'partial'],
    ['Met partially', 'partial'],
    ['Partially achieved', 'partial'],
    ['Done (partially)', 'partial'],
    ['Yes<br>partially', 'partial'],
    // The note after it is kept, as after any other value.
    ['Yes (partially – second rehearsal after run 2)', 'partial (second rehearsal after run 2)'],
    ['Yes (partially) – see R-02', 'partial (see R-02)'],
    ['Partially met (rollback rehearsed once)', 'partial (rollback rehearsed once)'],
    ['Partially met - 2 of 3 sites', 'partial (2 of 3 sites)'],
  ];
  for (const [written, fixed] of preferred) {
    it(`"${written}" is reported, with "Write ${fixed}" preferred, which is read as partial`, () => {
      const text = withMet(written);
      const [finding, ...more] = unreadOnGr02(text);
      assert.ok(finding, `no unreadable-value on "${written}"`);
      assert.equal(more.length, 0);
      assert.match(finding.message, /is met in part, which Met writes as partial/);
      const fixes = finding.fixes ?? [];
      assert.deepEqual(
        fixes.map((f) => [f.title, f.isPreferred === true]),
        [[`Write ${fixed}`, true]],
      );
      const after = applyEdits(text, fixes[0]!.edits);
      assert.ok(after.includes(`| GR-02 | Back-out plan tested | ${fixed} |`));
      assert.deepEqual(unreadOnGr02(after), []);
      const read = readMet(fixed);
      assert.ok(read.ok && read.value === 'partial', fixed);
    });
  }

  for (const written of ['Mostly met', 'Yes (mostly)', 'Largely complete']) {
    it(`"${written}" is not met: partial is offered, not preferred`, () => {
      const [finding] = unreadOnGr02(withMet(written));
      assert.ok(finding, `no unreadable-value on "${written}"`);
      assert.match(finding.message, /is not met yet: write partial until it is, and yes once it is/);
      assert.deepEqual(
        (finding.fixes ?? []).map((f) => [f.title, f.isPreferred === true, f.safe === true]),
        [['Write partial', false, false]],
      );
    });
  }

  it('leaves what it cannot keep or does not say in part as it was: no fix', () => {
    // A question, a waiver in the note, a note of its own brackets: not rewritten.
    for (const written of ['Partially met?', 'Yes (partially waived)', 'Yes/Partial']) {
      const r = readMet(written);
      assert.ok(!r.ok && r.suggestion === undefined && r.choices === undefined, written);
    }
    // Said of a no, a part is still not met: read as no, as before.
    const no = readMet('No (partially)');
    assert.ok(no.ok && no.value === 'no');
  });

  it('reads partial and its synonyms as before', () => {
    for (const written of ['partial', 'Partially', 'Partly', 'Partial (2 of 3 rehearsals)']) {
      const r = readMet(written);
      assert.ok(r.ok && r.value === 'partial', written);
    }
  });
});
