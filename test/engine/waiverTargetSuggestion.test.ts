/**
 * The did-you-mean of a waiver whose Target names nothing (`waiver-invalid`): for a row ID, only
 * the same row written otherwise. An ID a letter or a digit away is another row (`S-03` is a
 * person, not the milestone `M-03`), and the fix would silence that row instead.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const PAYROLL = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');

/** The waiver-invalid messages and fixes for waivers of `rule` naming each target. */
function targetFindings(rule: string, ...targets: string[]): { message: string; fixes: string[] }[] {
  const rows = targets.map((t) => `| ${rule} | ${t} | Vendor late | S-01 | 2027-01-15 |`);
  const head = '## Waivers\n\n| Rule | Target | Reason | Approved by | Expires |\n| --- | --- | --- | --- | --- |';
  const text = `${PAYROLL.trimEnd()}\n\n${head}\n${rows.join('\n')}\n`;
  return engine
    .lintDocument('payroll-cloud.plan.md', text, { asOf: '2026-12-05' })
    .findings.filter((f) => f.rule === 'waiver-invalid')
    .map((f) => ({ message: f.message, fixes: (f.fixes ?? []).map((x) => x.title) }));
}

describe('waiver-invalid: what a Target that names nothing probably meant', () => {
  it('suggests no other row for a row ID: not a person (S-13) for M-13, not another milestone', () => {
    // S-12 and M-01…M-09 exist; M-13 and M-10 do not.
    const found = targetFindings('milestone-overdue', 'M-13', 'M-10');
    assert.equal(found.length, 2, JSON.stringify(found));
    for (const f of found) {
      assert.doesNotMatch(f.message, /Did you mean/);
      assert.deepEqual(f.fixes, []);
    }
  });

  it('suggests the same row written otherwise', () => {
    const [unhyphenated, unpadded] = targetFindings('milestone-overdue', 'M05', 'm-5');
    assert.match(unhyphenated!.message, /targets "M05".* Did you mean "M-05"\?/);
    assert.match(unpadded!.message, /targets "m-5".* Did you mean "M-05"\?/);
  });

  it('still suggests a front-matter key or a register for a misspelt word', () => {
    const [key] = targetFindings('front-matter-schema', 'change_rfe');
    assert.match(key!.message, /Did you mean "change_ref"\?/);
  });
});
