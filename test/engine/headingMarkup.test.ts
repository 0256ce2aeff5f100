/**
 * Headings as converters write them: a Word bookmark (`<a name="_Toc…"></a>`), an HTML span, a
 * pandoc or MkDocs id (`{#risks}`) show nothing on GitHub, so the heading is its words.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { normalizeHeading } from '../../server/src/engine/text.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();

describe('headings with markup that shows nothing', () => {
  it('normalise to their words', () => {
    const cases: [string, string][] = [
      ['<a name="_Toc1865103"></a>Risks', 'risks'],
      ['Risks <a name="risks"></a>', 'risks'],
      ['Risks {#risks}', 'risks'],
      ['2. Planning & Coordination {#planning .stage}', 'planning coordination'],
      ['<span style="color:#1f4e79">Milestones</span>', 'milestones'],
      // Not markup: braces inside the words, and a comparison.
      ['Risks {draft}', 'risks draft'],
    ];
    for (const [heading, normalized] of cases) assert.equal(normalizeHeading(heading), normalized, heading);
  });

  it('leave every stage section and register found', () => {
    const text = fs.readFileSync(
      fixturePath('rules', 'missing-stage-section', 'clean-heading-anchors-and-ids.plan.md'),
      'utf8',
    );
    assert.ok(text.includes('<a name="_Toc1865102"></a>Stakeholders') && text.includes('### Risks {#risks}'));
    const rules = engine.lintDocument('x.plan.md', text, { asOf: '2026-06-01' }).findings.map((f) => f.rule);
    for (const rule of [
      'missing-stage-section',
      'missing-stakeholders',
      'missing-risks',
      'missing-register',
      'missing-milestones',
    ])
      assert.ok(!rules.includes(rule), `${rule} in ${rules.join(', ')}`);
  });
});
