/**
 * A Met cell that says the criterion does not apply (`N/A`, `Not applicable`): `N/A` reads as
 * empty (contract §3), so the criterion is not met; the finding says what the author can do about
 * a criterion that does not apply (take an early life support row out, or waive it; waive a
 * readiness criterion the transition model requires) instead of only "set Met to yes".
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parseConfig } from '../../server/src/engine/config.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const example = (name: string) => fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
const config = parseConfig(
  fs.readFileSync(path.join(repoRoot, 'examples', '.handoff.yaml'), 'utf8'),
  engine.rules,
).config;

function messages(text: string, rule: string, asOf: string): string[] {
  return engine
    .lintDocument('plan.plan.md', text, { asOf, config, matchesGlob: true })
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.message);
}

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the example no longer contains ${from}`);
  return text.replace(from, to);
}

describe('Met written as not applicable', () => {
  it('early life support: take the row out or waive it, not only "set Met to yes"', () => {
    const fax = example('legacy-fax-retire.plan.md');
    const row = fax.split('\n').find((l) => l.startsWith('| ELS-01 '))!;
    const cells = row.split('|');
    cells[4] = ' N/A ';
    const found = messages(edit(fax, row, cells.join('|')), 'els-criteria-unmet', '2026-11-25');
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(
      found[0]!,
      /^Early life support exit criterion ELS-01 \(.*\) is marked "N\/A", not met, in a closed plan/,
    );
    assert.match(found[0]!, /If it does not apply to this service, take its row out, or waive it/);
  });

  it('go-live readiness: a required criterion that does not apply is waived', () => {
    const payroll = example('payroll-cloud.plan.md');
    const before = messages(payroll, 'go-live-readiness', '2026-12-30').filter((m) => m.includes('(GR-04)'));
    assert.deepEqual(before, [], 'GR-04 is met');
    const found = messages(
      edit(payroll, '| GR-04 | Support staff trained | yes |', '| GR-04 | Support staff trained | n/a |'),
      'go-live-readiness',
      '2026-12-30',
    ).filter((m) => m.includes('(GR-04)'));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /is marked "n\/a", not met, and .*so one that does not apply is waived/);
    // Written "no", it is simply not met.
    const no = messages(payroll, 'go-live-readiness', '2026-12-30').filter((m) => m.includes('(GR-01)'));
    assert.match(no[0]!, /is not met and .*: record the evidence and set Met to yes, or hold go-live\./);
  });
});
