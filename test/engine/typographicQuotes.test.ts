/**
 * A front-matter value in typographic quotes, as a word processor types them (`stage: “planning”`):
 * YAML keeps the quotes, so the value is not read; the message says why, and the fix (safe: the
 * value is read, not guessed) writes it without them.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { planText } from './planText.js';

const engine = createPlanEngine();

describe('a front-matter value in typographic quotes', () => {
  for (const [written, value] of [
    ['“planning”', 'planning'],
    ['‘control’', 'control'],
    ['„closure“', 'closure'],
  ] as const) {
    it(`says so for stage: ${written}, and the safe fix writes ${value}`, () => {
      const text = planText({ stage: written, section: 'Project Initiation', register: 'Stakeholders', lines: [] });
      const finding = engine
        .lintDocument('x.plan.md', text, { asOf: '2026-12-05' })
        .findings.find((f) => f.rule === 'front-matter-schema' && f.target === 'stage');
      assert.ok(finding, 'reported');
      assert.match(finding.message, /written in typographic quotes \(“…”\).*YAML keeps them/);
      const fix = finding.fixes?.[0];
      assert.ok(fix?.isPreferred && fix.safe, 'a safe, preferred fix');
      assert.match(applyEdits(text, fix.edits), new RegExp(`^stage: ${value}$`, 'm'));
    });
  }
});
