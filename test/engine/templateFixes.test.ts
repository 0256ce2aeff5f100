/**
 * What the template-inserting fixes write, on real example text cut short: the front matter's
 * people as stakeholders, a register with its missing section's heading, and no preferred fix
 * whose rows the plan's stage would report.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { registerSpec, type RegisterKind } from '../../server/src/engine/schema.js';
import type { Finding } from '../../server/src/engine/types.js';
import { fixturePath, repoRoot } from '../helpers.js';
import { typedOverEdits } from '../typedOver.js';

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

describe('engine: registers a template fills with samples', () => {
  const file = fixturePath('rules', 'missing-register', 'fires-closed-plan-sample-rows.plan.md');
  const text = fs.readFileSync(file, 'utf8');
  const opts = { asOf: '2026-11-25', matchesGlob: true };
  const lint = (t: string) => engine.lintDocument(file, t, opts).findings;
  const findings = lint(text);
  const registers: readonly (readonly [string, RegisterKind])[] = [
    ['missing-register', 'resources'],
    ['missing-register', 'processInterfaces'],
    ['missing-register', 'responsibilities'],
    ['missing-register', 'resourceConsumption'],
    ['missing-register', 'goLiveReadiness'],
    ['missing-communication-plan', 'communicationPlan'],
  ];
  for (const [rule, kind] of registers) {
    it(`${kind}: the preferred fix leaves the register reported until its placeholder is written over`, () => {
      const title = `Add the ${registerSpec(kind).title} register`;
      const fix = fixOf(findings, rule, title);
      assert.equal(fix.isPreferred, true);
      const reported = (t: string) => lint(t).filter((f) => f.rule === rule && f.target === kind);
      const inserted = applyEdits(text, fix.edits);
      assert.deepEqual(
        reported(inserted).map((f) =>
          /holds only the template's sample rows? .*still reads the placeholder/.test(f.message),
        ),
        [true],
        inserted,
      );
      assert.deepEqual(reported(applyEdits(text, typedOverEdits(fix))), []);
    });
  }

  it('a closed plan is not told it spent nothing or went live with nothing met', () => {
    const written = (kind: RegisterKind) =>
      applyEdits(text, fixOf(findings, 'missing-register', `Add the ${registerSpec(kind).title} register`).edits);
    // The approved budget is the plan's; what was spent is the author's to write.
    assert.match(written('resourceConsumption'), /\n\| What the money is for \| 20000 \| - \| 20000 \|\n?/);
    const readiness = written('goLiveReadiness')
      .split('\n')
      .filter((l) => l.startsWith('| GR-'));
    assert.equal(readiness.length, 5);
    for (const row of readiness) assert.match(row, /^\| GR-0\d \| [^|]+ \| - \| What shows it is met \|$/);
  });
  it("an empty table's first entry is a sample too: A/R under the project manager's column, and not preferred where the table has no column for the placeholder", () => {
    const tables = text.replace(
      '## Project Control\n',
      '### Responsibilities\n\n| Activity | S-01 | Cy Dorr |\n| --- | --- | --- |\n\n### Process interfaces\n\n| ID | Process | Contact |\n| --- | --- | --- |\n\n## Project Control\n',
    );
    assert.notEqual(tables, text);
    const empty = lint(tables);
    const raci = fixOf(empty, 'missing-register', 'Add a first Responsibilities entry');
    assert.equal(raci.isPreferred, true);
    assert.match(
      applyEdits(tables, raci.edits),
      /\| Cy Dorr \|\n\| --- \| --- \| --- \|\n\| What is done or delivered \| - \| A\/R \|\n/,
    );
    assert.deepEqual(
      lint(applyEdits(tables, raci.edits))
        .filter((f) => f.target === 'responsibilities' || f.rule === 'raci-accountability')
        .map((f) => f.rule),
      ['missing-register'],
    );
    // Change Management with the project manager as its contact, and nothing left to write over.
    const interfaces = fixOf(empty, 'missing-register', 'Add a first Process interfaces entry');
    assert.equal(interfaces.isPreferred, false);
  });
});

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

describe('engine: template fixes fill from what the plan and its configuration say', () => {
  /** The text without a register: its heading and everything up to the next heading. */
  const without = (text: string, heading: string) => {
    const cut = text.replace(new RegExp(`\\n${heading}\\n[\\s\\S]*?(?=\\n#{2,3} )`), '');
    assert.notEqual(cut, text, `${heading} is in the example`);
    return cut;
  };

  it("Go-live readiness, as a register or in its section, holds the criteria configured for the plan's type", () => {
    const config = parseConfig(
      'readiness:\n  change: [Change authorised, Data migration rehearsed]\n',
      engine.rules,
    ).config;
    const opts = { asOf: '2026-11-20', matchesGlob: true, config };
    const payroll = example('payroll-cloud.plan.md');
    const criteria = (t: string) =>
      t
        .split('\n')
        .filter((l) => l.startsWith('| GR-'))
        .map((l) => l.split('|')[2]!.trim());
    const noRegister = without(payroll, '### Go-live readiness');
    const register = fixOf(
      engine.lintDocument('payroll.plan.md', noRegister, opts).findings,
      'missing-register',
      'Add the Go-live readiness register',
    );
    assert.equal(register.isPreferred, true);
    assert.deepEqual(criteria(applyEdits(noRegister, register.edits)), [
      'Change authorised',
      'Data migration rehearsed',
    ]);
    const noSection = payroll.replace(/\n## Project Control\n[\s\S]*?(?=\n## )/, '');
    assert.notEqual(noSection, payroll);
    const section = fixOf(
      engine.lintDocument('payroll.plan.md', noSection, opts).findings,
      'missing-stage-section',
      'Add the Project Control section',
    );
    assert.deepEqual(criteria(applyEdits(noSection, section.edits)), ['Change authorised', 'Data migration rehearsed']);
    // The configuration's other types, and one without readiness, keep the defaults.
    const defaults = fixOf(
      engine.lintDocument('payroll.plan.md', noRegister, { ...opts, config: DEFAULT_CONFIG }).findings,
      'missing-register',
      'Add the Go-live readiness register',
    );
    assert.equal(criteria(applyEdits(noRegister, defaults.edits)).length, 5);
  });

  it('handovers are dated and a Go-live milestone written only when the plan has a go-live date', () => {
    const opts = { asOf: '2026-11-20', matchesGlob: true };
    const desk = without(without(example('service-desk-planning.plan.md'), '### Handovers'), '### Milestones');
    const inserted = (t: string) => {
      const findings = engine.lintDocument('desk.plan.md', t, opts).findings;
      let out = applyEdits(t, fixOf(findings, 'missing-handovers', 'Add the Handovers register').edits);
      const again = engine.lintDocument('desk.plan.md', out, opts).findings;
      out = applyEdits(out, fixOf(again, 'missing-milestones', 'Add the Milestones register').edits);
      return out;
    };
    const dated = inserted(desk);
    assert.match(dated, /\| H-01 \| Incident Management \| .* \| 2027-03-01 \| Planned \|/);
    assert.match(dated, /\| M-01 \| Go-live \| .* \| 2027-03-01 \| 2027-03-01 \|/);
    const undated = inserted(desk.replace(/^ {2}go_live: 2027-03-01\n/m, ''));
    assert.match(undated, /\| H-01 \| Incident Management \| .* \| TBC \| Planned \|/);
    assert.doesNotMatch(undated, /\| Go-live \|/);
    assert.match(undated, /\| M-01 \| What is reached \|/);
  });

  it("in a plan past go-live, the Go-live milestone offered is the plan's go-live date, inside its dates", () => {
    const fax = example('legacy-fax-retire.plan.md');
    const text = without(fax, '### Milestones').replace('| Approved | M-05 |', '| Approved | - |');
    const opts = { asOf: '2026-11-25', matchesGlob: true };
    const lint = (t: string) => engine.lintDocument('fax.plan.md', t, opts).findings;
    const fix = fixOf(lint(text), 'missing-milestones', 'Add the Milestones register');
    assert.equal(fix.isPreferred, false);
    const after = applyEdits(text, fix.edits);
    // dates.go_live is 2026-09-14 and dates.close 2026-11-20: not two weeks after the as-of date.
    assert.match(after, /\| M-01 \| Go-live \| .* \| 2026-09-14 \| 2026-09-14 \|/);
    const rules = lint(after).map((f) => `${f.rule}: ${f.message}`);
    assert.ok(!rules.some((r) => r.startsWith('milestone-order')), rules.join('\n'));
    // Whether it was reached is the author's to say: that is what the plan is then asked.
    assert.ok(
      rules.some((r) => r.startsWith('milestone-overdue: Milestone M-01 (Go-live)')),
      rules.join('\n'),
    );
  });
});
