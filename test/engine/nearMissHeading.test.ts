/**
 * Which heading a missing register's finding names: headings practitioners write for a register
 * that the contract's names do not cover, and headings that only look like one.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { registerAliases } from '../../server/src/engine/headings.js';
import { nearMissHeading } from '../../server/src/engine/nearMissHeading.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { registerSpec, type RegisterKind } from '../../server/src/engine/schema.js';
import { fixturePath, repoRoot } from '../helpers.js';

function planWith(...blocks: string[]) {
  return parsePlan('x', `---\nschema: transition-plan/1\n---\n# Plan\n\n${blocks.join('\n\n')}\n`);
}

/** A heading with what a register of `kind` holds under it: rows with every required column. */
function withContent(heading: string, kind: RegisterKind): string {
  const spec = registerSpec(kind);
  if (spec.shape !== 'table') return `${heading}\n\n- an item`;
  const required = spec.columns.filter((c) => c.required);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    heading,
    '',
    row(required.map((c) => c.header)),
    row(required.map(() => '---')),
    row(required.map((c) => c.example ?? 'x')),
  ].join('\n');
}

const NAMED: readonly [string, RegisterKind][] = [
  ['### Risk', 'risks'],
  ['### 2.1 Milestones overview', 'milestones'],
  ['### Main milestones', 'milestones'],
  ['### Hand-overs', 'handovers'],
  ['### Hand over plan', 'handovers'],
  ['### Early Life Support period', 'earlyLifeSupport'],
  ['### Decisions made', 'decisions'],
  ['## Risk', 'risks'],
  ['#### Risks', 'risks'],
  ['#### Key milestones', 'milestones'],
  ['#### Go-live readiness', 'goLiveReadiness'],
];

const NOT_NAMED: readonly [string, RegisterKind][] = [
  ['#### H-01 handover checklist', 'handovers'],
  ['## Project Closure', 'handovers'],
];

/**
 * Headings that name none of the register's names, over a table that would fill it and no other
 * register: taken for it by their columns (the section a heading stands in, when given, is the
 * one the register belongs to).
 */
const BY_COLUMNS: readonly [string, string, RegisterKind][] = [
  ['## Project Control', '### Budget', 'resourceConsumption'],
  ['## Project Control', '### Actions', 'correctiveActions'],
  ['## Project Planning and Coordination', '### Timeline', 'milestones'],
  ['## Project Initiation', '### Project team', 'stakeholders'],
  ['## Project Reporting and Communication', '### Communication', 'communicationPlan'],
  // ID, Criterion and Met fill Go-live readiness and Early life support: the section tells them apart.
  ['## Project Control', '### Cutover criteria', 'goLiveReadiness'],
  // "Exit criterion" is Early life support's alone.
  ['## Project Closure', '### Support models', 'earlyLifeSupport'],
];

/** Headings that read as the register itself: the words around its name do not change it. */
const READ: readonly [string, RegisterKind][] = [
  ['### 2.1 Key Milestones', 'milestones'],
  ['### Key decisions', 'decisions'],
  ['### Early Life Support (ELS)', 'earlyLifeSupport'],
  ['### Issue log', 'issues'],
  ['### Go/No-go criteria', 'goLiveReadiness'],
  ['### Hypercare exit criteria', 'earlyLifeSupport'],
  // Names practitioners give registers day to day.
  ['### Highlight report', 'statusLog'],
  ['### Issues log', 'issues'],
  ['### Cost tracking', 'resourceConsumption'],
  ['### Corrective action log', 'correctiveActions'],
  // As a US university PMO's PMP heads them (practitioner fixture us-university-lms-replace-reporting).
  ['### Project Team & Resources', 'resources'],
  ['### Budget vs. Actuals', 'resourceConsumption'],
  ['### Go-Live Readiness Checklist', 'goLiveReadiness'],
  ['### Status Reporting', 'statusLog'],
  ['### Service Hand-offs', 'handovers'],
  ['### Key dates', 'milestones'],
  ['### RACI chart', 'responsibilities'],
  ['### Handover to live', 'handovers'],
  ['### Cutover readiness', 'goLiveReadiness'],
  ['### Constraints and assumptions', 'assumptions'],
  ['### Lessons identified', 'lessonsLearned'],
  ['### Lessons learned log', 'lessonsLearned'],
  ['### Early life support exit criteria', 'earlyLifeSupport'],
  // As a South African transition manager's closure report heads them (practitioner fixture
  // za-insurer-claims-platform-closure): the budget once settled, the actual in the singular.
  ['### 3.1 Final budget vs actual', 'resourceConsumption'],
  ['### Budget vs actual', 'resourceConsumption'],
  ['### Final lessons learnt', 'lessonsLearned'],
];

describe('nearMissHeading', () => {
  it('has cases of each kind', () =>
    assert.ok(NAMED.length > 0 && NOT_NAMED.length > 0 && READ.length > 0 && BY_COLUMNS.length > 0));

  for (const [heading, kind] of NAMED) {
    it(`"${heading}" likely means ${kind}`, () => {
      const plan = planWith('## Project Initiation', withContent(heading, kind));
      assert.equal(plan.register(kind), undefined, 'the heading must not be read as the register itself');
      const near = nearMissHeading(plan, kind);
      assert.equal(near?.heading.text, heading.replace(/^#+ /, ''));
      assert.equal(near?.content, 'complete');
    });
  }

  for (const [heading, kind] of READ) {
    it(`"${heading}" is read as ${kind}`, () => {
      const plan = planWith('## Project Initiation', withContent(heading, kind));
      assert.equal(plan.register(kind)?.heading.text, heading.replace(/^#+ /, ''));
      assert.equal(nearMissHeading(plan, kind), undefined);
    });
  }

  for (const [heading, kind] of NOT_NAMED) {
    it(`"${heading}" is not taken for ${kind}`, () => {
      assert.equal(nearMissHeading(planWith(withContent(heading, kind)), kind), undefined);
    });
  }

  for (const [section, heading, kind] of BY_COLUMNS) {
    it(`"${heading}" over ${kind}'s columns under "${section}" is taken for it by its columns`, () => {
      const plan = planWith(section, withContent(heading, kind));
      assert.equal(plan.register(kind), undefined, 'the heading must not be read as the register itself');
      const near = nearMissHeading(plan, kind);
      assert.equal(near?.heading.text, heading.replace(/^#+ /, ''));
      assert.deepEqual([near?.content, near?.by], ['complete', 'columns']);
    });
  }

  it('takes a heading for a register by its columns only when they tell one register', () => {
    // Outside any stage section, ID, Criterion and Met fit Go-live readiness and Early life support.
    const both = planWith(withContent('### Cutover criteria', 'goLiveReadiness'));
    assert.equal(nearMissHeading(both, 'goLiveReadiness'), undefined);
    assert.equal(nearMissHeading(both, 'earlyLifeSupport'), undefined);
    // Under Project Closure, the same table is Early life support's.
    const closure = planWith('## Project Closure', withContent('### Support exit criteria', 'goLiveReadiness'));
    assert.equal(nearMissHeading(closure, 'earlyLifeSupport')?.by, 'columns');
    assert.equal(nearMissHeading(closure, 'goLiveReadiness'), undefined);
    // A RACI needs only Activity: a cutover run book with that column is not one.
    const runBook = '### Cutover plan\n\n| Activity | Owner | When |\n|---|---|---|\n| Freeze | S-01 | Fri |';
    assert.equal(
      nearMissHeading(planWith('## Project Planning and Coordination', runBook), 'responsibilities'),
      undefined,
    );
    // Without a row, or with a required column missing, a table is not taken by its columns.
    const noRows = '### Budget\n\n| Line | Approved | Actual |\n|---|---|---|';
    assert.equal(nearMissHeading(planWith('## Project Control', noRows), 'resourceConsumption'), undefined);
    const noActual = '### Budget\n\n| Line | Approved |\n|---|---|\n| Licences | 100 |';
    assert.equal(nearMissHeading(planWith('## Project Control', noActual), 'resourceConsumption'), undefined);
    // A heading read as another register is that register, whatever its columns.
    const issues = planWith('## Project Control', withContent('### Issues', 'correctiveActions'));
    assert.equal(nearMissHeading(issues, 'correctiveActions'), undefined);
  });

  it('says a heading taken by its columns has them', () => {
    const text = `---\nschema: transition-plan/1\nstage: control\n---\n# Plan\n\n## Project Control\n\n${withContent('### Budget', 'resourceConsumption')}\n`;
    const finding = createPlanEngine()
      .lintDocument('p.plan.md', text, { asOf: '2026-06-01', config: DEFAULT_CONFIG })
      .findings.find((f) => f.target === 'resourceConsumption');
    assert.match(
      finding?.message ?? '',
      /"### Budget" has its columns but is not one of its names\. Rename it "### Resource consumption"/,
    );
    const rename = finding?.fixes?.find((f) => f.isPreferred);
    assert.match(applyEdits(text, rename!.edits), /^### Resource consumption$/m);
  });

  it('names no heading with nothing of the register under it', () => {
    assert.equal(nearMissHeading(planWith('### Risk', 'Text only.', '### Risks appetite'), 'risks'), undefined);
  });

  it('tells a table that would fill the register from one that would not', () => {
    const noOwner =
      '### Risk\n\n| ID | Risk | L | I | Mitigation | Status |\n|---|---|---|---|---|---|\n| R-01 | x | 1 | 1 | y | Open |';
    assert.equal(nearMissHeading(planWith(noOwner), 'risks')?.content, 'partial');
    const noRows = '### Risk\n\n| ID | Risk | L | I | Owner | Mitigation | Status |\n|---|---|---|---|---|---|---|';
    assert.equal(nearMissHeading(planWith(noRows), 'risks')?.content, 'partial');
  });

  it('never names a heading the plan reads as a register', () => {
    assert.equal(
      nearMissHeading(planWith(withContent('### Risks', 'risks'), withContent('### Risk log', 'risks')), 'risks'),
      undefined,
    );
  });

  it("counts the configuration's register and column aliases", () => {
    const registers = registerAliases([['Threats', 'risks']]);
    const plan = (heading: string) => planWith(withContent(heading, 'risks').replace('| Owner |', '| Who |'));
    assert.equal(nearMissHeading(plan('### Threats'), 'risks', { registers }), undefined, 'an alias is the register');
    assert.equal(nearMissHeading(plan('### Main threats'), 'risks', { registers })?.content, 'partial');
    const columns = new Map([['risks' as RegisterKind, new Map([['who', 'owner']])]]);
    assert.equal(nearMissHeading(plan('### Main threats'), 'risks', { registers, columns })?.content, 'complete');
  });
});

describe('stage sections at another level', () => {
  const engine = createPlanEngine();
  const dir = fixturePath('rules/missing-stage-section');
  const body = (name: string) => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    return text.slice(0, text.indexOf('<!-- expect'));
  };

  it('a plan with every heading one level up is put back by the preferred fix', () => {
    const text = body('fires-stages-at-level-1.plan.md');
    const findings = engine
      .lintDocument('p.plan.md', text, { asOf: '2026-06-01', config: DEFAULT_CONFIG })
      .findings.filter((f) => f.rule === 'missing-stage-section');
    assert.equal(findings.length, 4);
    for (const f of findings) {
      const fix = f.fixes?.find((x) => x.isPreferred);
      assert.equal(fix?.title, 'Make every heading after the title one level deeper');
      assert.equal(applyEdits(text, fix!.edits), body('clean-forgiving-headings.plan.md'));
    }
  });

  it('stage sections at level 1 over registers already at level 3 move alone, the registers stay', () => {
    const text = body('fires-stages-at-level-1.plan.md').replace(/^## /gm, '### ');
    const findings = engine
      .lintDocument('p.plan.md', text, { asOf: '2026-06-01', config: DEFAULT_CONFIG })
      .findings.filter((f) => f.rule === 'missing-stage-section');
    assert.equal(findings.length, 4);
    let fixed = text;
    for (const f of findings) {
      assert.deepEqual(
        f.fixes?.map((x) => [x.title, x.isPreferred]),
        [['Make it a level-2 heading', true]],
      );
      fixed = applyEdits(fixed, f.fixes![0]!.edits);
    }
    assert.equal(fixed, body('clean-forgiving-headings.plan.md'));
  });

  it('one stage section at level 1 moves alone', () => {
    const text = body('fires-one-section-at-level-1.plan.md');
    const [finding] = engine
      .lintDocument('p.plan.md', text, { asOf: '2026-06-01', config: DEFAULT_CONFIG })
      .findings.filter((f) => f.rule === 'missing-stage-section');
    assert.match(finding!.message, /"# 4\. project closure" is a level-1 heading, and stage sections are level 2/);
    assert.deepEqual(
      finding!.fixes?.map((x) => [x.title, x.isPreferred]),
      [['Make it a level-2 heading', true]],
    );
    assert.equal(applyEdits(text, finding!.fixes![0]!.edits), body('clean-forgiving-headings.plan.md'));
  });
});

describe('register headings a level too deep', () => {
  const engine = createPlanEngine();

  it('a register a level too deep under another: its table is not said to be the other register’s', () => {
    const payroll = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const deep = payroll.replace('\n### Risks\n', '\n#### Risks\n');
    assert.notEqual(deep, payroll);
    const found = engine.lintDocument('p.plan.md', deep, { asOf: '2026-11-25', config: DEFAULT_CONFIG }).findings;
    assert.ok(found.some((f) => f.rule === 'missing-risks' && /a level too deep/.test(f.message)));
    assert.deepEqual(
      found.filter((f) => f.rule === 'table-columns').map((f) => f.message),
      [],
    );
  });
  const examples = fs
    .readdirSync(path.join(repoRoot, 'examples'))
    .filter((f) => f.endsWith('.plan.md'))
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(repoRoot, 'examples', f), 'utf8') }));

  it('has examples', () => assert.ok(examples.length >= 4));

  for (const { name, text } of examples) {
    it(`${name} with every register at level 4: each moves up as written, and one fix moves them all`, () => {
      const deep = text.replace(/^### /gm, '#### ');
      const findings = engine
        .lintDocument('p.plan.md', deep, { asOf: '2026-11-25', config: DEFAULT_CONFIG })
        .findings.filter((f) => /a level too deep to be read as it/.test(f.message));
      assert.ok(findings.length > 0, 'registers reported a level too deep');
      for (const f of findings) {
        const heading = deep.split('\n')[f.range.start.line]!;
        const own = f.fixes?.find((x) => x.title.startsWith('Move "'));
        assert.ok(own, f.fixes?.map((x) => x.title).join(' / '));
        // Only the #### marks change: the name is kept as written.
        assert.equal(applyEdits(deep, own.edits).split('\n')[f.range.start.line], heading.replace(/^####/, '###'));
        assert.match(f.message, new RegExp(`Make it "### ${heading.slice(5).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
        const all = f.fixes?.find((x) =>
          /^Move all \d+ register headings written too deep up to level 3$/.test(x.title),
        );
        if (findings.length > 1) {
          assert.ok(all && !all.isPreferred, 'the fix for every register is offered');
          // Every register heading back at level 3: the example's findings, and no other.
          const summary = (t: string) =>
            engine
              .lintDocument('p.plan.md', t, { asOf: '2026-11-25', config: DEFAULT_CONFIG })
              .findings.map((x) => `${x.rule} ${x.range.start.line} ${x.message}`);
          assert.deepEqual(summary(applyEdits(deep, all.edits)), summary(text));
        }
      }
    });
  }
});

describe('a stage section under the plan’s own name', () => {
  const engine = createPlanEngine();
  const payroll = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');
  const lint = (text: string) =>
    engine.lintDocument('p.plan.md', text, { asOf: '2026-11-25', config: DEFAULT_CONFIG }).findings;

  it('is named on its heading, and renaming it (number kept) gives the example’s findings back', () => {
    for (const [written, renamed] of [
      ['## Closure & Handover to BAU', '## Project Closure'],
      ['## 5. Closure and hand-over to operations', '## 5. Project Closure'],
    ] as const) {
      const text = payroll.replace('## Project Closure', written);
      assert.notEqual(text, payroll);
      const f = lint(text).find((x) => x.rule === 'missing-stage-section');
      assert.ok(f, written);
      assert.equal(text.split('\n')[f.range.start.line], written);
      const rename = f.fixes?.find((x) => x.isPreferred);
      assert.ok(rename && !rename.safe, 'the rename is preferred, not safe');
      const after = applyEdits(text, rename.edits);
      assert.equal(after, payroll.replace('## Project Closure', renamed));
      assert.ok(!lint(after).some((x) => x.rule === 'missing-stage-section'));
    }
  });

  it('is not a register heading, nor a heading that names no stage or has its word inside another phrase', () => {
    for (const [section, written] of [
      ['## Project Closure', '## Handover to BAU'],
      ['## Project Closure', '## Appendix'],
      ['## Project Closure', '## Disclosure log'],
      ['## Project Closure', '## Foreclosure'],
      ['## Project Control', '## Document control'],
      ['## Project Control', '## Change control'],
      ['## Project Control', '## Uncontrolled when printed'],
      ['## Project Reporting and Communication', '## Misreporting risk'],
      ['## Project Reporting and Communication', '## Glossary: reporting, SLA, OLA'],
    ] as const) {
      const f = lint(payroll.replace(section, written)).find((x) => x.rule === 'missing-stage-section');
      assert.ok(f, written);
      assert.ok(!f.fixes?.some((x) => x.title.startsWith('Rename')), written);
    }
  });
});

describe('a register title written in bold over its table', () => {
  const engine = createPlanEngine();
  const payroll = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');
  const lint = (text: string) =>
    engine.lintDocument('p.plan.md', text, { asOf: '2026-11-25', config: DEFAULT_CONFIG }).findings;

  it('is named on the bold line, and made a heading gives the example’s findings back', () => {
    const summary = (t: string) => lint(t).map((f) => `${f.rule} ${f.range.start.line} ${f.message}`);
    for (const bold of ['**Risks**', '__Risks:__', '**Risk register**', 'Risks', 'Risks:']) {
      const text = payroll.replace('### Risks', bold);
      assert.notEqual(text, payroll);
      const findings = lint(text).filter((f) => text.split('\n')[f.range.start.line] === bold);
      assert.deepEqual(findings.map((f) => f.rule).sort(), ['missing-risks', 'table-columns'], bold);
      for (const f of findings) {
        const fix = f.fixes?.find((x) => x.isPreferred);
        assert.ok(fix && !fix.safe, `${bold}: ${f.rule}`);
        const after = applyEdits(text, fix.edits);
        assert.deepEqual(
          summary(after),
          summary(payroll.replace('### Risks', `### ${bold.replace(/[*_:]/g, '')}`)),
          bold,
        );
      }
    }
  });

  it('is not a bold line that names no register, or sits over no table', () => {
    const text = payroll.replace('### Risks', '### Risks\n\n**Important**');
    assert.ok(!lint(text).some((f) => /is bold text, not a heading/.test(f.message)));
  });
});
