/**
 * A handover the receiving process rejected is told as a rejection, not as one merely "not
 * Accepted": what was delivered failed its acceptance criteria and must be corrected first.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixturePath, readExpectations } from '../helpers.js';

const engine = createPlanEngine();

function messages(rule: string, file: string, edit: (t: string) => string = (t) => t): Map<string, string> {
  const text = edit(fs.readFileSync(fixturePath('rules', rule, file), 'utf8'));
  const { asOf } = readExpectations(text);
  const findings = engine.lintDocument(file, text, { asOf }).findings.filter((f) => f.rule === rule);
  return new Map(findings.map((f) => [f.target ?? '', f.message]));
}

describe('a rejected handover', () => {
  it('past its planned date, in control: correct what the rejection names, then a new date', () => {
    const found = messages('handover-overdue', 'fires-past-planned.plan.md', (t) =>
      t.replace('2026-07-03 | Planned |', '2026-07-03 | Rejected – runbooks incomplete |'),
    );
    assert.match(
      found.get('H-01')!,
      /^Handover H-01 \(Incident Management\) was planned for 2026-07-03, 1 day ago, and was rejected \("Rejected – runbooks incomplete"\): correct what the rejection names \(a corrective action\), agree with .+ a new date, and have it accepted\.$/,
    );
    assert.match(found.get('H-02')!, /and is not Accepted: agree with/);
  });

  it('in closure: said to be rejected, not only "not Accepted"', () => {
    const found = messages('handover-not-accepted', 'fires-closure-warning.plan.md');
    assert.match(
      found.get('H-05')!,
      /^Handover H-05 \(Knowledge Management\) was rejected \("Rejected"\): what was delivered does not meet its acceptance criteria\. Correct what the rejection names/,
    );
    assert.doesNotMatch(found.get('H-05')!, /not Accepted/);
  });
});
