/**
 * A waiver of a finding about a register names the register as the plan heads it (`Status log`),
 * and such a Target is read: the waiver fix writes it, waiver-invalid accepts it, and the finding
 * is silenced (contract §4: "A waiver's Target may also name a register").
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { waiverFix } from '../../server/src/lsp/codeActions.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();
const AS_OF = '2026-12-05';
const text = fs.readFileSync(fixturePath('rules', 'status-stale', 'clean-waived-by-register-heading.plan.md'), 'utf8');
const lint = (t: string): string[] =>
  engine.lintDocument('x.plan.md', t, { asOf: AS_OF }).findings.map((f) => `${f.rule}: ${f.message}`);

describe('a waiver naming a register by its heading', () => {
  const unwaived = text.replace(/^\| (?:status-stale|missing-communication-plan) \|.*\n/gm, '');

  it('silences the finding on that register, in any of its names', () => {
    assert.ok(
      lint(unwaived).some((f) => f.startsWith('status-stale:')),
      'the plan has a stale status without the waiver',
    );
    assert.deepEqual(lint(text), []);
    for (const name of ['Status reports', 'status log', 'statusLog', 'Highlight reports'])
      assert.deepEqual(lint(text.replace('| status-stale | Status log |', `| status-stale | ${name} |`)), [], name);
  });

  it('is what the waiver fix writes', () => {
    const plan = engine.parse('x.plan.md', unwaived);
    const finding = engine
      .lintDocument('x.plan.md', unwaived, { asOf: AS_OF })
      .findings.find((f) => f.rule === 'status-stale')!;
    assert.equal(finding.target, 'statusLog');
    const fix = waiverFix(plan, 'status-stale', finding.target!, AS_OF);
    assert.equal(fix.title, 'Waive this finding for the Status log');
    const fixed = applyEdits(unwaived, fix.edits);
    assert.match(fixed, /^\| status-stale \| Status log \| Why this is acceptable \|/m);
  });
});
