/**
 * A front matter that is never closed holds the whole document: front-matter-syntax says so, and
 * no other rule reports what it cannot see (every register and section "missing", at a stage the
 * author never wrote).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();
const UNCLOSED = fs.readFileSync(fixturePath('rules', 'front-matter-syntax', 'fires-unclosed.plan.md'), 'utf8');

function rules(text: string): string[] {
  return engine.lintDocument('p.plan.md', text, { asOf: '2026-11-25', matchesGlob: true }).findings.map((f) => f.rule);
}

describe('a front matter never closed', () => {
  it('is reported once, and nothing else is', () => {
    assert.deepEqual(rules(UNCLOSED), ['front-matter-syntax']);
    // At a later stage too, where far more would be "missing".
    assert.deepEqual(rules(UNCLOSED.replace('stage: initiation', 'stage: control')), ['front-matter-syntax']);
  });

  it('once closed, the plan is linted as usual', () => {
    const closed = UNCLOSED.replace('project_manager: S-03\n', 'project_manager: S-03\n---\n');
    assert.ok(!rules(closed).includes('front-matter-syntax'));
    const atControl = rules(closed.replace('stage: initiation', 'stage: control'));
    assert.ok(atControl.includes('missing-stage-section'), atControl.join(', '));
  });
});
