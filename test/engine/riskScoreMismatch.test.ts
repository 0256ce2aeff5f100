/** A rating written where a risk's score goes is said to be one, and kept beside the number by the fix. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();

describe('risk-score-mismatch: a rating where the score goes', () => {
  const text = readFileSync(fixturePath('rules/risk-score-mismatch/fires-rating-word.plan.md'), 'utf8');
  const lint = (t: string) =>
    engine
      .lintDocument('x.plan.md', t, { asOf: '2026-12-01', matchesGlob: true })
      .findings.filter((f) => f.rule === 'risk-score-mismatch');

  it('says the word is a rating, and the preferred fix keeps it after the score', () => {
    const [found, ...more] = lint(text);
    assert.ok(found);
    assert.equal(more.length, 0, '12 (Medium) reads as 12');
    assert.equal(
      found.message,
      'Risk R-02 has Score "Low", a rating, not a number: Score is Likelihood × Impact, 6 here. Write 6, with the rating after it if you keep one: 6 (Low).',
    );
    assert.deepEqual(
      found.fixes?.map((f) => [f.title, f.isPreferred ?? false, f.safe ?? false]),
      [
        ['Set the score to 6 (Low)', true, true],
        ['Set the score to 6', false, false],
      ],
    );
    for (const fix of found.fixes!) assert.deepEqual(lint(applyEdits(text, fix.edits)), [], fix.title);
  });
});
