/**
 * What the template-inserting fixes write, on real example text cut short: the front matter's
 * people as stakeholders, a register with its missing section's heading, and no preferred fix
 * whose rows the plan's stage would report.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const example = (name: string) => fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
/** The example up to (not including) its first `## ` section: front matter, title and intro. */
const head = (text: string) => text.slice(0, text.indexOf('\n## ') + 1);

function fixOf(findings: readonly Finding[], rule: string, title: string) {
  const fix = findings
    .filter((f) => f.rule === rule)
    .flatMap((f) => f.fixes ?? [])
    .find((x) => x.title === title);
  assert.ok(fix, `${rule}: no fix "${title}" in ${findings.map((f) => f.rule).join()}`);
  return fix;
}

describe('engine: template fixes on plans cut short', () => {
  it('a new Stakeholders table lists every person the front matter names, by ID, name or handle', () => {
    const text = head(example('crm-initiation.plan.md'));
    const opts = { asOf: '2026-06-01', matchesGlob: true };
    const findings = engine.lintDocument('crm.plan.md', text, opts).findings;
    const fix = fixOf(findings, 'missing-stakeholders', 'Add the Stakeholders register');
    const after = applyEdits(text, fix.edits);
    assert.match(after, /\| S-05 \| Karen Holt \| Sponsor \| - \|/);
    assert.match(after, /\| S-06 \| Project manager name \| Project manager \| @p\.raman \|/);
    assert.match(after, /\| S-04 \| Transition manager name \| Transition manager \| - \|/);
    const rules = engine.lintDocument('crm.plan.md', after, opts).findings.map((f) => f.rule);
    assert.ok(!rules.includes('missing-core-role') && !rules.includes('unresolved-reference'), rules.join());
  });

  it('in a closed plan, registers whose rows would be open are offered, not preferred', () => {
    const text = head(example('legacy-fax-retire.plan.md'));
    const opts = { asOf: '2026-11-25', matchesGlob: true };
    const findings = engine.lintDocument('fax.plan.md', text, opts).findings;
    assert.equal(fixOf(findings, 'missing-handovers', 'Add the Handovers register').isPreferred, false);
    assert.equal(fixOf(findings, 'missing-risks', 'Add the Risks register').isPreferred, false);
    assert.equal(fixOf(findings, 'missing-stage-section', 'Add the Project Closure section').isPreferred, false);
    // Lessons learned hold nothing open: preferred, and written under its own new section heading.
    const lessons = fixOf(findings, 'missing-lessons-learned', 'Add the Lessons learned register');
    assert.equal(lessons.isPreferred, true);
    assert.match(applyEdits(text, lessons.edits), /\n## Project Closure\n\n### Lessons learned\n/);
    // A past stage's section comes without exit criteria the template cannot tick.
    const planning = fixOf(findings, 'missing-stage-section', 'Add the Project Planning and Coordination section');
    assert.doesNotMatch(applyEdits(text, planning.edits), /### Exit criteria/);
    // A review nobody has held is not written as achieved.
    const closure = applyEdits(text, fixOf(findings, 'missing-stage-section', 'Add the Project Closure section').edits);
    const review = /### Post-implementation review\n\n\| Objective \| Result \| Evidence \|\n.*\n(.*)\n/.exec(closure);
    assert.ok(review, closure);
    assert.doesNotMatch(review[1]!, /Achieved|Partly/);
  });

  it('a register whose stage is written as a level-1 heading goes under that heading, not to the end', () => {
    // Every stage at level 1 (`# Project Reporting and Communication`), and no Communication plan.
    const text = example('legacy-fax-retire.plan.md')
      .replace(/\n## (Project [A-Za-z ]+)\n/g, '\n# $1\n')
      .replace(/### Communication plan\n\n(?:\|.*\n)+\n/, '');
    const opts = { asOf: '2026-11-25', matchesGlob: true };
    const findings = engine.lintDocument('fax.plan.md', text, opts).findings;
    const after = applyEdits(
      text,
      fixOf(findings, 'missing-communication-plan', 'Add the Communication plan register').edits,
    );
    const at = (heading: string) => after.indexOf(heading);
    assert.ok(at('### Communication plan') > at('# Project Reporting and Communication'), after);
    assert.ok(at('### Communication plan') < at('# Project Closure'), after);
    assert.doesNotMatch(after, /^## Project Reporting and Communication$/m, 'no second heading for the stage');
  });
});
