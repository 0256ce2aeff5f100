/**
 * A finding in a closed plan asks for what can still be done: a cost overrun there is recorded
 * for the end project report, not escalated for a decision the board can no longer take.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixturePath, readExpectations } from '../helpers.js';

const engine = createPlanEngine();

describe('a cost overrun in a closed plan', () => {
  it('asks for the record, not an escalation', () => {
    const text = fs.readFileSync(fixturePath('rules', 'cost-overrun', 'fires-health-green.plan.md'), 'utf8');
    const { asOf } = readExpectations(text);
    const message = (t: string) =>
      engine.lintDocument('x.plan.md', t, { asOf }).findings.find((f) => f.rule === 'cost-overrun')?.message;
    assert.match(message(text)!, /escalate to the board/);
    const closed = text.replace(/^stage: \w+$/m, 'stage: closed');
    assert.notEqual(closed, text);
    assert.match(message(closed)!, /the plan is closed, so record the overrun and how the board accepted it/);
    assert.doesNotMatch(message(closed)!, /escalate|change control/);
  });
});
