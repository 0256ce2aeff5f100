/**
 * Values as editors export them: a RAG coloured with a span (Word, Confluence), a coloured circle
 * where a status word goes.
 */
import assert from 'node:assert/strict';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { readStatus } from '../../server/src/engine/values.js';
import { statusLogPlan } from './planText.js';

const engine = createPlanEngine();

describe('values as editors export them', () => {
  it('a health coloured with a span is its word', () => {
    const text = statusLogPlan(['| 2026-12-01 | <span style="color:green">Green</span> | On plan |']);
    const findings = engine.lintDocument('x.plan.md', text, { asOf: '2026-12-05' }).findings;
    assert.ok(!findings.some((f) => f.rule === 'unreadable-value'), findings.map((f) => f.message).join('\n'));
    assert.ok(!findings.some((f) => f.rule === 'health-mismatch'), 'read as green, as the front matter says');
  });

  it('a coloured circle as a milestone Status is said to be a RAG colour, with the status it stands for', () => {
    for (const [circle, choice] of [
      ['🟢', 'On track'],
      ['🟡', 'At risk'],
      ['🔴', 'Late'],
    ] as const) {
      const r = readStatus('milestones', circle);
      assert.ok(!r.ok && /A RAG colour rates health/.test(r.problem ?? ''), circle);
      assert.deepEqual(r.ok ? [] : r.choices, [choice], circle);
    }
  });
});
