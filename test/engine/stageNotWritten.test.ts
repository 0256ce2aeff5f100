/**
 * A plan whose stage is not written, or not read (front matter that does not parse), is checked as
 * at initiation: the sections every plan needs. Its findings say that, and do not say the plan is
 * at a stage it does not state. Where they point: the front-matter `stage` value when there is
 * one, else the title (the format's range fallback).
 */
import assert from 'node:assert/strict';
import { createPlanEngine } from '../../server/src/engine/index.js';

const engine = createPlanEngine();
const AS_OF = '2026-11-25';

const BODY = [
  '# Payroll move',
  '',
  '## Project Planning and Coordination',
  '',
  '### Milestones',
  '',
  '| ID | Milestone | Owner | Baseline | Status |',
  '| --- | --- | --- | --- | --- |',
  '| M-01 | Cutover | S-01 | 2027-01-10 | Not started |',
  '',
].join('\n');

function sectionFindings(frontMatter: string) {
  const text = `---\nschema: transition-plan/1\nid: TP-2026-201\n${frontMatter}---\n\n${BODY}`;
  const { findings } = engine.lintDocument('payroll.plan.md', text, { asOf: AS_OF });
  const found = findings.filter((f) => f.rule === 'missing-stage-section');
  assert.ok(found.length > 0, 'the Initiation section is missing');
  return { found, lines: text.split('\n') };
}

describe('missing-stage-section when the plan states no stage', () => {
  it('no stage key: every plan needs Initiation, said so, on the title', () => {
    const { found, lines } = sectionFindings('title: Payroll move\n');
    assert.equal(found.length, 1);
    assert.equal(
      found[0]!.message.split('. ')[0],
      'Every plan needs a "## Project Initiation" section, and this one has none',
    );
    assert.equal(lines[found[0]!.range.start.line], '# Payroll move');
  });

  it('front matter that does not parse: the same, not "at stage initiation"', () => {
    const { found } = sectionFindings('title: Payroll: phase 2\nstage: planning\n');
    assert.ok(
      found.every((f) => !/at stage/.test(f.message)),
      found.map((f) => f.message).join('\n'),
    );
  });

  it('a stage written: the plan is at that stage, and the finding is on its value', () => {
    const { found, lines } = sectionFindings('stage: control\n');
    assert.deepEqual(found.map((f) => f.message.split('. ')[0]).sort(), [
      'The plan is at stage "control" but has no "## Project Closure" section',
      'The plan is at stage "control" but has no "## Project Control" section',
      'The plan is at stage "control" but has no "## Project Initiation" section',
      'The plan is at stage "control" but has no "## Project Reporting and Communication" section',
    ]);
    for (const f of found) {
      assert.equal(lines[f.range.start.line], 'stage: control');
      assert.equal(lines[f.range.start.line]!.slice(f.range.start.character, f.range.end.character), 'control');
    }
  });
});
